import { defineMiddleware } from 'astro:middleware';
import { problemsPage, withProblemsNotice } from './problems-notice.ts';

/**
 * In a preview only (content-guard.ts adds it for `astro dev`): while the content has problems, every
 * page shows them at the top, and a page that cannot be rendered shows them instead of a stack trace.
 * The problems are read on each request from a module the guard renews after every content change.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const { problems } = await import('virtual:triangulate/content-problems');
  if (problems.length === 0) return next();
  let response: Response;
  let html: string;
  try {
    response = await next();
    if (!response.headers.get('content-type')?.includes('text/html')) return response;
    html = await response.text();
  } catch (error) {
    return new Response(problemsPage(problems, error), {
      status: 500,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
  }
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(withProblemsNotice(html, problems), { status: response.status, headers });
});
