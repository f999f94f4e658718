import { describe, expect, it } from 'vitest';
import { MAX_BODY_CHARACTERS, teachingTextProblems } from '../../../src/validation/mdx-teaching-text.ts';

const check = (
  body: string,
  { exists = () => true, needsText = true }: { exists?: (path: string) => boolean; needsText?: boolean } = {},
) => teachingTextProblems(body, { file: 'content/courses/c/01-m.mdx', firstLine: 10, needsText, exists });

describe('teaching text that is fine', () => {
  it.each([
    ['plain text with emphasis and a list', 'Some *text*.\n\n- one\n- two\n'],
    ['a comment in braces', 'Text.\n\n{/* a note for other trainers */}\n'],
    ['escaped braces', 'A set such as \\{a, b\\} is fine.\n'],
    ['components with their text', '<Callout type="note">\nRead this.\n</Callout>\n'],
    ['a case on its own line', 'Text.\n\n<Case id="kim-ava-leo" />\n'],
    ['plain data in braces', '<Callout type={"warning"}>\nCareful.\n</Callout>\n'],
    ['HTML for text', 'Press <kbd>Tab</kbd>, then <abbr title="Child in need">CIN</abbr>.<br />\n'],
    [
      'components shown in code',
      'Write `<callout>` or:\n\n```mdx\n<script>x</script>\nimport A from "a"\n# Title {name}\n```\n',
    ],
    ['an image beside the module, described', '![The three domains](./domains.png)\n'],
    ['headings from level two', '## First\n\n### Then\n\nText.\n'],
    ['double quotes inside single ones', `<Figure caption='The "three domains"'>\n![Domains](./d.png)\n</Figure>\n`],
    ['curly quotes inside straight ones', '<Figure caption="The “three domains”">\n![Domains](./d.png)\n</Figure>\n'],
  ])('%s', (_, body) => {
    expect(check(body)).toEqual([]);
  });

  it('a talk, whose transcript comes from its captions, may have no text', () => {
    expect(check('', { needsText: false })).toEqual([]);
  });
});

describe('teaching text with a mistake', () => {
  it.each(['style', 'object', 'embed', 'input', 'select', 'textarea', 'link', 'meta', 'frame'])(
    'refuses <%s>',
    (name) => {
      expect(check(`Text.\n\n<${name}></${name}>\n`).map((p) => p.message)).toEqual([
        `Remove <${name}>: teaching text cannot hold scripts, styles, frames or forms.`,
      ]);
    },
  );

  it('reports each at its line in the file', () => {
    expect(check('Text.\n\n# Title\n').map((p) => p.field)).toEqual(['line 12']);
  });

  it('reports an image that is not there, by its path from the project root', () => {
    expect(check('![Domains](./domains.png)\n', { exists: () => false })[0]?.message).toContain(
      '`content/courses/c/domains.png`',
    );
  });

  it('reports a page far beyond what a learner can read, and says how to split it', () => {
    const body = `${'A sentence of teaching text. '.repeat(MAX_BODY_CHARACTERS / 29 + 1)}\n`;
    expect(check(body).map((p) => p.message)).toEqual([expect.stringMatching(/characters long.*split it/)]);
  });

  it('reports a body that does not parse by its syntax, and nothing else', () => {
    expect(check('<Callout>\nText\n').map((p) => p.message)).toEqual([
      '<Callout> is opened but not closed: end it with `</Callout>`.',
    ]);
  });
});
