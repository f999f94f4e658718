import { t } from '../i18n/t.ts';
import { formatProblem, sortProblems, type Problem } from '../validation/problem.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c);

/**
 * What a preview (`npm run dev`) shows at the top of every page while the content has problems: each one
 * as the terminal prints it, `file · field · what to write instead`. Styled inline, since it exists only
 * in the preview, where the site's content security policy does not apply.
 */
export function problemsNotice(problems: readonly Problem[]): string {
  const title =
    problems.length === 1 ? t('preview.problems.one') : t('preview.problems.many', { count: problems.length });
  const items = sortProblems(problems)
    .map((problem) => `<li>${escapeHtml(formatProblem(problem))}</li>`)
    .join('');
  return [
    '<section class="tg-problems" role="alert" aria-labelledby="tg-problems-title" data-pagefind-ignore>',
    `<h2 id="tg-problems-title">${escapeHtml(title)}</h2>`,
    `<p>${escapeHtml(t('preview.problems.help'))}</p>`,
    `<ul>${items}</ul>`,
    '</section>',
    '<style>',
    '.tg-problems{border:3px solid #b3261e;border-radius:6px;background:Canvas;color:CanvasText;',
    'padding:1rem 1.25rem;margin-block-end:2rem;max-inline-size:60rem}',
    '.tg-problems h2{font-size:1.25rem;margin:0 0 .5rem}',
    '.tg-problems ul{margin:.75rem 0 0;padding-inline-start:1.25rem;display:grid;gap:.5rem}',
    '.tg-problems li{font-family:ui-monospace,monospace;font-size:.9rem;overflow-wrap:anywhere}',
    '</style>',
  ].join('');
}

/** A page with the notice at the top of its main content, or of its body when it has no `<main>`. */
export function withProblemsNotice(html: string, problems: readonly Problem[]): string {
  const opening = /<main\b[^>]*>/i.exec(html) ?? /<body\b[^>]*>/i.exec(html);
  const notice = problemsNotice(problems);
  if (!opening) return notice + html;
  const at = opening.index + opening[0].length;
  return html.slice(0, at) + notice + html.slice(at);
}

/** The page a preview shows instead of one that could not be rendered while the content has problems. */
export function problemsPage(problems: readonly Problem[], error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return [
    '<!doctype html><html lang="en-GB"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(t('preview.problems.pageTitle'))}</title></head>`,
    '<body style="font-family:system-ui,sans-serif;margin:2rem">',
    '<main>',
    `<h1>${escapeHtml(t('preview.problems.pageTitle'))}</h1>`,
    `<p>${escapeHtml(t('preview.problems.pageFailed'))}</p>`,
    problemsNotice(problems),
    // What the renderer said is rarely in a trainer's words (it may name generated code), so it comes last.
    `<details><summary>${escapeHtml(t('preview.problems.reason'))}</summary><pre style="white-space:pre-wrap">${escapeHtml(reason)}</pre></details>`,
    '</main></body></html>',
  ].join('');
}
