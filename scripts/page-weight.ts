import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/** The JavaScript files a built page loads (scripts, islands, renderers) and everything they import, recursively. */
export function scriptsOfPage(dist: string, htmlFile: string): string[] {
  const html = parse(readFileSync(join(dist, htmlFile), 'utf8'));
  const entries = [
    ...html.querySelectorAll('script[src]').map((el) => el.getAttribute('src') ?? ''),
    ...html
      .querySelectorAll('astro-island')
      .flatMap((el) => [el.getAttribute('component-url') ?? '', el.getAttribute('renderer-url') ?? '']),
  ].filter((url) => url.startsWith('/'));
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = readFileSync(join(dist, url), 'utf8');
    // Static and dynamic imports of other chunks, written by the bundler as relative or absolute paths.
    for (const [, spec] of code.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) {
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

/** What a first visit to a built page downloads: gzipped HTML, CSS and JavaScript, and how many requests. */
export interface PageWeight {
  html: number;
  css: number;
  /** Inline scripts plus every script file the page loads, recursively. */
  js: number;
  requests: number;
  scripts: { url: string; gzip: number }[];
}

export function pageWeight(dist: string, htmlFile: string): PageWeight {
  const html = readFileSync(join(dist, htmlFile), 'utf8');
  const stylesheets = parse(html)
    .querySelectorAll('link[rel="stylesheet"]')
    .map((el) => el.getAttribute('href') ?? '');
  const scripts = scriptsOfPage(dist, htmlFile).map((url) => ({ url, gzip: gzippedSize(dist, url) }));
  return {
    html: gzippedSize(dist, htmlFile),
    css: stylesheets.reduce((sum, url) => sum + gzippedSize(dist, url), 0),
    js: inlineScriptBytes(html) + scripts.reduce((sum, { gzip }) => sum + gzip, 0),
    requests: 1 + stylesheets.length + scripts.length,
    scripts,
  };
}

/** Total bytes of a first visit: HTML, CSS and JavaScript. */
export const firstVisitBytes = ({ html, css, js }: PageWeight) => html + css + js;
