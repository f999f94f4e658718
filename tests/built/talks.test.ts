import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageJsBytes } from '../../scripts/page-weight.ts';
import { parseWebVtt } from '../../src/talks/webvtt.ts';
import { builtPages, DIST, readPage } from '../support/built-site.ts';

// The sample talks as built: their words come from one source, their media fits the budget, and
// every moment has an address.
const talkPages = builtPages().filter((page) => /^\/talks\/[^/]+\/$/.test(page.url));
const hosted = talkPages.filter((page) => readPage(page).querySelector('[data-talk-player]'));

it('the committed talk media stays within 3 MB in all', () => {
  const folder = join(import.meta.dirname, '../../public/talks');
  const total = readdirSync(folder).reduce((sum, name) => sum + statSync(join(folder, name)).size, 0);
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(3 * 1024 * 1024);
});

it('both sample talks have a recording on the site', () => {
  expect(hosted.map((page) => page.url).sort()).toEqual([
    '/talks/intuition-and-analysis/',
    '/talks/sense-making-with-colleagues/',
  ]);
});

describe.each(hosted)('$url', (page) => {
  const html = readPage(page);
  const captionsUrl = html.querySelector('track[kind="captions"]')?.getAttribute('src') ?? '';
  const captions = readFileSync(join(DIST, captionsUrl), 'utf8');

  it('shows a transcript with the same words, in the same order, as the captions it serves', () => {
    const { cues, errors } = parseWebVtt(captions);
    expect(errors).toEqual([]);
    const passages = html.querySelectorAll('[data-transcript] .passage').map((el) => el.text.trim());
    expect(passages).toEqual(cues.map((cue) => cue.text));
  });

  it('links every chapter to a moment and to a heading of the transcript with that start', () => {
    const links = html.querySelectorAll('nav[aria-labelledby="chapters"] a[data-moment]');
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) {
      const href = new URL(link.getAttribute('href') ?? '', 'http://site');
      expect(href.searchParams.get('t')).toMatch(/^\d+:\d\d$/);
      const heading = html.querySelector(`[data-transcript] h3${href.hash}`);
      expect(heading?.text.trim()).toBe(link.text.trim());
      expect(Math.floor(Number(heading?.getAttribute('data-start')))).toBe(Number(link.getAttribute('data-moment')));
    }
  });

  it('gives every passage an id and every paragraph a link to its moment', () => {
    const ids = html.querySelectorAll('.passage').map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const paragraph of html.querySelectorAll('[data-transcript] p')) {
      const link = paragraph.querySelector('a.moment');
      expect(link?.getAttribute('href')).toMatch(/^\?t=\d+:\d\d#passage-\d+$/);
    }
  });

  it('allows media from this site only, and no frames', () => {
    const csp = html.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    expect(csp).toContain("media-src 'self'");
    expect(csp).not.toContain('frame-src');
  });

  it('ships at most 10 KB of gzipped JavaScript: the site script, the progress store and the player', () => {
    const bytes = pageJsBytes(DIST, page.file);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(10 * 1024);
  });
});

describe('a talk in the full-text index', () => {
  const filters = (url: string) =>
    readPage(talkPages.find((page) => page.url === url)!)
      .querySelectorAll('[data-pagefind-body] [data-pagefind-filter]')
      .map((el) => el.getAttribute('data-pagefind-filter'));

  it("is filed as a talk, under its related modules' courses and its own topics", () => {
    expect(filters('/talks/intuition-and-analysis/')).toEqual([
      'type:talk',
      'course:Judgement in family assessments',
      'course:Assessment and decision making in child protection',
      'topic:intuition',
      'topic:analysis',
      'topic:judgement',
      'topic:cognitive continuum',
      'topic:calibration',
    ]);
  });
});
