// Page weight of every built page: gzipped HTML, CSS and JavaScript, and the JavaScript's files.
// `npm run bench:weight` (after `npm run build`). Prints a table and writes bench-results/page-weight.json.
import { globSync, mkdirSync, writeFileSync } from 'node:fs';
import { CASE_PAGE_JS_BUDGET, pageWeight } from './page-weight.ts';

const DIST = 'dist';

const rows = globSync('**/*.html', { cwd: DIST, exclude: (f) => f.startsWith('pagefind') })
  .sort()
  .map((file) => {
    const { html, css, js, caseData, requests, scripts, firstVisit } = pageWeight(DIST, file);
    return {
      page: `/${file.replace(/index\.html$/, '')}`,
      // Every case on a page names the data its player fetches.
      hasCase: caseData > 0,
      html,
      css,
      js,
      requests,
      firstVisit,
      scripts,
    };
  });

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.table(
  rows.map(({ page, hasCase, html, css, js, requests, firstVisit }) => ({
    page,
    case: hasCase ? 'yes' : '',
    html: kb(html),
    css: kb(css),
    js: kb(js),
    requests,
    'first visit': `${kb(firstVisit.bytes)} / ${firstVisit.requests}`,
  })),
);
const casePages = rows.filter((r) => r.hasCase);
const worstCase = Math.max(0, ...casePages.map((r) => r.js));
// My learning runs React for the learner's own records, so it is reported on its own.
const isMyLearning = (page: string) => page.startsWith('/my-learning/');
const otherJs = Math.max(0, ...rows.filter((r) => !r.hasCase && !isMyLearning(r.page)).map((r) => r.js));
const myLearningJs = rows.find((r) => r.page === '/my-learning/')?.js ?? 0;
console.log(
  `JS on a page with a case: ${kb(worstCase)}, ${worstCase} bytes (budget ${kb(CASE_PAGE_JS_BUDGET)}: ${worstCase <= CASE_PAGE_JS_BUDGET ? 'met' : `over by ${kb(worstCase - CASE_PAGE_JS_BUDGET)}`})`,
);
for (const { url, gzip } of casePages[0]?.scripts ?? []) console.log(`  ${url}  ${kb(gzip)} (${gzip} bytes)`);
console.log(`Most JS on any other page: ${kb(otherJs)}; My learning: ${kb(myLearningJs)}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/page-weight.json',
  `${JSON.stringify({ budget: { casePageJs: CASE_PAGE_JS_BUDGET }, casePageJs: worstCase, otherPageJs: otherJs, myLearningJs, pages: rows }, null, 2)}\n`,
);
console.log('Wrote bench-results/page-weight.json');
