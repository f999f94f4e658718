import { describe, expect, it } from 'vitest';
import { describeImportProblems, MAX_NAMED_PROBLEMS } from '../../../src/components/learning/import-problems.ts';
import type { LearningCatalogue } from '../../../src/components/learning/learning-catalogue.ts';
import type { RecordProblem } from '../../../src/progress/import-problem.ts';
import { t } from '../../../src/i18n/t.ts';
import { busyLearner } from '../../support/progress.ts';

const catalogue: LearningCatalogue = {
  courses: [],
  pages: { 'why-assessment-matters': { id: 'why-assessment-matters', title: 'Why assessment matters', href: '/x/' } },
  cpd: { cases: { 'kim-ava-leo': { title: 'Kim, Ava and Leo', moduleId: null } }, moduleIds: [], talkIds: [] },
};

const describe1 = (problem: RecordProblem) => describeImportProblems([problem], busyLearner(), catalogue, t, 'en-GB');

describe('the message for a refused import', () => {
  it.each<[RecordProblem, string]>([
    [
      {
        place: { part: 'caseAttempts', id: 'kim-ava-leo', attempt: 0, question: 'visit-concern' },
        reason: 'rating-off-scale',
        values: { value: 1e308, min: 1, max: 10 },
      },
      "Attempt 1 at the case “Kim, Ava and Leo”, question “visit-concern”: the rating is 1e+308, but the question's scale runs from 1 to 10.",
    ],
    [
      {
        place: { part: 'modules', id: 'why-assessment-matters' },
        reason: 'future',
        values: { time: '2999-01-01T00:00:00.000Z' },
      },
      'Module “Why assessment matters”: it is dated 1 January 2999, which is in the future.',
    ],
    [
      { place: { part: 'modules', id: 'constructor' }, reason: 'reserved-id', values: { id: 'constructor' } },
      'Module “constructor”: its id, “constructor”, is a word no content on this site can have.',
    ],
    [
      { place: { part: 'cpd', id: 'own-1' }, reason: 'minutes', values: { value: 2.5, min: 1, max: 10_000 } },
      'Your CPD entry “Supervision”: it records 2.5 minutes, where this site records whole minutes from 1 to 10000.',
    ],
    [
      { place: { part: 'caseAttempts', id: 'kim-ava-leo', attempt: 2 }, reason: 'case-unchecked' },
      'Attempt 3 at the case “Kim, Ava and Leo”: the case could not be loaded to check the attempt against it; try again when you are online.',
    ],
    [
      { place: { part: 'badges' }, reason: 'unknown-part' },
      'The part of the file named “badges”: this site keeps nothing by that name.',
    ],
    [
      { place: { part: 'learner' }, reason: 'malformed' },
      'Your name for certificates: it is not in the form this site saves.',
    ],
  ])('names the record and the reason in plain words (%#)', (problem, line) => {
    expect(describe1(problem)).toEqual([line]);
  });

  it(`names ${MAX_NAMED_PROBLEMS} records at most, and counts the rest`, () => {
    const problem: RecordProblem = { place: { part: 'reflections', id: 'r' }, reason: 'malformed' };
    const lines = describeImportProblems(Array(13).fill(problem), undefined, catalogue, t, 'en-GB');
    expect(lines).toHaveLength(MAX_NAMED_PROBLEMS + 1);
    expect(lines.at(-1)).toBe('And 3 more.');
  });
});
