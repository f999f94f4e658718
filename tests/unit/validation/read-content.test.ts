import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { collectionFiles, readContentFiles } from '../../../src/validation/read-content.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const valid = join(projectRoot, 'tests/fixtures/valid');

it('reads every content file, tagged with its collection, with paths from the project root', () => {
  expect(
    readContentFiles(valid, projectRoot).map(({ collection, format, path }) => [collection, format, path]),
  ).toEqual([
    ['courses', 'yaml', 'tests/fixtures/valid/courses/assessment-basics/course.yaml'],
    ['modules', 'mdx', 'tests/fixtures/valid/courses/assessment-basics/01-why-assessment-matters.mdx'],
    ['modules', 'mdx', 'tests/fixtures/valid/courses/assessment-basics/02-new-people-in-the-household.mdx'],
    ['cases', 'yaml', 'tests/fixtures/valid/cases/kim-ava-leo.yaml'],
    ['talks', 'mdx', 'tests/fixtures/valid/talks/intuition-and-analysis.mdx'],
    ['resources', 'yaml', 'tests/fixtures/valid/resources/munro-review-2011.yaml'],
    ['resources', 'yaml', 'tests/fixtures/valid/resources/working-together-2023.yaml'],
    ['glossary', 'yaml', 'tests/fixtures/valid/glossary/professional-curiosity.yaml'],
    ['glossary', 'yaml', 'tests/fixtures/valid/glossary/rule-of-optimism.yaml'],
  ]);
});

it('gives paths relative to the folder it is asked to, and the file text', () => {
  const [first] = readContentFiles(valid, valid);
  expect(first?.path).toBe(join('courses', 'assessment-basics', 'course.yaml'));
  expect(first?.text).toMatch(/^id: assessment-basics\n/);
});

it('reads nothing from a folder without content', () => {
  expect(readContentFiles(join(projectRoot, 'tests/fixtures/no-such-folder'), projectRoot)).toEqual([]);
});

it('lists the files of one collection, and none for a kind the folder does not have', () => {
  expect(collectionFiles(valid, 'modules')).toEqual([
    join('assessment-basics', '01-why-assessment-matters.mdx'),
    join('assessment-basics', '02-new-people-in-the-household.mdx'),
  ]);
  expect(collectionFiles(join(projectRoot, 'tests/fixtures/minimal'), 'talks')).toEqual([]);
});

it('reads the site settings file last, tagged `site`, beside the entries', () => {
  const files = readContentFiles(join(projectRoot, 'tests/fixtures/organisation'), projectRoot);
  expect(files.at(-1)).toMatchObject({
    collection: 'site',
    format: 'yaml',
    path: 'tests/fixtures/organisation/site.yaml',
  });
  expect(files.filter((file) => file.collection === 'site')).toHaveLength(1);
});
