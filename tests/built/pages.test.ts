import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from '../support/built-site.ts';

const pages = builtPages();
const CASE_PLAYER_STYLES = readFileSync(
  new URL('../../src/components/case/player/case-player.css', import.meta.url),
  'utf8',
);

describe.each(pages)('$url', (page) => {
  const html = readPage(page);

  it('declares its language, title, description and viewport', () => {
    expect(html.querySelector('html')?.getAttribute('lang')).toBe('en-GB');
    expect(html.querySelector('title')?.text.trim()).toMatch(/\S/);
    expect(html.querySelector('meta[name="description"]')?.getAttribute('content')).toMatch(/\S/);
    expect(html.querySelector('meta[name="viewport"]')?.getAttribute('content')).toContain('width=device-width');
  });

  it('has one h1, one main landmark, and a skip link to it as the first link', () => {
    expect(html.querySelectorAll('h1')).toHaveLength(1);
    expect(html.querySelectorAll('main#main')).toHaveLength(1);
    expect(html.querySelector('body a')?.getAttribute('href')).toBe('#main');
  });

  it('has a content security policy with no inline-script escape hatch', () => {
    const csp = html.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    expect(csp).toMatch(/script-src/);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('allows by hash each inline style and script it holds, and nothing else', () => {
    const policy = html.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    const directive = (name: string) => policy.split(';').find((part) => part.trim().startsWith(`${name} `)) ?? '';
    const hashesIn = (name: string) => [...directive(name).matchAll(/'(sha256-[^']+)'/g)].map((m) => m[1]).sort();
    const hashesOf = (selector: string) =>
      [
        ...new Set(
          html
            .querySelectorAll(selector)
            .map((el) => `sha256-${createHash('sha256').update(el.rawText).digest('base64')}`),
        ),
      ].sort();
    expect(hashesIn('style-src')).toEqual(hashesOf('style'));
    expect(hashesIn('script-src')).toEqual(hashesOf('script:not([src])'));
  });

  it('has no style attribute but a table column alignment, the only ones its policy allows', () => {
    const styles = html.querySelectorAll('[style]').map((el) => el.getAttribute('style'));
    expect(styles.filter((style) => !/^text-align:(left|center|right)$/.test(style ?? ''))).toEqual([]);
    if (styles.length > 0) expect(html.toString()).toContain("style-src-attr 'unsafe-hashes'");
  });

  it('loads nothing from another host', () => {
    const loaded = html
      .querySelectorAll(
        'script[src], link[href]:not([rel~="alternate"]), img[src], source[src], video[src], audio[src], iframe[src], track[src]',
      )
      .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '');
    expect(loaded.filter((url) => /^(https?:)?\/\//.test(url))).toEqual([]);
  });

  it("carries the case player's styles inline in its head if it has a case, and only then", () => {
    const inHead = html.querySelectorAll('head style').some((style) => style.textContent === CASE_PLAYER_STYLES);
    expect(inHead).toBe(html.querySelector('[data-case-id]') !== null);
  });

  it('has no duplicate element ids', () => {
    const ids = html.querySelectorAll('[id]').map((el) => el.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  // Astro adds a component's scoped class to the very object spread into an element's attributes, so a
  // shared object spread into markup took one more class with every page built (and the order pages
  // finish in decided how many).
  it('names no class twice on one element', () => {
    const repeated = html
      .querySelectorAll('[class]')
      .map((el) => (el.getAttribute('class') ?? '').trim().split(/\s+/))
      .filter((classes) => new Set(classes).size !== classes.length);
    expect(repeated).toEqual([]);
  });
});

describe.each(pages.filter(({ url }) => /^\/courses\/[^/]+\/$/.test(url)))('$url, a course page', (page) => {
  it('links to the course certificate', () => {
    const links = readPage(page)
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
    expect(links).toContain(`${page.url}certificate/`);
  });
});

// Prism highlights front matter as YAML only when YAML was loaded before Markdown (astro.config.mjs).
it("highlights the guide's example of a module's front matter as YAML", () => {
  const guide = pages.find(({ url }) => url === '/trainers/modules/');
  // The parser keeps what is inside <pre> as text, so each block of code is parsed on its own.
  const blocks = guide
    ? readPage(guide)
        .querySelectorAll('pre')
        .map((pre) => parse(pre.innerHTML))
    : [];
  const frontMatter = blocks
    .map((block) => block.querySelector('code.language-markdown .front-matter'))
    .find((found) => found !== null);
  expect(frontMatter?.querySelectorAll('.key').map((key) => key.text)).toEqual(
    expect.arrayContaining(['id', 'course', 'title', 'summary']),
  );
});
