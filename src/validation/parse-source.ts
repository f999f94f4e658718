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
            message: 'Start the file with its details between two lines of three dashes (`---`), then the text. See the trainers’ guide for an example.',
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
    return {
      problems: doc.errors.map((error) => ({
        file: file.path,
        field: `line ${(error.linePos?.[0].line ?? 0) + offset}`,
        message: `${yamlHint(error.code, error.message)} Check the indentation, and put text that contains a colon in quotes.`,
      })),
    };
  }
  const data = doc.toJS() as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [{ file: file.path, field: '(top level)', message: 'Write the details as `field: value` lines, for example `title: Why assessment matters`.' }] };
  }
  return { parsed: { data, body, bodyStartLine }, problems: [] };
}

function yamlHint(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'A field is written twice: keep one of them.';
  const firstLine = message.split('\n')[0] ?? message;
  return `The details cannot be read (${firstLine.replace(/ at line \d+, column \d+:?$/, '')}).`;
}
