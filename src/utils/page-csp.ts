import { createHash } from 'node:crypto';

const POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const hashesOf = (html: string, element: RegExp) =>
  new Set([...html.matchAll(element)].map(([, text = '']) => hashOf(text)));

/**
 * A page's content security policy with only the hashes of the styles and scripts the page itself holds.
 * Astro lists in every page the hashes of every inline style in the whole build (31 on this site, about
 * 1 KB gzipped on each page, a fourteenth of a first visit's budget). A hash allows only the inline element
 * with that exact text, so one the page does not hold allows nothing: removing it changes no behaviour.
 * Hashes in `style-src-attr` (style attributes) are kept as they are.
 */
export function withPageHashesOnly(html: string): string {
  const policy = POLICY.exec(html);
  if (!policy) return html;
  const kept: Record<string, Set<string>> = {
    'style-src': hashesOf(html, STYLE),
    'script-src': hashesOf(html, INLINE_SCRIPT),
  };
  const directives = (policy[2] ?? '').split(';').map((directive) => {
    const [name = '', ...sources] = directive.trim().split(/\s+/);
    const own = kept[name];
    if (!own) return directive;
    const space = /^\s*/.exec(directive)?.[0] ?? '';
    return space + [name, ...sources.filter((source) => !source.startsWith("'sha256-") || own.has(source))].join(' ');
  });
  return html.replace(POLICY, (_, start: string, _content: string, end: string) => start + directives.join(';') + end);
}
