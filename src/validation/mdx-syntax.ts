import { mdxToJs } from 'satteri';
import type { Problem } from './problem.ts';

/** Plain-English fixes for the MDX syntax errors trainers meet most often, keyed by what the parser says. */
const HINTS: [RegExp, string][] = [
  [/after `<`/, 'A `<` in text starts a component in MDX. Write “less than”, or `&lt;`, or put it in `code`.'],
  [/create a comment in MDX/, 'MDX comments are written `{/* like this */}`, not `<!-- like this -->`.'],
  [/closing brace for `\{`|in expression/, 'A `{` in text starts code in MDX. Write `\\{`, or put it in `code`.'],
  [/closing tag/i, 'A component is opened but not closed: end it with its closing tag, for example `</Callout>`.'],
];

/**
 * Compiles an MDX body the way the build will, so a syntax mistake is reported by the content check
 * with its line, instead of stopping the build with a compiler message.
 */
export function checkMdxSyntax(body: string, firstLine: number, file: string): Problem[] {
  try {
    mdxToJs(body);
    return [];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const [, line = '1', detail = message] = /^(\d+):\d+: ([\s\S]*)$/.exec(message.split('\n')[0] ?? '') ?? [];
    const hint = HINTS.find(([pattern]) => pattern.test(detail))?.[1];
    return [
      {
        file,
        field: `line ${Number(line) + firstLine - 1}`,
        message: hint ?? `This text cannot be read as MDX (${detail.replace(/ \([\w:-]+\)$/, '')}).`,
      },
    ];
  }
}
