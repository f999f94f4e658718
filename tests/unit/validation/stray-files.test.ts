import { sep } from 'node:path';
import { expect, it } from 'vitest';
import { strayFile } from '../../../src/validation/stray-files.ts';

it.each([
  ['an image beside a module', 'courses/basics/domains.png'],
  ['captions beside a talk', 'talks/intuition.vtt'],
  ['a file the system made', 'courses/basics/.DS_Store'],
  ['an organisation’s own file at the top', 'README.md'],
])('says nothing of %s', (_, path) => {
  expect(strayFile(path.split('/').join(sep))).toBeUndefined();
});

it.each([
  ['a course saved as .yml', 'courses/basics/course.yml', 'courses', /course\.yaml/],
  ['a module saved as .md', 'courses/basics/01-intro.md', 'modules', /01-intro\.mdx/],
  ['a talk saved as .md', 'talks/intuition.md', 'talks', /intuition\.mdx/],
  ['a case saved as .yml', 'cases/kim.yml', 'cases', /kim\.yaml/],
  ['settings saved as .yml', 'site.yml', 'site', /site\.yaml/],
  ['another .yaml in a course folder', 'courses/basics/notes.yaml', 'other', /course\.yaml/],
  ['a document', 'resources/report.pdf', 'other', /documents/],
  ['a text file', 'glossary/list.txt', 'other', /`glossary\/` it reads `\.yaml` files/],
])('names %s, keeping what it was meant to be', (_, path, collection, refusal) => {
  const stray = strayFile(path.split('/').join(sep));
  expect(stray?.collection).toBe(collection);
  expect(stray?.refusal).toMatch(refusal);
});
