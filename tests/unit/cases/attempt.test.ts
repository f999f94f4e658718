import { describe, expect, it } from 'vitest';
import {
  advance,
  canAdvance,
  currentStageIndex,
  finish,
  isLocked,
  isOnEarlierVersion,
  isStageComplete,
  respond,
  skip,
  startAttempt,
  type Answer,
  type CaseAttempt,
} from '../../../src/cases/attempt.ts';
import { caseSchema } from '../../../src/schemas/case.ts';

const NOW = '2026-03-02T10:00:00.000Z';
const options = (...ids: string[]) =>
  ids.map((id) => ({ id, text: id, correct: id.startsWith('right'), feedback: 'Why.' }));

/** Three stages: single + reflection, then multiple + rating, then ranking. */
const study = caseSchema.parse({
  id: 'test-case',
  title: 'Test case',
  summary: 'A case for tests.',
  introduction: 'A family.',
  stages: [
    {
      id: 'one',
      title: 'One',
      narrative: 'First.',
      questions: [
        { id: 'pick', kind: 'single', prompt: 'Pick.', options: options('right', 'wrong') },
        { id: 'think', kind: 'reflection', prompt: 'Think.' },
      ],
    },
    {
      id: 'two',
      title: 'Two',
      narrative: 'Second.',
      questions: [
        { id: 'picks', kind: 'multiple', prompt: 'Picks.', options: options('right-a', 'right-b', 'wrong') },
        { id: 'rate', kind: 'rating', prompt: 'Rate.', expertRange: [6, 8], expertSource: 'Us.', feedback: 'F.' },
      ],
    },
    {
      id: 'three',
      title: 'Three',
      narrative: 'Third.',
      questions: [
        {
          id: 'order',
          kind: 'ranking',
          prompt: 'Order.',
          items: ['a', 'b', 'c'].map((id) => ({ id, text: id })),
          answer: ['a', 'b', 'c'],
          feedback: 'F.',
        },
      ],
    },
  ],
});

const answer = (attempt: CaseAttempt, questionId: string, given: Answer | null, confidence: number | null = 80) =>
  respond(study, attempt, { questionId, answer: given, confidence, answeredAt: NOW });

const started = startAttempt(study, 'attempt-1', NOW);
const stageOneDone = skip(study, answer(started, 'pick', { kind: 'single', optionId: 'right' }), 'think', NOW);
const stageTwo = advance(study, stageOneDone, NOW);
const stageTwoDone = skip(study, skip(study, stageTwo, 'picks', NOW), 'rate', NOW);
const stageThree = advance(study, stageTwoDone, NOW);
const lastDone = answer(stageThree, 'order', { kind: 'ranking', order: ['a', 'b', 'c'] });
const finished = finish(study, lastDone, '2026-03-02T10:30:00.000Z');

describe('startAttempt', () => {
  it('shows the first stage, with no responses, on the current version', () => {
    expect(started).toEqual({
      id: 'attempt-1',
      caseId: 'test-case',
      caseVersion: expect.stringMatching(/^[0-9a-f]{8}$/),
      startedAt: NOW,
      updatedAt: NOW,
      completedAt: null,
      revealedStages: 1,
      responses: {},
    });
    expect(currentStageIndex(started)).toBe(0);
    expect(isOnEarlierVersion(study, started)).toBe(false);
  });
});

describe('respond accepts', () => {
  it.each<[string, CaseAttempt, string, Answer | null, number | null]>([
    ['a single choice', started, 'pick', { kind: 'single', optionId: 'wrong' }, 50],
    ['a reflection without confidence', started, 'think', { kind: 'reflection', text: 'Hm.' }, null],
    ['a skip', started, 'pick', null, null],
    ['a multiple choice', stageTwo, 'picks', { kind: 'multiple', optionIds: ['right-b', 'wrong'] }, 100],
    ['no picks at all', stageTwo, 'picks', { kind: 'multiple', optionIds: [] }, 60],
    ['a rating at the scale edge', stageTwo, 'rate', { kind: 'rating', value: 10 }, 70],
    ['a ranking', stageThree, 'order', { kind: 'ranking', order: ['c', 'a', 'b'] }, 90],
  ])('%s', (_, attempt, questionId, given, confidence) => {
    const next = respond(study, attempt, { questionId, answer: given, confidence, answeredAt: 'later' });
    expect(next.responses[questionId]).toEqual({ questionId, answer: given, confidence, answeredAt: 'later' });
    expect(next.updatedAt).toBe('later');
  });
});

describe('respond refuses', () => {
  it.each<[string, () => unknown, RegExp]>([
    ['a question in a later stage', () => answer(started, 'rate', { kind: 'rating', value: 5 }), /not yet revealed/],
    ['a question in an earlier stage', () => skip(study, stageThree, 'pick', NOW), /earlier stage/],
    ['a second answer', () => answer(stageOneDone, 'pick', { kind: 'single', optionId: 'wrong' }), /already/],
    ['a skip after an answer', () => skip(study, stageOneDone, 'pick', NOW), /already/],
    ['an unknown question', () => skip(study, started, 'nope', NOW), /no question "nope"/],
    ['the wrong kind', () => answer(started, 'pick', { kind: 'multiple', optionIds: ['right'] }), /single answer/],
    ['an unknown option', () => answer(started, 'pick', { kind: 'single', optionId: 'maybe' }), /no option "maybe"/],
    ['unknown picks', () => answer(stageTwo, 'picks', { kind: 'multiple', optionIds: ['x', 'y'] }), /"x", "y"/],
    ['a pick twice', () => answer(stageTwo, 'picks', { kind: 'multiple', optionIds: ['wrong', 'wrong'] }), /once/],
    ['a rating off the scale', () => answer(stageTwo, 'rate', { kind: 'rating', value: 11 }), /from 1 to 10/],
    ['a rating between points', () => answer(stageTwo, 'rate', { kind: 'rating', value: 6.5 }), /whole number/],
    ['a ranking missing an item', () => answer(stageThree, 'order', { kind: 'ranking', order: ['a', 'b'] }), /a, b, c/],
    ['a ranking with a repeat', () => answer(stageThree, 'order', { kind: 'ranking', order: ['a', 'a', 'b'] }), /once/],
    ['a missing confidence', () => answer(started, 'pick', { kind: 'single', optionId: 'right' }, null), /confidence/],
    ['a confidence off the steps', () => answer(started, 'pick', { kind: 'single', optionId: 'right' }, 75), /50, 60/],
    ['a confidence below 50', () => answer(started, 'pick', { kind: 'single', optionId: 'right' }, 40), /50, 60/],
    [
      'a confidence on a reflection',
      () => answer(started, 'think', { kind: 'reflection', text: '' }, 80),
      /reflection/,
    ],
    ['a confidence on a skip', () => answer(started, 'pick', null, 80), /skipped/],
    ['a finished attempt', () => answer(finished, 'order', { kind: 'ranking', order: ['a', 'b', 'c'] }), /finished/],
    ['another case', () => skip(study, { ...started, caseId: 'other' }, 'pick', NOW), /belongs to case "other"/],
    ['an earlier version', () => skip(study, { ...started, caseVersion: '00000000' }, 'pick', NOW), /earlier version/],
  ])('%s', (_, act, message) => {
    expect(act).toThrow(message);
  });
});

describe('stage gating', () => {
  it.each<[string, CaseAttempt, boolean, boolean]>([
    // attempt, current stage complete, can advance
    ['nothing answered', started, false, false],
    ['one of two answered', answer(started, 'pick', { kind: 'single', optionId: 'right' }), false, false],
    ['all answered, a skip among them', stageOneDone, true, true],
    ['next stage just revealed', stageTwo, false, false],
    ['last stage complete', lastDone, true, false],
    ['finished', finished, true, false],
  ])('%s', (_, attempt, complete, advances) => {
    expect(isStageComplete(study, attempt, currentStageIndex(attempt))).toBe(complete);
    expect(canAdvance(study, attempt)).toBe(advances);
  });

  it.each<[string, () => unknown, RegExp]>([
    ['advance with an unanswered question', () => advance(study, started, NOW), /Answer or skip every question/],
    ['advance past the last stage', () => advance(study, lastDone, NOW), /last stage/],
    ['finish before the last stage', () => finish(study, stageOneDone, NOW), /Reveal the last stage/],
    ['finish with the last stage open', () => finish(study, stageThree, NOW), /Answer or skip every question/],
    ['finish twice', () => finish(study, finished, NOW), /finished/],
  ])('refuses to %s', (_, act, message) => {
    expect(act).toThrow(message);
  });

  it('is false for a stage that does not exist', () => {
    expect(isStageComplete(study, finished, 3)).toBe(false);
  });

  it('reveals one stage at a time and records when', () => {
    expect(stageTwo).toMatchObject({ revealedStages: 2, updatedAt: NOW });
    expect(finished).toMatchObject({ revealedStages: 3, completedAt: '2026-03-02T10:30:00.000Z' });
  });
});

describe('isLocked', () => {
  it.each<[string, CaseAttempt, string, boolean]>([
    ['an open question in the current stage', started, 'pick', false],
    ['an answered question', stageOneDone, 'pick', true],
    ['a question of a stage not yet revealed (hidden, not locked)', started, 'order', false],
    ['an earlier stage after advancing', stageTwo, 'think', true],
    ['an open question in the new stage', stageTwo, 'rate', false],
    ['a question the case does not have', started, 'nope', true],
    ['any question of a finished attempt', finished, 'order', true],
    ['any question on an earlier version', { ...started, caseVersion: '00000000' }, 'pick', true],
  ])('%s: %s', (_, attempt, questionId, locked) => {
    expect(isLocked(study, attempt, questionId)).toBe(locked);
  });
});

describe('immutability', () => {
  it('returns new attempts and leaves the inputs as they were', () => {
    const before = structuredClone(stageTwo);
    const given: Answer = { kind: 'multiple', optionIds: ['right-a'] };
    const next = answer(stageTwo, 'picks', given);
    const skipped = skip(study, stageTwo, 'rate', NOW);
    expect(next).not.toBe(stageTwo);
    expect(next.responses).not.toBe(stageTwo.responses);
    expect(stageTwo).toEqual(before);
    expect(skipped.responses).not.toHaveProperty('picks');
    given.optionIds.push('wrong');
    expect(next.responses['picks']?.answer).toEqual({ kind: 'multiple', optionIds: ['right-a'] });
  });

  it('leaves the attempt unchanged by advance and finish', () => {
    const before = structuredClone(lastDone);
    finish(study, lastDone, NOW);
    expect(lastDone).toEqual(before);
    expect(stageOneDone.revealedStages).toBe(1);
  });
});
