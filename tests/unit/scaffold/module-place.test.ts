import { describe, expect, it } from 'vitest';
import type { ExistingEntry } from '../../../src/scaffold/existing-entry.ts';
import { modulePlace } from '../../../src/scaffold/module-place.ts';

const course = (id: string, folder = id): ExistingEntry => ({
  collection: 'courses',
  path: `courses/${folder}/course.yaml`,
  id,
});
const module = (id: string, courseId: string | undefined, order: number | undefined): ExistingEntry => ({
  collection: 'modules',
  path: `courses/${courseId ?? 'x'}/${id}.mdx`,
  id,
  course: courseId,
  order,
});

describe('modulePlace', () => {
  const existing = [
    course('listening-to-children'),
    course('working-with-fathers', 'fathers'), // the folder need not be the id
    module('article-12', 'listening-to-children', 1),
    module('lundys-model', 'listening-to-children', 3), // a gap: the new module still goes last
    module('half-written', 'listening-to-children', undefined),
    module('elsewhere', 'working-with-fathers', 9),
  ];

  it.each([
    ['listening-to-children', { course: 'listening-to-children', folder: 'courses/listening-to-children/', order: 4 }],
    ['working-with-fathers', { course: 'working-with-fathers', folder: 'courses/fathers/', order: 10 }],
    [
      'listning-to-children',
      { problem: 'There is no course with the id `listning-to-children`: did you mean `listening-to-children`?' },
    ],
    [
      'safeguarding',
      {
        problem:
          'There is no course with the id `safeguarding`. Write one of: `listening-to-children`, `working-with-fathers`.',
      },
    ],
    [
      undefined,
      {
        problem:
          'Say which course the module is for, with --course. Write one of: `listening-to-children`, `working-with-fathers`.',
      },
    ],
  ])('course %j → %j', (id, place) => {
    expect(modulePlace(id, existing)).toEqual(place);
  });

  it('numbers the first module of a new course 1', () => {
    expect(modulePlace('new-course', [course('new-course')])).toEqual({
      course: 'new-course',
      folder: 'courses/new-course/',
      order: 1,
    });
  });

  it('says how to start a course when there is none', () => {
    expect(modulePlace('anything', [])).toEqual({
      problem: 'There is no course yet: start one with `npm run new -- course`, then add its modules.',
    });
  });
});
