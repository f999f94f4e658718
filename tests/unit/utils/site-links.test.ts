import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { siteLinks } from '../../../src/integrations/site-links.ts';
import { basePath, withBase } from '../../../src/utils/base-path.ts';

const render = (markdown: string, base: string) =>
  markdownToHtml(markdown, { mdastPlugins: [siteLinks(base)] }).html.trim();

describe('basePath', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['learning', '/learning/'],
    ['/learning', '/learning/'],
    ['/learning/', '/learning/'],
    ['//org//learning/', '/org/learning/'],
  ])('BASE_PATH=%s is the folder %s', (value, expected) => {
    expect(basePath(value === undefined ? {} : { BASE_PATH: value })).toBe(expected);
  });
});

describe('links trainers write from the site’s root', () => {
  it.each([
    ['[the talk](/talks/intuition/)', '/learning/', '<a href="/learning/talks/intuition/">the talk</a>'],
    ['[the talk](/talks/intuition/)', '/', '<a href="/talks/intuition/">the talk</a>'],
    ['![A chart](/images/chart.png)', '/learning/', '<img src="/learning/images/chart.png" alt="A chart">'],
    ['[Munro][m]\n\n[m]: /resources/#munro-1999', '/learning/', '<a href="/learning/resources/#munro-1999">Munro</a>'],
    ['[another host](//example.org/x)', '/learning/', '<a href="//example.org/x">another host</a>'],
    ['[elsewhere](https://example.org/)', '/learning/', '<a href="https://example.org/">elsewhere</a>'],
    ['[below](#three-domains)', '/learning/', '<a href="#three-domains">below</a>'],
    ['[next door](../other/)', '/learning/', '<a href="../other/">next door</a>'],
  ])('%s under %s', (markdown, base, expected) => {
    expect(render(markdown, base)).toContain(expected);
  });

  it('leaves an address that is not from the root as it is', () => {
    expect(withBase('/learning/', 'mailto:team@example.org')).toBe('mailto:team@example.org');
  });
});
