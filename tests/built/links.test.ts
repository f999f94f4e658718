import { expect, it } from 'vitest';
import { builtPages } from '../support/built-site.ts';
import { brokenLinks } from '../support/links.ts';

it('has no broken internal links or anchors on any page', () => {
  expect(brokenLinks()).toEqual([]);
  expect(builtPages().length).toBeGreaterThan(5);
});
