// Whole attempts: everything skipped, retries, and a case edited after an attempt was saved.
import { describe, expect, it } from 'vitest';
import {
  advance,
  finish,
  isLocked,
  isOnEarlierVersion,
  respond,
  skip,
  startAttempt,
  type Answer,
  type CaseAttempt,
} from '../../../src/cases/attempt.ts';
import { calibrate, calibrationPoints } from '../../../src/cases/calibration.ts';
import { bestAndLatest, judgementTrail, scoreAttempt } from '../../../src/cases/scoring.ts';
import { caseSchema, type CaseStudy } from '../../../src/schemas/case.ts';

const option = (id: string) => ({ id, text: id, correct: id.startsWith('right'), feedback: 'Why.' });

/** Two stages, four scored questions and a reflection, each named so that an edit can reach it. */
function fixture() {
  const pick = { id: 'pick', kind: 'single', prompt: 'P.', options: [option('right'), option('wrong')] };
  const picks = { id: 'picks', kind: 'multiple', prompt: 'P.', options: ['right-a', 'right-b', 'wrong'].map(option) };
  const think = { id: 'think', kind: 'reflection', prompt: 'P.' };
  const order = {
    id: 'order',
    kind: 'ranking',
    prompt: 'P.',
    items: ['a', 'b', 'c'].map((id) => ({ id, text: id })),
    answer: ['a', 'b', 'c'],
    feedback: 'F.',
  };
  const rate = { id: 'rate', kind: 'rating', prompt: 'P.', expertRange: [6, 8], expertSource: 'U.', feedback: 'F.' };
  const stages: { id: string; title: string; narrative: string; questions: object[] }[] = [
    { id: 'first', title: 'First', narrative: 'N.', questions: [pick, picks, think] },
    { id: 'second', title: 'Second', narrative: 'N.', questions: [order, rate] },
  ];
  const input = { id: 'test-case', title: 'T', summary: 'S.', introduction: 'I.', stages };
  return { input, stages, pick, picks, order, rate };
}

const study = caseSchema.parse(fixture().input);

const allRight: Record<string, Answer> = {
  pick: { kind: 'single', optionId: 'right' },
  picks: { kind: 'multiple', optionIds: ['right-a', 'right-b'] },
  think: { kind: 'reflection', text: 'Thoughts.' },
  order: { kind: 'ranking', order: ['a', 'b', 'c'] },
  rate: { kind: 'rating', value: 7 },
};
const halfRight = {
  ...allRight,
  pick: { kind: 'single', optionId: 'wrong' },
  rate: { kind: 'rating', value: 1 },
} as const;

/** Plays a whole attempt: the given answers at 80% confidence, skipping every other question. */
function play(on: CaseStudy, id: string, answers: Record<string, Answer>, completedAt: string): CaseAttempt {
  let attempt = startAttempt(on, id, '2026-03-01T09:00:00.000Z');
  for (const [index, stage] of on.stages.entries()) {
    if (index > 0) attempt = advance(on, attempt, completedAt);
    for (const { id: questionId, kind } of stage.questions) {
      const answer = answers[questionId];
      attempt = answer
        ? respond(on, attempt, {
            questionId,
            answer,
            confidence: kind === 'reflection' ? null : 80,
            answeredAt: completedAt,
          })
        : skip(on, attempt, questionId, completedAt);
    }
  }
  return finish(on, attempt, completedAt);
}

describe('everything skipped', () => {
  const skipped = play(study, 'skipped', {}, '2026-03-01T10:00:00.000Z');

  it('finishes, scores 0 and fails', () => {
    expect(skipped.completedAt).not.toBeNull();
    expect(scoreAttempt(study, skipped)).toMatchObject({ earned: 0, possible: 4, percent: 0, passed: false });
    expect(scoreAttempt(study, skipped).stages.map((s) => s.percent)).toEqual([0, 0]);
  });

  it('has no judgements to calibrate and an empty trail', () => {
    expect(calibrationPoints(study, skipped)).toEqual([]);
    expect(calibrate(calibrationPoints(study, skipped))).toMatchObject({
      count: 0,
      brier: null,
      reading: 'not-enough',
    });
    expect(judgementTrail(study, skipped).map((p) => p.value)).toEqual([null]);
  });

  it('still counts as a completed attempt', () => {
    expect(bestAndLatest(study, [skipped])).toEqual({ best: skipped, latest: skipped });
  });
});

describe('retries', () => {
  const first = play(study, 'first', halfRight, '2026-03-01T10:00:00.000Z');
  const second = play(study, 'second', allRight, '2026-03-02T10:00:00.000Z');
  const third = play(study, 'third', halfRight, '2026-03-03T10:00:00.000Z');
  const sameTime = play(study, 'same-time', halfRight, '2026-03-03T10:00:00.000Z');
  const unfinished = startAttempt(study, 'unfinished', '2026-03-04T10:00:00.000Z');
  const otherCase = { ...play(study, 'other', allRight, '2026-03-05T10:00:00.000Z'), caseId: 'other-case' };

  it('scores the fixtures as intended', () => {
    expect([first, second, third].map((a) => scoreAttempt(study, a).percent)).toEqual([50, 100, 50]);
  });

  it.each<[string, CaseAttempt[], CaseAttempt | undefined, CaseAttempt | undefined]>([
    ['no attempts', [], undefined, undefined],
    ['only an unfinished attempt', [unfinished], undefined, undefined],
    ['one attempt', [first], first, first],
    ['a better retry, then a worse one', [first, second, third], second, third],
    ['the same, listed in another order', [third, unfinished, second, first], second, third],
    ['a tie on percent goes to the later', [first, third], third, third],
    ['a tie, listed the other way round', [third, first], third, third],
    ['a tie on time too goes to the later in the list', [third, sameTime], sameTime, sameTime],
    ['attempts at another case are ignored', [first, otherCase], first, first],
  ])('%s', (_, attempts, best, latest) => {
    const kept = structuredClone(attempts);
    expect(bestAndLatest(study, attempts)).toEqual({ ...(best && { best }), ...(latest && { latest }) });
    expect(attempts).toEqual(kept);
  });
});

describe('a case edited after an attempt was saved', () => {
  const saved = play(study, 'saved', allRight, '2026-03-01T10:00:00.000Z');
  type Fixture = ReturnType<typeof fixture>;
  const reflection = { id: 'later', kind: 'reflection', prompt: 'P.' };

  it.each<[string, (c: Fixture) => void, number, number]>([
    // edit, marks possible, percent
    ['a question removed', ({ stages }) => stages[0]!.questions.shift(), 3, 100],
    ['a picked option removed', ({ picks }) => picks.options.splice(1, 1), 4, 75],
    ['the right answer changed', ({ pick }) => pick.options.forEach((o) => (o.correct = !o.correct)), 4, 75],
    ['a question added', ({ stages, pick }) => stages[1]!.questions.push({ ...pick, id: 'new' }), 5, 80],
    [
      'a ranking item removed',
      ({ order }) => Object.assign(order, { items: order.items.slice(0, 2), answer: ['a', 'b'] }),
      4,
      100,
    ],
    ['a kind changed', ({ pick }) => (pick.kind = 'multiple'), 4, 75],
    ['an expert range moved', ({ rate }) => (rate.expertRange = [8, 9]), 4, 88],
    ['a stage added', ({ stages }) => stages.push({ ...stages[1]!, id: 'third', questions: [reflection] }), 4, 100],
  ])('%s: kept, marked as earlier, scored without throwing', (_, edit, possible, percent) => {
    const changed = fixture();
    edit(changed);
    const now = caseSchema.parse(changed.input);
    expect(isOnEarlierVersion(now, saved)).toBe(true);
    expect(scoreAttempt(now, saved)).toMatchObject({ possible, percent });
    expect(() => calibrate(calibrationPoints(now, saved))).not.toThrow();
    expect(() => judgementTrail(now, saved)).not.toThrow();
    expect(bestAndLatest(now, [saved])).toEqual({ best: saved, latest: saved });
  });

  it('keeps the same version after a wording-only edit', () => {
    const reworded = fixture();
    reworded.pick.prompt = 'What do you do first, and why?';
    reworded.stages[1]!.narrative = 'A typo fixed.';
    expect(isOnEarlierVersion(caseSchema.parse(reworded.input), saved)).toBe(false);
  });

  it('lets an unfinished attempt on the earlier version be read, not continued', () => {
    const inProgress = startAttempt(study, 'in-progress', '2026-03-01T09:00:00.000Z');
    const changed = fixture();
    changed.stages[0]!.questions.shift();
    const now = caseSchema.parse(changed.input);
    expect(isLocked(now, inProgress, 'picks')).toBe(true);
    expect(() => skip(now, inProgress, 'picks', '2026-03-01T09:01:00.000Z')).toThrow(/earlier version/);
    expect(scoreAttempt(now, inProgress)).toMatchObject({ possible: 3, percent: 0 });
  });
});
