import { describe, expect, it } from 'vitest';
import { respond, skip, startAttempt, type Answer, type CaseAttempt } from '../../../src/cases/attempt.ts';
import { judgementTrail, scoreAttempt, scoreQuestion } from '../../../src/cases/scoring.ts';
import { caseSchema, type CaseQuestion } from '../../../src/schemas/case.ts';

const NOW = '2026-03-02T10:00:00.000Z';
const options = (...ids: string[]) =>
  ids.map((id) => ({ id, text: id, correct: id.startsWith('right'), feedback: 'Why.' }));
const rating = (id: string, expertRange: [number, number], scale?: object) => ({
  id,
  kind: 'rating',
  prompt: 'How concerned are you?',
  expertRange,
  expertSource: 'Us.',
  feedback: 'F.',
  ...(scale && { scale }),
});

/** A case with the given stages of questions, parsed so that the schema's defaults apply. */
const caseOf = (stages: unknown[][], passMark?: number) =>
  caseSchema.parse({
    id: 'test-case',
    title: 'Test case',
    summary: 'A case for tests.',
    introduction: 'A family.',
    ...(passMark !== undefined && { passMark }),
    stages: stages.map((questions, i) => ({
      id: `stage-${i + 1}`,
      title: `Stage ${i + 1}`,
      narrative: 'N.',
      questions,
    })),
  });

const questionOf = (input: object): CaseQuestion => caseOf([[input]]).stages[0]!.questions[0]!;

const single = questionOf({ id: 'q', kind: 'single', prompt: 'P.', options: options('right', 'wrong') });
const multiple = questionOf({
  id: 'q',
  kind: 'multiple',
  prompt: 'P.',
  options: options('right-a', 'right-b', 'right-c', 'wrong-x', 'wrong-y'),
});
const ranking = questionOf({
  id: 'q',
  kind: 'ranking',
  prompt: 'P.',
  items: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id })),
  answer: ['a', 'b', 'c', 'd'],
  feedback: 'F.',
});
const rate68 = questionOf(rating('q', [6, 8]));
const rateTop = questionOf(rating('q', [5, 5], { min: 1, max: 5 }));
const reflection = questionOf({ id: 'q', kind: 'reflection', prompt: 'P.' });

const picks = (...optionIds: string[]): Answer => ({ kind: 'multiple', optionIds });
const order = (...ids: string[]): Answer => ({ kind: 'ranking', order: ids });
const value = (n: number): Answer => ({ kind: 'rating', value: n });

describe('scoreQuestion', () => {
  it.each<[string, CaseQuestion, Answer | null, number | null]>([
    ['single: right', single, { kind: 'single', optionId: 'right' }, 1],
    ['single: wrong', single, { kind: 'single', optionId: 'wrong' }, 0],
    ['single: an option no longer in the case', single, { kind: 'single', optionId: 'gone' }, 0],
    ['single: skipped', single, null, 0],
    ['multiple: all three right', multiple, picks('right-a', 'right-b', 'right-c'), 1],
    ['multiple: two of three', multiple, picks('right-a', 'right-c'), 2 / 3],
    ['multiple: one of three', multiple, picks('right-b'), 1 / 3],
    ['multiple: all right and one wrong', multiple, picks('right-a', 'right-b', 'right-c', 'wrong-x'), 2 / 3],
    ['multiple: two right, one wrong', multiple, picks('right-a', 'right-b', 'wrong-y'), 1 / 3],
    ['multiple: one right, two wrong, floored at 0', multiple, picks('right-a', 'wrong-x', 'wrong-y'), 0],
    ['multiple: every option', multiple, picks('right-a', 'right-b', 'right-c', 'wrong-x', 'wrong-y'), 1 / 3],
    ['multiple: only wrong', multiple, picks('wrong-x'), 0],
    ['multiple: nothing picked', multiple, picks(), 0],
    [
      'multiple: a pick no longer in the case is wrong',
      multiple,
      picks('right-a', 'right-b', 'right-c', 'gone'),
      2 / 3,
    ],
    ['multiple: a repeated pick counts once', multiple, picks('right-a', 'right-a'), 1 / 3],
    ['multiple: skipped', multiple, null, 0],
    ['ranking: the model order', ranking, order('a', 'b', 'c', 'd'), 1],
    ['ranking: the reverse', ranking, order('d', 'c', 'b', 'a'), 0],
    ['ranking: first two swapped (1 of 6 pairs)', ranking, order('b', 'a', 'c', 'd'), 5 / 6],
    ['ranking: last two swapped', ranking, order('a', 'b', 'd', 'c'), 5 / 6],
    ['ranking: first moved to last (3 of 6)', ranking, order('b', 'c', 'd', 'a'), 1 / 2],
    ['ranking: two pairs swapped (2 of 6)', ranking, order('b', 'a', 'd', 'c'), 2 / 3],
    ['ranking: an item missing breaks its pairs', ranking, order('a', 'b', 'c'), 1 / 2],
    ['ranking: an item no longer in the case is ignored', ranking, order('a', 'gone', 'b', 'c', 'd'), 1],
    ['ranking: nothing ranked', ranking, order(), 0],
    ['ranking: skipped', ranking, null, 0],
    ['rating: lower edge of the range', rate68, value(6), 1],
    ['rating: inside the range', rate68, value(7), 1],
    ['rating: upper edge of the range', rate68, value(8), 1],
    ['rating: one below', rate68, value(5), 0.5],
    ['rating: one above', rate68, value(9), 0.5],
    ['rating: two below', rate68, value(4), 0],
    ['rating: two above', rate68, value(10), 0],
    ['rating: the bottom of the scale', rate68, value(1), 0],
    ['rating: a one-point range at the top', rateTop, value(5), 1],
    ['rating: next to a one-point range', rateTop, value(4), 0.5],
    ['rating: skipped', rate68, null, 0],
    ['reflection: never scored', reflection, { kind: 'reflection', text: 'Careful thoughts.' }, null],
    ['reflection: skipped is still not scored', reflection, null, null],
    ['an answer of another kind (the question changed)', single, picks('right'), 0],
    ['a rating answer to a ranking question', ranking, value(3), 0],
  ])('%s', (_, question, answer, expected) => {
    const score = scoreQuestion(question, answer);
    if (expected === null) expect(score).toBeNull();
    else expect(score).toBeCloseTo(expected, 10);
  });
});

const study = caseOf(
  [
    [{ id: 'pick', kind: 'single', prompt: 'P.', options: options('right', 'wrong') }, rating('first-rating', [3, 5])],
    [{ id: 'think', kind: 'reflection', prompt: 'P.' }],
    [
      { id: 'picks', kind: 'multiple', prompt: 'P.', options: options('right-a', 'right-b', 'wrong') },
      rating('second-rating', [7, 9]),
    ],
  ],
  60,
);

/** An attempt with these responses, written straight in as a saved attempt would be read back. */
function saved(answers: Record<string, Answer | null>): CaseAttempt {
  const responses = Object.fromEntries(
    Object.entries(answers).map(([questionId, answer]) => [
      questionId,
      { questionId, answer, confidence: answer ? 70 : null, answeredAt: NOW },
    ]),
  );
  return { ...startAttempt(study, 'a', NOW), revealedStages: 3, completedAt: NOW, responses };
}

describe('scoreAttempt', () => {
  it.each<[string, Record<string, Answer | null>, number, number, boolean, (number | null)[]]>([
    // answers, earned, percent, passed, stage percents
    ['nothing answered', {}, 0, 0, false, [0, null, 0]],
    [
      'everything right',
      { pick: { kind: 'single', optionId: 'right' }, 'first-rating': value(4), picks: picks('right-a', 'right-b') },
      3,
      75,
      true,
      [100, null, 50],
    ],
    [
      'half marks and partial credit',
      { 'first-rating': value(6), picks: picks('right-a'), 'second-rating': value(8) },
      2,
      50,
      false,
      [25, null, 75],
    ],
    [
      'a wrong pick costs within its stage',
      {
        pick: { kind: 'single', optionId: 'right' },
        picks: picks('right-a', 'right-b', 'wrong'),
        'first-rating': value(6),
      },
      2,
      50,
      false,
      [75, null, 25],
    ],
  ])('%s', (_, answers, earned, percent, passed, stagePercents) => {
    const score = scoreAttempt(study, saved(answers));
    expect(score.earned).toBeCloseTo(earned, 10);
    expect(score).toMatchObject({ possible: 4, percent, passed, passMark: 60 });
    expect(score.stages.map((s) => s.percent)).toEqual(stagePercents);
    expect(score.stages.map((s) => s.possible)).toEqual([2, 0, 2]);
  });

  it('names each stage', () => {
    expect(scoreAttempt(study, saved({})).stages[1]).toEqual({
      stageId: 'stage-2',
      title: 'Stage 2',
      earned: 0,
      possible: 0,
      percent: null,
    });
  });

  it.each([
    [2, 3, 67],
    [1, 3, 33],
    [5, 8, 63], // 62.5 rounds up
  ])('rounds %i of %i to %i%% and passes a pass mark of that', (right, total, percent) => {
    const questions = Array.from({ length: total }, (_, i) => ({
      id: `q-${i}`,
      kind: 'single',
      prompt: 'P.',
      options: options('right', 'wrong'),
    }));
    const many = caseOf([questions], percent);
    let attempt = startAttempt(many, 'a', NOW);
    for (const [i, { id }] of questions.entries()) {
      const answer: Answer = { kind: 'single', optionId: i < right ? 'right' : 'wrong' };
      attempt = respond(many, attempt, { questionId: id, answer, confidence: 80, answeredAt: NOW });
    }
    expect(scoreAttempt(many, attempt)).toMatchObject({ percent, passed: true });
  });
});

describe('judgementTrail', () => {
  it('lists every rating in stage order, with the learner’s value or null', () => {
    expect(judgementTrail(study, saved({ 'first-rating': value(2), 'second-rating': null }))).toEqual([
      {
        stageId: 'stage-1',
        stageTitle: 'Stage 1',
        questionId: 'first-rating',
        value: 2,
        expertRange: [3, 5],
        scale: { min: 1, max: 10 },
      },
      {
        stageId: 'stage-3',
        stageTitle: 'Stage 3',
        questionId: 'second-rating',
        value: null,
        expertRange: [7, 9],
        scale: { min: 1, max: 10 },
      },
    ]);
  });

  it('shows stages not yet reached as null', () => {
    const attempt = skip(study, startAttempt(study, 'a', NOW), 'pick', NOW);
    expect(judgementTrail(study, attempt).map((p) => p.value)).toEqual([null, null]);
  });
});
