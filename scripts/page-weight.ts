import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/**
 * The JavaScript files a built page loads (scripts, islands, renderers) and everything they import,
 * recursively. With `{ lazy: false }`, only what loads with the page: imports written as `import(…)`,
 * which run later (search code on focus, for example), are left out.
 */
export function scriptsOfPage(dist: string, htmlFile: string, { lazy = true } = {}): string[] {
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
    const imports = lazy
      ? /(?:import|from)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g
      : /(?:import|from)\s*["'`]([^"'`]+\.js)["'`]/g;
    for (const [, spec] of code.matchAll(imports)) {
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
