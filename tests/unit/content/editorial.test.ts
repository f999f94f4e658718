import { describe, expect, it } from 'vitest';
import { figures, prose, sourcedFigures, wordCount } from '../../support/editorial.ts';

describe('the helpers behind the editorial tests', () => {
  it.each([
    ['The Panel looked at 482 notifications, 206 of them deaths.', ['482', '206']],
    ['Domestic abuse was present in 42.6% of cases.', ['42.6%']],
    ['Published in 2021, it covers 2020.', []],
    ['Stage 3 of 7.', []],
    ['A 15 % rise.', ['15%']],
  ])('finds the figures in %j', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it.each([
    ['The Panel found 99% of reviews were late.', ['99%']],
    ['Jess is 34 and lives with her two children.', []],
    ['Suppose you say 90% each time. A review found 42% were not criticised.', ['42%']],
  ])('keeps only figures attributed to a source in %j', (text, expected) => {
    expect(sourcedFigures(text)).toEqual(expected);
  });

  it('reads prose without frontmatter, code, tags or link targets', () => {
    const mdx = '---\nid: x\n---\n\nSee [the guide](/trainers/).\n\n```yaml\nid: 12345\n```\n\n<Case id="x" />\n';
    expect(prose(mdx).replace(/\s+/g, ' ').trim()).toBe('See [the guide].');
    expect(wordCount(prose(mdx))).toBe(3);
  });
});
