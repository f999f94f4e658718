import { describe, expect, it } from 'vitest';
import { countAtOrAbove, expertSpread } from '../../../src/cases/expert-views.ts';
import { caseSchema } from '../../../src/schemas/case.ts';

describe('expertSpread', () => {
  it.each([
    [undefined, { total: 0, views: [] }],
    [{}, { total: 0, views: [] }],
    [
      { '8': 3, '6': 2, '7': 5 },
      {
        total: 10,
        views: [
          { value: 6, count: 2 },
          { value: 7, count: 5 },
          { value: 8, count: 3 },
        ],
      },
    ],
  ])('reads %j', (views, expected) => {
    expect(expertSpread(views)).toEqual(expected);
  });

  it.each([
    [7, 8],
    [6, 10],
    [9, 0],
  ])('counts the experts at or above %i: %i', (threshold, expected) => {
    expect(countAtOrAbove(expertSpread({ '6': 2, '7': 5, '8': 3 }).views, threshold)).toBe(expected);
  });
});

describe('expert views in a case', () => {
  const caseWith = (expertViews: unknown) => ({
    id: 'views-case',
    title: 'T',
    summary: 'S',
    introduction: 'I',
    stages: [
      {
        id: 'one',
        title: 'One',
        narrative: 'N',
        questions: [
          {
            id: 'risk',
            kind: 'rating',
            prompt: 'P',
            expertRange: [6, 8],
            expertSource: 'the authors',
            feedback: 'F',
            expertViews,
          },
        ],
      },
    ],
  });

  it('accepts counts for ratings on the scale', () => {
    expect(caseSchema.safeParse(caseWith({ 6: 2, 7: 5, 8: 3 })).success).toBe(true);
  });

  it.each([
    [
      { 11: 1 },
      ['stages', 0, 'questions', 0, 'expertViews', '11'],
      'Expert views can only be given for ratings from 1 to 10.',
    ],
    [{ 7: 0 }, ['stages', 0, 'questions', 0, 'expertViews', '7'], 'Write at least 1, or leave the rating out.'],
    [
      { 7: 2.5 },
      ['stages', 0, 'questions', 0, 'expertViews', '7'],
      'Write how many experts gave that rating, as a whole number.',
    ],
  ])('rejects %j', (views, path, message) => {
    const result = caseSchema.safeParse(caseWith(views));
    expect(result.error?.issues.map((issue) => ({ path: issue.path, message: issue.message }))).toEqual([
      { path, message },
    ]);
  });
});
