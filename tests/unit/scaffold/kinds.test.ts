import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { COLLECTIONS } from '../../../src/schemas/collections.ts';
import { NEW_CONTENT_KINDS, NEW_CONTENT_KIND_NAMES, isNewContentKind } from '../../../src/scaffold/kinds.ts';
import { nextSteps } from '../../../src/scaffold/next-steps.ts';
import { findHeadingAnchors } from '../../../src/validation/mdx-components.ts';

const pages = fileURLToPath(new URL('../../../src/pages/', import.meta.url));

/** Every `/trainers/page/#anchor` the command prints, as the page's file and the anchor. */
const guideLinks = NEW_CONTENT_KIND_NAMES.flatMap((kind) =>
  nextSteps(kind, 'content/x', 'x')
    .join('\n')
    .match(/\/trainers\/[a-z-]+\/(?:#[a-z-]+)?/g)!,
);

it.each([...new Set(guideLinks)])('prints a link to the guide that leads somewhere: %s', (link) => {
  const [, page, anchor] = /^\/(trainers\/[a-z-]+)\/(?:#([a-z-]+))?$/.exec(link)!;
  const text = readFileSync(`${pages}${page}.mdx`, 'utf8');
  if (anchor) expect(findHeadingAnchors(text)).toContain(anchor);
});

it('starts an entry of every collection', () => {
  expect(new Set(Object.values(NEW_CONTENT_KINDS).map((kind) => kind.collection))).toEqual(
    new Set(Object.keys(COLLECTIONS)),
  );
});

it.each([
  ['module', true],
  ['term', true],
  ['glossary', false],
  ['toString', false], // not a kind just because every object has it
])('%j is a kind: %j', (word, expected) => {
  expect(isNewContentKind(word)).toBe(expected);
});
