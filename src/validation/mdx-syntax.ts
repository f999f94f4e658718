import { mdxToMdast } from 'satteri';
import type { Problem } from './problem.ts';

/**
 * Plain-English fixes for the MDX syntax errors trainers meet most often, keyed by what the parser says
 * (and the line it stopped on): the cause, not the symptom the parser met first.
 */
const HINTS: [RegExp, string | ((match: RegExpExecArray) => string)][] = [
  [
    /=\s*[“”‘’]/,
    'The quotes around a value are curly (“…”), as a word processor types them: write straight quotes, for example `type="note"`.',
  ],
  [
    /expected corresponding closing tag for `<(\w+)>` \((\d+):/,
    ([, name = '', line = '']) =>
      `<${name}> on line ${line} is not closed: ${name === 'Case' ? 'a case takes no text, so end it with `/>`, for example `<Case id="kim-ava-leo" />`' : `close it with \`</${name}>\` before this line`}.`,
  ],
  [
    /Expected a closing tag for `<(\w+)>`/,
    ([, name = '']) =>
      name === 'Case'
        ? 'A case takes no text: end it with `/>`, for example `<Case id="kim-ava-leo" />`.'
        : `<${name}> is opened but not closed: end it with \`</${name}>\`.`,
  ],
  [/after `<`/, 'A `<` in text starts a component in MDX. Write “less than”, or `&lt;`, or put it in `code`.'],
  [/create a comment in MDX/, 'MDX comments are written `{/* like this */}`, not `<!-- like this -->`.'],
  [/closing brace for `\{`|in expression/, 'A `{` in text starts code in MDX. Write `\\{`, or put it in `code`.'],
  [/closing tag/i, 'A component is opened but not closed: end it with its closing tag, for example `</Callout>`.'],
];

/**
 * Parses an MDX body with the parser the build uses, so a syntax mistake is reported by the content check
 * with its line, instead of stopping the build with a compiler message. The tree it gives is what the
 * teaching-text rules read (mdx-teaching-text.ts): one parse for both.
 */
export function parseMdxBody(body: string, firstLine: number, file: string): { tree?: unknown; problems: Problem[] } {
  try {
    return { tree: mdxToMdast(body), problems: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const [, line = '1', reported = message] = /^(\d+):\d+: ([\s\S]*)$/.exec(message.split('\n')[0] ?? '') ?? [];
    // Positions inside the message, such as where an unclosed tag opened, count lines of the file too.
    const detail = reported.replace(
      /\((\d+):(\d+)\)/g,
      (_, at: string, column: string) => `(${Number(at) + firstLine - 1}:${column})`,
    );
    const lineText = body.split('\n')[Number(line) - 1] ?? '';
    return {
      problems: [
        {
          file,
          field: `line ${Number(line) + firstLine - 1}`,
          message:
            hintFor(`${lineText}\n${detail}`) ??
            `This text cannot be read as MDX (${detail.replace(/ \([\w:-]+\)$/, '')}).`,
        },
      ],
    };
  }
}

/** The first hint whose pattern matches the line the parser stopped on, or what it said. */
function hintFor(lineAndDetail: string): string | undefined {
  for (const [pattern, hint] of HINTS) {
    const match = pattern.exec(lineAndDetail);
    if (match) return typeof hint === 'string' ? hint : hint(match);
  }
  return undefined;
}
