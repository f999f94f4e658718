import { parseDocument } from 'yaml';
import type { Problem } from './problem.ts';

/** A content file as read from disk: where it is, which collection it belongs to, and its text. */
export interface SourceFile {
  /** Path shown in messages, relative to the project root. */
  path: string;
  format: 'mdx' | 'yaml';
  text: string;
}

export interface ParsedSource {
  data: unknown;
  /** MDX body after the frontmatter, and the line it starts on (for line numbers in messages). */
  body: string;
  bodyStartLine: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Reads YAML, or MDX frontmatter, into plain data; a syntax error becomes a problem with its line. */
export function parseSource(file: SourceFile): { parsed?: ParsedSource; problems: Problem[] } {
  let yamlText = file.text;
  let body = '';
  let bodyStartLine = 1;
  if (file.format === 'mdx') {
    const match = FRONTMATTER.exec(file.text);
    if (!match) {
      return {
        problems: [
          {
            file: file.path,
            field: 'frontmatter',
            message:
              'Start the file with its details between two lines of three dashes (`---`), then the text. See the trainers’ guide for an example.',
          },
        ],
      };
    }
    yamlText = match[1] ?? '';
    body = file.text.slice(match[0].length);
    bodyStartLine = match[0].split('\n').length;
  }
  const doc = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const offset = file.format === 'mdx' ? 1 : 0; // the opening `---` line
    const lines = yamlText.split('\n');
    // A tab in the indentation confuses the reader into errors on every line after it: name the tab alone.
    const tabbed = lines.flatMap((text, index) => (/^ *\t/.test(text) ? [index + 1 + offset] : []));
    if (tabbed.length > 0) {
      const where =
        tabbed.length === 1 ? 'This line is' : `Lines ${new Intl.ListFormat('en-GB').format(tabbed.map(String))} are`;
      const message = `${where} indented with a tab: indent with spaces instead (two for each level).`;
      return { problems: [{ file: file.path, field: `line ${tabbed[0]}`, message }] };
    }
    const reported = new Set<number>();
    return {
      problems: doc.errors.flatMap((error) => {
        const line = error.linePos?.[0].line ?? 1;
        if (reported.has(line)) return []; // one message a line: the reader's first is the cause
        reported.add(line);
        return [
          {
            file: file.path,
            field: `line ${causeLine(error.message, lines, line) + offset}`,
            message: yamlHint(error.code, error.message, lines[causeLine(error.message, lines, line) - 1] ?? ''),
          },
        ];
      }),
    };
  }
  const data = doc.toJS() as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      problems: [
        {
          file: file.path,
          field: '(top level)',
          message: 'Write the details as `field: value` lines, for example `title: Why assessment matters`.',
        },
      ],
    };
  }
  return { parsed: { data, body, bodyStartLine }, problems: [] };
}

/**
 * The line that caused an error: the one reported, except for a list or mapping left open (`title: [draft`),
 * which YAML reports where it gave up looking for the `]`: then the last line before that opens one.
 */
function causeLine(message: string, lines: readonly string[], reported: number): number {
  if (!/^Flow (?:sequence|mapping)/.test(message)) return reported;
  const opening = lines.slice(0, reported).findLastIndex((text) => /:\s+[[{]|^\s*-\s+[[{]/.test(text));
  return opening === -1 ? reported : opening + 1;
}

/** What a YAML syntax error means for someone who has never heard of YAML. */
function yamlHint(code: string, message: string, line: string): string {
  const key = /^\s*(?:-\s+)?([\w-]+)\s*:/.exec(line)?.[1];
  // `[`, `{`, `*`, `&`, `!`, `%`, `@` and a backtick mean something to YAML at the start of a value.
  const marked = /^\s*(?:-\s+)?(?:[\w-]+\s*:\s+)?([[{*&!%@`].*?)\s*$/.exec(line)?.[1];
  if (marked && code !== 'DUPLICATE_KEY') {
    const quoted = `"${marked.replaceAll('"', '\\"')}"`;
    const write = `\`${key ? `${key}: ` : '- '}${quoted}\``;
    const opener = marked[0] ?? '';
    return opener === '[' || opener === '{'
      ? `A value that starts with \`${opener}\` is read as a ${opener === '[' ? 'list, which must end with `]`' : 'set of fields, which must end with `}`'}. If it is text, put it in quotes: write ${write}.`
      : `A value that starts with \`${opener}\` must be in quotes: write ${write}.`;
  }
  switch (code) {
    case 'DUPLICATE_KEY':
      return `The field \`${key ?? '?'}\` is written twice: keep one of them.`;
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const withoutColon = /^\s*(?:-\s+)?([A-Za-z][\w-]*)\s+([^:]+)$/.exec(line);
      if (withoutColon) {
        const [, name = '', value = ''] = withoutColon;
        return `Put a colon after \`${name}\`: write \`${name}: ${value.trim()}\`.`;
      }
      return `This line has a second colon, or a line below it is indented too far. Put text that contains a colon in quotes, for example \`${key ?? 'title'}: "Risk: a moving picture"\`.`;
    }
    case 'TAB_AS_INDENT':
      return 'This line is indented with a tab: indent with spaces instead.';
    default: {
      const reason = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
      return `The details cannot be read here (${reason}). Check the indentation, and put text that contains a colon in quotes.`;
    }
  }
}
