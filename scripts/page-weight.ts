import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

// Imports of other chunks, written by the bundler as relative or absolute paths in any of JavaScript's
// three quotes (the minifier writes dynamic imports with backticks).
const STATIC_IMPORT = /(?:import|from)\s*["'`]([^"'`]+\.js)["'`]/g;
const ANY_IMPORT = /(?:import|from)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g;

/**
 * The JavaScript files a built page loads (scripts, islands, renderers) and everything they import,
 * recursively. With `upFront`, only what loads with the page: static imports, not those a script
 * imports later (as the case player's loader does when a case scrolls into view), and no island that
 * waits to be scrolled into view.
 */
export function scriptsOfPage(dist: string, htmlFile: string, { upFront = false } = {}): string[] {
  const html = parse(readFileSync(join(dist, htmlFile), 'utf8'));
  const entries = [
    ...html.querySelectorAll('script[src]').map((el) => el.getAttribute('src') ?? ''),
    ...html
      .querySelectorAll('astro-island')
      // An island that hydrates when scrolled into view or on a media query loads its code only then.
      .filter((el) => !upFront || !['visible', 'media'].includes(el.getAttribute('client') ?? ''))
      .flatMap((el) => [el.getAttribute('component-url') ?? '', el.getAttribute('renderer-url') ?? '']),
  ].filter((url) => url.startsWith('/'));
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = readFileSync(join(dist, url), 'utf8');
    for (const [, spec] of code.matchAll(upFront ? STATIC_IMPORT : ANY_IMPORT)) {
      if (spec) visit(new URL(spec, `http://site${url}`).pathname);
    }
  };
  entries.forEach(visit);
  return [...seen].sort();
}

/** Gzipped bytes of the scripts written inside a page (they travel with its HTML, so are counted as JS too). */
export function inlineScriptBytes(html: string): number {
  const inline = parse(html)
    .querySelectorAll('script:not([src])')
    .filter((el) => !el.getAttribute('type') || el.getAttribute('type') === 'module')
    .map((el) => el.text)
    .join('\n');
  return inline ? gzipSync(inline).length : 0;
}

/** Gzipped bytes of a built file, as a server with compression sends it. */
export const gzippedSize = (dist: string, url: string) => gzipSync(readFileSync(join(dist, url))).length;

/** What a built page weighs, gzipped: all it can load, and what a first visit loads before the learner acts. */
export interface PageWeight {
  html: number;
  css: number;
  /** Inline scripts plus every script file the page can load, recursively, deferred islands included. */
  js: number;
  /** Requests for all of the above. */
  requests: number;
  scripts: { url: string; gzip: number }[];
  /** HTML, CSS, inline scripts and the scripts loaded up front: what a first visit costs. */
  firstVisit: { bytes: number; requests: number };
}

export function pageWeight(dist: string, htmlFile: string): PageWeight {
  const html = readFileSync(join(dist, htmlFile), 'utf8');
  const stylesheets = parse(html)
    .querySelectorAll('link[rel="stylesheet"]')
    .map((el) => el.getAttribute('href') ?? '');
  const sizeOf = (urls: readonly string[]) => urls.reduce((sum, url) => sum + gzippedSize(dist, url), 0);
  const scripts = scriptsOfPage(dist, htmlFile);
  const onArrival = scriptsOfPage(dist, htmlFile, { upFront: true });
  const [htmlBytes, cssBytes, inlineBytes] = [
    gzippedSize(dist, htmlFile),
    sizeOf(stylesheets),
    inlineScriptBytes(html),
  ];
  return {
    html: htmlBytes,
    css: cssBytes,
    js: inlineBytes + sizeOf(scripts),
    requests: 1 + stylesheets.length + scripts.length,
    scripts: scripts.map((url) => ({ url, gzip: gzippedSize(dist, url) })),
    firstVisit: {
      bytes: htmlBytes + cssBytes + inlineBytes + sizeOf(onArrival),
      requests: 1 + stylesheets.length + onArrival.length,
    },
  };
}
