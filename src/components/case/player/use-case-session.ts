import { useCallback, useEffect, useState } from 'react';
import { advance, finish, respond, skip, startAttempt, type Answer, type CaseAttempt } from '../../../cases/attempt.ts';
import { progressStore } from '../../../progress/browser-store.ts';
import { caseAttemptsOf, type SaveProblem } from '../../../progress/case-attempt-store.ts';
import { memoryPersistence } from '../../../progress/persistence.ts';
import { createProgressStore, type ProgressStore } from '../../../progress/store.ts';
import type { CaseStudy } from '../../../schemas/case.ts';

let examples: ProgressStore | undefined;

/**
 * The case attempts in the page's one progress store, and whether the browser keeps them. An example
 * case (the trainers' guide's own) gets a store in memory instead: a trainer trying it leaves no attempt
 * behind for My learning or the CPD record to show.
 */
function openAttempts(example: boolean) {
  if (example)
    return { store: caseAttemptsOf((examples ??= createProgressStore(memoryPersistence(), false))), persistent: false };
  const { store, persistent } = progressStore();
  return { store: caseAttemptsOf(store), persistent };
}

/** What the learner is told about saving: a save problem, that this browser keeps nothing, or that an example is never kept. */
export type SaveNotice = SaveProblem | 'not-kept' | 'example' | 'conflict' | undefined;

const now = () => new Date().toISOString();

function upsert(attempts: CaseAttempt[], next: CaseAttempt): CaseAttempt[] {
  return attempts.some((a) => a.id === next.id)
    ? attempts.map((a) => (a.id === next.id ? next : a))
    : [...attempts, next];
}

/**
 * The learner's attempts at one case and the one being played, kept in the progress store. Every
 * change is saved at once, so a reload or a return next week finds the attempt where it was left;
 * an example case's attempts are kept only while the page is open.
 */
export function useCaseSession(study: CaseStudy, example = false) {
  const [attempts, setAttempts] = useState<CaseAttempt[]>([]);
  const [activeId, setActiveId] = useState<string | null>(null);
  // An example's notice is known when the page is built, so it is there before the player loads and the
  // player takes the same room once it does: nothing below it moves under the reader (or under focus).
  const [notice, setNotice] = useState<SaveNotice>(example ? 'example' : undefined);
  // False in the server-rendered HTML and until the learner's attempts are read: until then a button
  // could neither act nor know whether to offer "start" or "carry on".
  const [ready, setReady] = useState(false);
  const unsaved = example ? 'example' : 'not-kept';

  // Storage exists only in the browser, so attempts load after the island mounts.
  useEffect(() => {
    const { store, persistent } = openAttempts(example);
    const reload = () => setAttempts(store.list(study.id));
    reload();
    setReady(true);
    if (!persistent) setNotice(unsaved);
    return store.subscribe(reload);
  }, [study.id, example, unsaved]);

  const active = attempts.find((a) => a.id === activeId);

  const commit = useCallback(
    (change: () => CaseAttempt) => {
      let next: CaseAttempt;
      try {
        next = change();
      } catch {
        // The attempt changed elsewhere (another tab) so this step no longer applies; show the saved state.
        setNotice('conflict');
        setAttempts(openAttempts(example).store.list(study.id));
        return;
      }
      const { store, persistent } = openAttempts(example);
      setAttempts((current) => upsert(current, next));
      setActiveId(next.id);
      setNotice(store.save(next) ?? (persistent ? undefined : unsaved));
    },
    [study.id, example, unsaved],
  );

  const withActive = (change: (attempt: CaseAttempt) => CaseAttempt) => () => {
    if (active) commit(() => change(active));
  };

  return {
    ready,
    attempts,
    active,
    notice,
    start: () => commit(() => startAttempt(study, crypto.randomUUID(), now())),
    open: (id: string) => setActiveId(id),
    close: () => setActiveId(null),
    answer: (questionId: string, answer: Answer, confidence: number | null) =>
      withActive((a) => respond(study, a, { questionId, answer, confidence, answeredAt: now() }))(),
    skip: (questionId: string) => withActive((a) => skip(study, a, questionId, now()))(),
    advance: withActive((a) => advance(study, a, now())),
    finish: withActive((a) => finish(study, a, now())),
  };
}

export type CaseSession = ReturnType<typeof useCaseSession>;
