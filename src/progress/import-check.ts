import { CONFIDENCE_LEVELS, isScored, type Answer, type CaseAttempt, type QuestionResponse } from '../cases/attempt.ts';
import { caseFingerprint } from '../cases/fingerprint.ts';
import type { CaseQuestion, CaseStudy } from '../schemas/case.ts';
import { CONTENT_MINUTES_MAX, isReservedId, RATING_SCALE_LIMITS } from './content-limits.ts';
import type { ProgressDocument } from './document.ts';
import type { ImportProblemPlace, RecordProblem } from './import-problem.ts';

// Whether each value of an imported file is one the site itself could have saved. The file's shape has
// been checked already (src/progress/document.ts): here each value is held against the rules the pages
// follow when they save, and against the cases as they are now. A record of content the site no longer
// has passes, as it would have stayed on the device the file came from (shown as archived); a record
// no page could have written does not.

/** How far past this device's clock a saved time may be: the device the file came from may run fast. */
export const CLOCK_ALLOWANCE_MS = 24 * 60 * 60 * 1000;
/** The most responses one attempt may hold: far more questions than any case asks. */
export const MAX_RESPONSES = 500;
/** Minutes a learner may give one CPD entry of their own (the form's range, src/components/learning/cpd-entry-form.ts). */
export const OWN_CPD_MINUTES_MAX = 10_000;

/** Each case a learner can play on the site, as it is now; `null` when its data could not be loaded. */
export type SiteCases = ReadonlyMap<string, CaseStudy | null>;

const isWholeIn = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;

/** A day that is on the calendar, as the CPD form requires: `Date.parse` would read 30 February as 2 March. */
const isRealDay = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
};

/** Every problem with the values of an imported document; an empty list when the site could have saved all of it. */
export function checkAgainstSite(document: ProgressDocument, cases: SiteCases, now: number): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const add = (place: ImportProblemPlace, reason: RecordProblem['reason'], values?: RecordProblem['values']) =>
    problems.push(values ? { place, reason, values } : { place, reason });
  const future = (place: ImportProblemPlace, ...times: (string | null)[]) => {
    const late = times.find((time) => time !== null && Date.parse(time) > now + CLOCK_ALLOWANCE_MS);
    if (late) add(place, 'future', { time: late });
    return late !== undefined;
  };
  // Ids no content can have: the shape check takes them, as the site never writes them to be read back.
  const reserved = (place: ImportProblemPlace, ...ids: string[]) => {
    const found = ids.find(isReservedId);
    if (found !== undefined) add(place, 'reserved-id', { id: found });
    return found !== undefined;
  };
  for (const [id, module] of Object.entries(document.modules)) {
    const place = { part: 'modules', id };
    if (reserved(place, id, module.courseId)) continue;
    if (future(place, module.visitedAt, module.completedAt, module.updatedAt)) continue;
    if (!isWholeIn(module.cpdMinutes, 1, CONTENT_MINUTES_MAX))
      add(place, 'minutes', { value: module.cpdMinutes, min: 1, max: CONTENT_MINUTES_MAX });
  }
  for (const [id, talk] of Object.entries(document.talks)) {
    const place = { part: 'talks', id };
    if (reserved(place, id) || future(place, talk.completedAt, talk.updatedAt)) continue;
    if (!isWholeIn(talk.cpdMinutes, 1, CONTENT_MINUTES_MAX))
      add(place, 'minutes', { value: talk.cpdMinutes, min: 1, max: CONTENT_MINUTES_MAX });
    else if (talk.position > talk.duration) add(place, 'talk-place');
  }
  for (const [id, note] of Object.entries(document.reflections)) {
    const place = { part: 'reflections', id };
    if (!reserved(place, id, note.pageId)) future(place, note.updatedAt);
  }
  for (const [id, entry] of Object.entries(document.cpd)) {
    const place = { part: 'cpd', id };
    if (reserved(place, id) || future(place, entry.updatedAt)) continue;
    if (!isRealDay(entry.date)) add(place, 'date', { value: entry.date });
    else if (!isWholeIn(entry.minutes, 1, OWN_CPD_MINUTES_MAX))
      add(place, 'minutes', { value: entry.minutes, min: 1, max: OWN_CPD_MINUTES_MAX });
  }
  if (document.lastPlace && !reserved({ part: 'lastPlace' }, document.lastPlace.id))
    future({ part: 'lastPlace' }, document.lastPlace.updatedAt);
  if (document.learner) future({ part: 'learner' }, document.learner.updatedAt);
  if (document.notices) future({ part: 'notices' }, document.notices.exportReminder, document.notices.updatedAt);
  for (const [caseId, attempts] of Object.entries(document.caseAttempts)) {
    if (reserved({ part: 'caseAttempts', id: caseId }, caseId)) continue;
    for (const [index, attempt] of attempts.entries()) {
      const problem = attemptProblem(attempt, cases.get(caseId), now);
      if (problem)
        add({ part: 'caseAttempts', id: caseId, attempt: index, ...problem.at }, problem.reason, problem.values);
    }
  }
  return problems;
}

type Found = { at?: { question: string }; reason: RecordProblem['reason']; values?: RecordProblem['values'] };

/**
 * What is wrong with an attempt, if anything: checked question by question against the case when it
 * was made on the case as it is now, and against what any version of a case allows when it was made on
 * an earlier one or on a case the site no longer has (neither is there to check against).
 */
function attemptProblem(attempt: CaseAttempt, study: CaseStudy | null | undefined, now: number): Found | undefined {
  if (study === null) return { reason: 'case-unchecked' };
  const late = [attempt.startedAt, attempt.updatedAt, attempt.completedAt].find(
    (time) => time !== null && Date.parse(time) > now + CLOCK_ALLOWANCE_MS,
  );
  if (late) return { reason: 'future', values: { time: late } };
  const responses = Object.values(attempt.responses);
  if (responses.length > MAX_RESPONSES)
    return { reason: 'too-many', values: { value: responses.length, max: MAX_RESPONSES } };
  const current = study && attempt.caseVersion === caseFingerprint(study) ? study : undefined;
  if (current && attempt.revealedStages > current.stages.length)
    return { reason: 'stages', values: { value: attempt.revealedStages, max: current.stages.length } };
  for (const response of responses) {
    const found =
      Date.parse(response.answeredAt) > now + CLOCK_ALLOWANCE_MS
        ? ({ reason: 'future', values: { time: response.answeredAt } } as const)
        : current
          ? responseProblem(current, attempt, response)
          : anyVersionProblem(response);
    if (found) return { ...found, at: { question: response.questionId } };
  }
  return undefined;
}

type ResponseProblem = Omit<Found, 'at'> | undefined;

const isConfidenceLevel = (value: number) => (CONFIDENCE_LEVELS as readonly number[]).includes(value);

/** What no version of any case could have saved: a rating off every scale, a confidence the player never offers. */
function anyVersionProblem({ answer, confidence }: QuestionResponse): ResponseProblem {
  const { min, max } = RATING_SCALE_LIMITS;
  if (answer?.kind === 'rating' && !isWholeIn(answer.value, min, max))
    return { reason: 'rating-out-of-range', values: { value: answer.value, min, max } };
  if (confidence !== null && !isConfidenceLevel(confidence))
    return { reason: 'confidence', values: { value: confidence } };
  return undefined;
}

/** Where a question is in the case, looked up by value so an id such as `constructor` finds nothing it should not. */
function locate(study: CaseStudy, questionId: string) {
  for (const [stageIndex, stage] of study.stages.entries()) {
    const question = stage.questions.find((q) => q.id === questionId);
    if (question) return { stageIndex, question };
  }
  return undefined;
}

/** What the case as it is now says is wrong with a response: the rules the player follows as it saves one. */
function responseProblem(study: CaseStudy, attempt: CaseAttempt, response: QuestionResponse): ResponseProblem {
  const found = locate(study, response.questionId);
  if (!found) return { reason: 'unknown-question' };
  if (found.stageIndex >= attempt.revealedStages) return { reason: 'stage-not-revealed' };
  const { question } = found;
  if (response.answer) {
    const problem = answerProblem(question, response.answer);
    if (problem) return problem;
  }
  const wantsConfidence = response.answer !== null && isScored(question);
  const { confidence } = response;
  if (wantsConfidence ? confidence === null || !isConfidenceLevel(confidence) : confidence !== null)
    return { reason: 'confidence', values: { value: confidence ?? '–' } };
  return undefined;
}

const isSet = (picked: string[], allowed: string[]) =>
  new Set(picked).size === picked.length && picked.every((id) => allowed.includes(id));

function answerProblem(question: CaseQuestion, answer: Answer): ResponseProblem {
  if (answer.kind !== question.kind) return { reason: 'wrong-kind' };
  switch (question.kind) {
    case 'single':
    case 'multiple': {
      const picked = answer.kind === 'single' ? [answer.optionId] : answer.kind === 'multiple' ? answer.optionIds : [];
      return isSet(
        picked,
        question.options.map((o) => o.id),
      )
        ? undefined
        : { reason: 'unknown-choice' };
    }
    case 'ranking': {
      const items = question.items.map((item) => item.id);
      const order = answer.kind === 'ranking' ? answer.order : [];
      return order.length === items.length && isSet(order, items) ? undefined : { reason: 'unknown-choice' };
    }
    case 'rating': {
      const { min, max } = question.scale;
      const value = answer.kind === 'rating' ? answer.value : Number.NaN;
      return isWholeIn(value, min, max) ? undefined : { reason: 'rating-off-scale', values: { value, min, max } };
    }
    case 'reflection':
      return undefined;
  }
}
