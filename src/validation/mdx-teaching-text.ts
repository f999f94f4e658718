import { posix } from 'node:path';
import { COMPONENT_NAMES } from '../schemas/components.ts';
import { closestMatch } from '../utils/closest-match.ts';
import { literalValue } from './mdx-components.ts';
import { parseMdxBody } from './mdx-syntax.ts';
import type { Problem } from './problem.ts';

/**
 * Rules for what MDX allows but a page of teaching must not have. Each of these compiles, so the
 * syntax check passes it; left alone, it would publish a broken page (an unknown tag, an empty
 * glossary term) or stop the build in a developer's words (code in braces, an import, a missing image).
 * Read from the parser's own tree, so code examples and text are never mistaken for tags.
 */

/** The parts of an mdast node these rules read (satteri gives the standard mdast and MDX shapes). */
interface Node {
  type: string;
  children?: Node[];
  value?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  url?: string;
  alt?: string | null;
  depth?: number;
  position?: { start: { line: number } };
}

/** Components whose text is what the reader sees: written self-closed, they show nothing. */
const NEED_TEXT = new Set(['Callout', 'Figure', 'GlossaryTerm', 'Reflection']);
/** HTML that runs code, loads another page or collects input: no place in teaching text, and the site's policy blocks it. */
const NOT_IN_TEACHING = new Set(
  'script style iframe frame object embed form input button select textarea link meta base'.split(' '),
);
/** HTML elements a trainer may reasonably write in text; anything else lower-case is a mistyped component. */
const TEXT_HTML = new Set(
  'a abbr b blockquote br caption cite code dd del details dfn div dl dt em figcaption figure h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s small span strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr'.split(
    ' ',
  ),
);
/** Formats a browser shows and the build can process. */
const IMAGE_FORMATS = /\.(?:png|jpe?g|webp|avif|gif|svg)$/i;
/** Far beyond any module (the longest today is about 14,000 characters): a page this size is a mistake. */
export const MAX_BODY_CHARACTERS = 150_000;

/** A `{…}` that holds only a comment, `{/* like this *\/}`, which MDX leaves out of the page. */
const isComment = (code: string) => /^\s*\/\*[\s\S]*\*\/\s*$/.test(code);

export interface TeachingTextOptions {
  /** The file, as messages name it (relative to the project root). */
  file: string;
  /** Line of the file on which the body starts. */
  firstLine: number;
  /** Whether the body must hold text: a module's must; a talk's transcript comes from its captions. */
  needsText: boolean;
  /** Whether a file exists, by its path from the project root. */
  exists(path: string): boolean;
}

/** Problems in an MDX body: its syntax (mdx-syntax.ts) or, when it parses, these rules. */
export function teachingTextProblems(body: string, options: TeachingTextOptions): Problem[] {
  const parsed = parseMdxBody(body, options.firstLine, options.file);
  if (!parsed.tree) return parsed.problems;
  const tree = parsed.tree as Node;
  const problems: Problem[] = [];
  const report = (node: Node, message: string, what = '') =>
    problems.push({
      file: options.file,
      field: `line ${(node.position?.start.line ?? 1) + options.firstLine - 1}${what && ` ${what}`}`,
      message,
    });
  const visit = (node: Node) => {
    checkNode(node, options, report);
    node.children?.forEach(visit);
  };
  visit(tree);
  if (body.length > MAX_BODY_CHARACTERS) {
    report(
      tree,
      `This text is ${body.length.toLocaleString('en-GB')} characters long, far beyond a page a learner can read: split it into modules of at most ${MAX_BODY_CHARACTERS.toLocaleString('en-GB')}.`,
    );
  }
  if (options.needsText && !hasText(tree)) {
    report(tree, 'There is no text below the details: write the module’s teaching after the second `---` line.');
  }
  return problems;
}

type Report = (node: Node, message: string, what?: string) => void;

function checkNode(node: Node, options: TeachingTextOptions, report: Report) {
  switch (node.type) {
    case 'mdxjsEsm':
      return report(
        node,
        'Remove this line: content cannot load code. The components (<Callout>, <Case> …) work without an `import`.',
      );
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (isComment(node.value ?? '')) return;
      return report(
        node,
        `\`{${node.value ?? ''}}\` would be run as code. To show braces in the text, write \`\\{\` and \`\\}\`; for a note to other trainers, write \`{/* like this */}\`.`,
      );
    case 'heading':
      if (node.depth === 1) report(node, headingMessage);
      return;
    case 'image':
      return checkImage(node, node.url ?? '', node.alt ?? '', options, report);
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return checkElement(node, options, report);
  }
}

const headingMessage =
  'A page’s title comes from `title:` in its details: start the headings in the text at `##`, not `#`.';

function checkElement(node: Node, options: TeachingTextOptions, report: Report) {
  const name = node.name ?? '';
  const tag = `<${name}>`;
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(node, 'Write each attribute as `name="value"`: a `{…}` on its own in a tag would be run as code.', tag);
    } else if (/^on/i.test(attribute.name ?? '')) {
      report(node, `Remove \`${attribute.name}\`: teaching text cannot run code when a reader clicks or types.`, tag);
    } else if (attribute.name === 'style') {
      report(
        node,
        'Remove `style`: the site’s design sets the look, and its security policy ignores styles here.',
        tag,
      );
    } else if (isCode(attribute.value)) {
      report(
        node,
        `Write the value of \`${attribute.name}\` in straight quotes, for example \`${attribute.name}="…"\`.`,
        tag,
      );
    }
  }
  if (!name) return;
  if (/^[A-Z]/.test(name)) {
    if (NEED_TEXT.has(name) && !(node.children ?? []).some(hasText)) {
      report(
        node,
        `Write the text between \`<${name} …>\` and \`</${name}>\`: on its own, \`<${name} … />\` shows nothing.`,
        tag,
      );
    }
    if (name === 'Case' && node.children?.length) {
      report(
        node,
        'A case takes no text: write it on one line, ending with `/>`, for example `<Case id="kim-ava-leo" />`.',
        tag,
      );
    }
    return; // names and props of components are checked against their schemas (validate-entry.ts)
  }
  const component = COMPONENT_NAMES.find((known) => known.toLowerCase() === name.toLowerCase());
  if (component) return report(node, `Components start with a capital letter: write <${component}>.`, tag);
  if (name === 'h1') return report(node, headingMessage, tag);
  if (NOT_IN_TEACHING.has(name)) {
    return report(node, `Remove ${tag}: teaching text cannot hold scripts, styles, frames or forms.`, tag);
  }
  if (name === 'img') {
    const attribute = (key: string) => node.attributes?.find((a) => a.name === key)?.value;
    const [src, alt] = [attribute('src'), attribute('alt')];
    return checkImage(node, typeof src === 'string' ? src : '', typeof alt === 'string' ? alt : '', options, report);
  }
  if (!TEXT_HTML.has(name)) {
    const guess = closestMatch(name, COMPONENT_NAMES);
    report(
      node,
      guess
        ? `There is no component called ${name}: did you mean <${guess}>?`
        : `${tag} is not a component or an element of text. The components are: ${COMPONENT_NAMES.map((n) => `<${n}>`).join(', ')}.`,
      tag,
    );
  }
}

/** An attribute value in braces that is not plain data (`{kind}`, `{1 + 1}`). */
function isCode(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || !('value' in value)) return false;
  const code = value.value;
  return typeof code === 'string' && literalValue(code) === undefined;
}

function checkImage(node: Node, url: string, alt: string, options: TeachingTextOptions, report: Report) {
  const what = 'image';
  if (!alt.trim()) {
    report(
      node,
      'Describe what the image shows between the brackets, for example `![The three domains](./domains.png)`.',
      what,
    );
  }
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) {
    return report(
      node,
      `Save the image in the content folder beside this file and write \`./${posix.basename(url.split(/[?#]/)[0] ?? 'image.png') || 'image.png'}\`: images from another site are not loaded, to keep learners’ visits private.`,
      what,
    );
  }
  if (url.startsWith('/')) {
    return report(
      node,
      `Save the image beside this file and write its name starting with \`./\`, for example \`./${posix.basename(url)}\`.`,
      what,
    );
  }
  if (!IMAGE_FORMATS.test(url)) {
    return report(node, `Save the image as PNG, JPEG, WebP, AVIF, GIF or SVG: \`${url}\` is not one of those.`, what);
  }
  const path = posix.join(posix.dirname(options.file.replaceAll('\\', '/')), decodeURI(url));
  if (!options.exists(path)) {
    report(node, `There is no file \`${path}\`: save the image there, or correct its name (capitals count).`, what);
  }
}

/** Whether a node holds any words or pictures a reader would see (comments and blank lines do not count). */
function hasText(node: Node): boolean {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return Boolean(node.value?.trim());
  if (node.type === 'image') return true;
  // A component shows something of its own (a case, a figure's frame), whatever its text.
  if (node.type.startsWith('mdxJsx') && /^[A-Z]/.test(node.name ?? '')) return true;
  return (node.children ?? []).some(hasText);
}
