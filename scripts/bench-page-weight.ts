// Page weight of every built page: gzipped HTML, CSS and JavaScript, and the JavaScript's files.
// `npm run bench:weight` (after `npm run build`). Prints a table and writes bench-results/page-weight.json.
import { globSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { readFileSync } from 'node:fs';
import { gzippedSize, inlineScriptBytes, scriptsOfPage } from './page-weight.ts';

const DIST = 'dist';
/** The case player's budget: JavaScript on a page with a case, React included (issue: case-based quizzes). */
const CASE_PAGE_JS_BUDGET = 75 * 1024;

const rows = globSync('**/*.html', { cwd: DIST, exclude: (f) => f.startsWith('pagefind') })
  .sort()
  .map((file) => {
    const html = readFileSync(join(DIST, file), 'utf8');
    const css = parse(html)
      .querySelectorAll('link[rel="stylesheet"]')
      .map((el) => el.getAttribute('href') ?? '');
    const scripts = scriptsOfPage(DIST, file);
    const inlineJs = inlineScriptBytes(html);
    return {
      page: `/${file.replace(/index\.html$/, '')}`,
      hasCase: html.includes('data-case-id'),
      html: gzippedSize(DIST, file),
      css: css.reduce((sum, url) => sum + gzippedSize(DIST, url), 0),
      js: inlineJs + scripts.reduce((sum, url) => sum + gzippedSize(DIST, url), 0),
      requests: 1 + css.length + scripts.length,
      scripts: scripts.map((url) => ({ url, gzip: gzippedSize(DIST, url) })),
    };
  });

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.table(
  rows.map(({ page, hasCase, html, css, js, requests }) => ({
    page,
    case: hasCase ? 'yes' : '',
    html: kb(html),
    css: kb(css),
    js: kb(js),
    requests,
  })),
);
const casePages = rows.filter((r) => r.hasCase);
const worstCase = Math.max(0, ...casePages.map((r) => r.js));
const otherJs = Math.max(0, ...rows.filter((r) => !r.hasCase).map((r) => r.js));
console.log(
  `JS on a page with a case: ${kb(worstCase)} (budget ${kb(CASE_PAGE_JS_BUDGET)}: ${worstCase <= CASE_PAGE_JS_BUDGET ? 'met' : `over by ${kb(worstCase - CASE_PAGE_JS_BUDGET)}`})`,
);
for (const { url, gzip } of casePages[0]?.scripts ?? []) console.log(`  ${url}  ${kb(gzip)}`);
console.log(`Most JS on a page without a case: ${kb(otherJs)}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/page-weight.json',
  `${JSON.stringify({ budget: { casePageJs: CASE_PAGE_JS_BUDGET }, casePageJs: worstCase, otherPageJs: otherJs, pages: rows }, null, 2)}\n`,
);
console.log('Wrote bench-results/page-weight.json');
