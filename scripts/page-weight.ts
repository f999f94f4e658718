import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';

/** Imports of other chunks as the bundler writes them: `from "./x.js"`, `import "./x.js"` and `import("./x.js")`. */
const ANY_IMPORT = /(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g;
/** Only the imports that load with the module itself; `import("./x.js")` waits until the code asks for it. */
const STATIC_IMPORT = /(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g;

/** Every script reachable from `entries` through imports matching `follow`, as sorted site paths. */
function scriptClosure(dist: string, entries: readonly string[], follow: RegExp): string[] {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = readFileSync(join(dist, url), 'utf8');
    for (const [, spec] of code.matchAll(follow)) if (spec) visit(new URL(spec, `http://site${url}`).pathname);
  };
  entries.filter((url) => url.startsWith('/')).forEach(visit);
  return [...seen].sort();
}

const islandScripts = (island: HTMLElement) => [
  island.getAttribute('component-url') ?? '',
  island.getAttribute('renderer-url') ?? '',
];

/** The JavaScript files a built page loads (scripts, islands, renderers) and everything they import, recursively. */
export function scriptsOfPage(dist: string, htmlFile: string): string[] {
  const html = parse(readFileSync(join(dist, htmlFile), 'utf8'));
  const entries = [
    ...html.querySelectorAll('script[src]').map((el) => el.getAttribute('src') ?? ''),
    ...html.querySelectorAll('astro-island').flatMap(islandScripts),
  ];
  return scriptClosure(dist, entries, ANY_IMPORT);
}

/**
 * The JavaScript a first visit downloads before the learner does anything: script tags and islands
 * that hydrate on load or when idle, with their static imports. Islands that wait until they are
 * scrolled into view (`client:visible`) or for a media query, and code loaded by `import()`, are left out.
 */
export function scriptsOnArrival(dist: string, htmlFile: string): string[] {
  const html = parse(readFileSync(join(dist, htmlFile), 'utf8'));
  const entries = [
    ...html.querySelectorAll('script[src]').map((el) => el.getAttribute('src') ?? ''),
    ...html
      .querySelectorAll('astro-island')
      .filter((island) => !['visible', 'media'].includes(island.getAttribute('client') ?? ''))
      .flatMap(islandScripts),
  ];
  return scriptClosure(dist, entries, STATIC_IMPORT);
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
  /** HTML, CSS, inline scripts and the scripts on arrival (see `scriptsOnArrival`): what a first visit costs. */
  firstVisit: { bytes: number; requests: number };
}

export function pageWeight(dist: string, htmlFile: string): PageWeight {
  const html = readFileSync(join(dist, htmlFile), 'utf8');
  const stylesheets = parse(html)
    .querySelectorAll('link[rel="stylesheet"]')
    .map((el) => el.getAttribute('href') ?? '');
  const sizeOf = (urls: readonly string[]) => urls.reduce((sum, url) => sum + gzippedSize(dist, url), 0);
  const scripts = scriptsOfPage(dist, htmlFile);
  const onArrival = scriptsOnArrival(dist, htmlFile);
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
