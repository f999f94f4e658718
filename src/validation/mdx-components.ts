import GithubSlugger from 'github-slugger';

/** A component tag found in an MDX body, such as `<Case id="kim-ava-leo" />`. */
export interface ComponentUsage {
  name: string;
  /**
   * Attributes written as text, or as plain data in braces (`{"note"}`). Any other `{expression}` is kept
   * as `undefined`: it is code, which the teaching-text check reports (mdx-teaching-text.ts).
   */
  attributes: Record<string, string | undefined>;
  line: number;
}

/** An `{expression}` attribute value, allowing one level of nested braces such as `{{ a: 1 }}`. */
const EXPRESSION = String.raw`\{(?:[^{}]|\{[^{}]*\})*\}`;
const TAG = new RegExp(
  String.raw`<([A-Z][A-Za-z0-9]*)((?:\s+[A-Za-z_:][\w:.-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|${EXPRESSION}))?)*)\s*\/?>`,
  'g',
);
const ATTRIBUTE = new RegExp(String.raw`([A-Za-z_:][\w:.-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|(${EXPRESSION})))?`, 'g');
const LITERAL = /^\s*(?:"([^"]*)"|'([^']*)'|(-?\d+(?:\.\d+)?|true|false))\s*$/;

/**
 * The value of code in braces that is plain data, such as `"note"` in `{"note"}` or `3` in `{3}`, read as if
 * it had been quoted; undefined for any other code.
 */
export function literalValue(code: string): string | undefined {
  const match = LITERAL.exec(code);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}
/** A fenced code block: three or more backticks or tildes, possibly indented (inside a list), closed by the same fence. */
const FENCE = /^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?^[ \t]*\1[ \t]*$/gm;

/** Blanks out code (fenced and inline) so that examples of components in code are not read as uses. */
function withoutCode(body: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  return body.replace(FENCE, blank).replace(/`[^`\n]+`/g, blank);
}

/**
 * Finds every capitalised component tag in an MDX body, with its attributes and line number.
 * A light scan, not a full MDX parse: it sees what authors write, `<Name attr="value">`.
 */
export function findComponentUsages(body: string, firstLine = 1): ComponentUsage[] {
  const text = withoutCode(body);
  const usages: ComponentUsage[] = [];
  for (const match of text.matchAll(TAG)) {
    const attributes: Record<string, string | undefined> = {};
    for (const attr of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      const [, key = '', doubleQuoted, singleQuoted, expression] = attr;
      const literal = expression === undefined ? undefined : literalValue(expression.slice(1, -1));
      attributes[key] = doubleQuoted ?? singleQuoted ?? literal ?? (attr[0].includes('=') ? undefined : 'true');
    }
    const line = firstLine + text.slice(0, match.index).split('\n').length - 1;
    usages.push({ name: match[1] ?? '', attributes, line });
  }
  return usages;
}

/**
 * The anchors of the `##`…`######` headings in an MDX body, made the way the build makes heading ids,
 * so links to a section (a case's `learnMore.section`) can be checked before the build.
 */
export function findHeadingAnchors(body: string): string[] {
  const slugger = new GithubSlugger();
  return [...withoutCode(body).matchAll(/^#{2,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)].map((match) =>
    slugger.slug(match[1] ?? ''),
  );
}
