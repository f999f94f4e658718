import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../../src/search/excerpt.ts';

describe('excerptParts', () => {
  it.each([
    ['plain text', [{ text: 'plain text', marked: false }]],
    [
      'a <mark>new</mark> partner',
      [
        { text: 'a ', marked: false },
        { text: 'new', marked: true },
        { text: ' partner', marked: false },
      ],
    ],
    ['&lt;script&gt;alert(1)&lt;/script&gt;', [{ text: '<script>alert(1)</script>', marked: false }]],
    ['Kim&#39;s &amp; Dan&#x2019;s', [{ text: "Kim's & Dan’s", marked: false }]],
    ['<mark>&lt;img src=x&gt;</mark>', [{ text: '<img src=x>', marked: true }]],
    ['unclosed <mark>word', [{ text: 'unclosed word', marked: false }]],
    ['&bogus; &#0;', [{ text: '&bogus; &#0;', marked: false }]],
  ])('%j', (excerpt, parts) => {
    expect(excerptParts(excerpt)).toEqual(parts);
  });
});
