import { expect, it } from 'vitest';
import { entriesOf, existingEntry, isCollectionName } from '../../../src/scaffold/existing-entry.ts';

it.each([
  [
    { id: 'why', course: 'basics', order: 2, title: 'Why' },
    { id: 'why', course: 'basics', order: 2 },
  ],
  [
    { id: 'why', order: '2' },
    { id: 'why', course: undefined, order: undefined },
  ], // half written: a text order
  [{ id: 12 }, { id: undefined, course: undefined, order: undefined }],
  [undefined, { id: undefined, course: undefined, order: undefined }], // a file that did not parse
])('reads %j as %j', (data, fields) => {
  expect(existingEntry('modules', 'courses/basics/02-why.mdx', data)).toEqual({
    collection: 'modules',
    path: 'courses/basics/02-why.mdx',
    ...fields,
  });
});

it('lists the entries of one collection that have an id', () => {
  const entries = [
    existingEntry('glossary', 'glossary/a.yaml', { id: 'anchoring' }),
    existingEntry('glossary', 'glossary/b.yaml', {}),
    existingEntry('cases', 'cases/c.yaml', { id: 'kim-ava-leo' }),
  ];
  expect(entriesOf(entries, 'glossary').map((entry) => entry.id)).toEqual(['anchoring']);
});

it.each([
  ['modules', true],
  ['glossary', true],
  ['site', false],
  ['other', false],
])('%j is a collection: %j', (name, expected) => {
  expect(isCollectionName(name)).toBe(expected);
});
