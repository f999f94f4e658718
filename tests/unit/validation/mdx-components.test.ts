import { describe, expect, it } from 'vitest';
import { findComponentUsages, findHeadingAnchors } from '../../../src/validation/mdx-components.ts';

const lines = (...text: string[]) => text.join('\n');

describe('findComponentUsages', () => {
  it.each([
    ['a self-closing tag', '<Case id="kim-ava-leo" />', [{ name: 'Case', attributes: { id: 'kim-ava-leo' }, line: 1 }]],
    [
      'a tag without a space before />',
      '<Case id="kim-ava-leo"/>',
      [{ name: 'Case', attributes: { id: 'kim-ava-leo' }, line: 1 }],
    ],
    ['a tag with no attributes', '<Figure>', [{ name: 'Figure', attributes: {}, line: 1 }]],
    [
      'several attributes, single and double quoted',
      `<Callout type='warning' title="Before you visit">`,
      [{ name: 'Callout', attributes: { type: 'warning', title: 'Before you visit' }, line: 1 }],
    ],
    ['spaces around =', '<Case id = "kim-ava-leo" />', [{ name: 'Case', attributes: { id: 'kim-ava-leo' }, line: 1 }]],
    ['an empty value', '<Reflection id="" />', [{ name: 'Reflection', attributes: { id: '' }, line: 1 }]],
    [
      'a > inside a quoted value',
      '<Callout title="a > b">',
      [{ name: 'Callout', attributes: { title: 'a > b' }, line: 1 }],
    ],
    ['an attribute without a value', '<Callout open>', [{ name: 'Callout', attributes: { open: 'true' }, line: 1 }]],
    [
      'an expression attribute, kept as undefined',
      '<Reflection id={noteId} />',
      [{ name: 'Reflection', attributes: { id: undefined }, line: 1 }],
    ],
    [
      'an expression beside a text attribute',
      '<Figure caption="The three domains" width={size} />',
      [{ name: 'Figure', attributes: { caption: 'The three domains', width: undefined }, line: 1 }],
    ],
    [
      'plain data in braces, read as if quoted',
      `<Callout type={"warnng"} title={'Remember'} open={true} width={480} />`,
      [{ name: 'Callout', attributes: { type: 'warnng', title: 'Remember', open: 'true', width: '480' }, line: 1 }],
    ],
    [
      'an expression with nested braces',
      '<Case id="kim-ava-leo" data={{ stage: 2 }} />',
      [{ name: 'Case', attributes: { id: 'kim-ava-leo', data: undefined }, line: 1 }],
    ],
    [
      'a tag written over several lines, at the line it opens',
      lines('Intro.', '', '<Callout', '  type="note"', '  title="Remember"', '>'),
      [{ name: 'Callout', attributes: { type: 'note', title: 'Remember' }, line: 3 }],
    ],
    [
      'a tag inside a sentence',
      'See the <GlossaryTerm id="rule-of-optimism">rule</GlossaryTerm>.',
      [{ name: 'GlossaryTerm', attributes: { id: 'rule-of-optimism' }, line: 1 }],
    ],
    ['an unknown capitalised tag', '<Callot type="note">', [{ name: 'Callot', attributes: { type: 'note' }, line: 1 }]],
  ])('finds %s', (_, body, expected) => {
    expect(findComponentUsages(body)).toEqual(expected);
  });

  it('gives each tag its own line, counted from the line the body starts on', () => {
    const body = lines(
      '',
      '<Callout type="note">',
      'Text.',
      '</Callout>',
      '',
      '<Case id="kim-ava-leo" />',
      '',
      '<Reflection id="a" /> <Reflection id="b" />',
    );
    expect(findComponentUsages(body, 12).map(({ name, line }) => [name, line])).toEqual([
      ['Callout', 13],
      ['Case', 17],
      ['Reflection', 19],
      ['Reflection', 19],
    ]);
  });

  it.each([
    ['lower-case HTML', '<div class="x"><img src="a.png" /></div>'],
    ['closing tags', '</Callout>'],
    ['a comparison in text', 'children aged < 5 and > 2'],
    ['inline code', 'Write `<Case id="your-case" />` on its own line.'],
    ['inline code in double backticks', 'Write `` <Case id="your-case" /> `` on its own line.'],
    ['a fenced code block', lines('```mdx', '<Case id="your-case" />', '```')],
    ['a tilde fence', lines('~~~', '<Callot type="tip">', '~~~')],
    [
      'a fence inside a list item',
      lines('1. Embed the case:', '', '   ```mdx', '   <Case id="your-case" />', '   ```'),
    ],
    ['a four-backtick fence that shows a fence', lines('````md', '```', '<Case id="your-case" />', '```', '````')],
  ])('ignores %s', (_, body) => {
    expect(findComponentUsages(body)).toEqual([]);
  });

  it('keeps line numbers right after a code block it ignores', () => {
    const body = lines('```mdx', '<Case id="your-case" />', '```', '', 'Use `<Figure>`:', '<Figure caption="Real" />');
    expect(findComponentUsages(body, 5)).toEqual([{ name: 'Figure', attributes: { caption: 'Real' }, line: 10 }]);
  });
});

describe('findHeadingAnchors', () => {
  it.each([
    ['a level-two heading', '## First steps', ['first-steps']],
    ['every level from two to six', lines('## A', '### B', '###### C'), ['a', 'b', 'c']],
    ['punctuation and capitals', "## What's changed? A New Partner", ['whats-changed-a-new-partner']],
    ['closing hashes', '## First steps ##', ['first-steps']],
    ['a repeated heading, numbered as the build numbers it', lines('## Notes', '## Notes'), ['notes', 'notes-1']],
    ['not the page title', lines('# Title', '## Body'), ['body']],
    ['not a heading in code', lines('```md', '## Example', '```', '## Real'), ['real']],
    ['not a hash without a space', '##hashtag', []],
  ])('reads %s', (_, body, anchors) => {
    expect(findHeadingAnchors(body)).toEqual(anchors);
  });
});
