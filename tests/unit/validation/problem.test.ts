import { describe, expect, it } from 'vitest';
import {
  formatPath,
  formatProblem,
  formatReport,
  sortProblems,
  type Problem,
} from '../../../src/validation/problem.ts';

describe('formatPath', () => {
  it.each<[PropertyKey[], string]>([
    [[], ''],
    [['title'], 'title'],
    [['objectives', 0], 'objectives[0]'],
    [['stages', 1, 'questions', 0, 'options'], 'stages[1].questions[0].options'],
    [['media', 'videoId'], 'media.videoId'],
    [[0, 'id'], '[0].id'],
  ])('%j → %j', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

it('formats a problem as file · field · message', () => {
  expect(
    formatProblem({ file: 'content/cases/kim.yaml', field: 'passMark', message: 'Write a pass mark from 0 to 100.' }),
  ).toBe('content/cases/kim.yaml · passMark · Write a pass mark from 0 to 100.');
});

describe('sortProblems', () => {
  it('orders by file, then by field with numbers in numeric order', () => {
    const problem = (file: string, field: string): Problem => ({ file, field, message: '' });
    const sorted = sortProblems([
      problem('b.mdx', 'line 12 <Case> id'),
      problem('b.mdx', 'line 9 <Callout> type'),
      problem('a.yaml', 'stages[10].id'),
      problem('a.yaml', 'stages[2].id'),
    ]);
    expect(sorted.map((p) => `${p.file} ${p.field}`)).toEqual([
      'a.yaml stages[2].id',
      'a.yaml stages[10].id',
      'b.mdx line 9 <Callout> type',
      'b.mdx line 12 <Case> id',
    ]);
  });
});

describe('formatReport', () => {
  it.each([
    [1, 'The content has 1 problem to fix:'],
    [2, 'The content has 2 problems to fix:'],
  ])('counts %i problem(s)', (count, heading) => {
    const problems = Array.from({ length: count }, (_, i) => ({ file: `f${i}`, field: 'id', message: 'M.' }));
    const report = formatReport(problems).split('\n');
    expect(report[0]).toBe(heading);
    expect(report.slice(2, 2 + count)).toEqual(problems.map((_, i) => `f${i} · id · M.`));
    expect(report.at(-1)).toBe('Each line reads: file · field · what to write instead.');
  });
});
