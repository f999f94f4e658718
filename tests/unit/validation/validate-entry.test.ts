import { describe, expect, it } from 'vitest';
import { checkComponents } from '../../../src/validation/validate-entry.ts';

const problemsIn = (body: string, firstLine = 10) =>
  checkComponents(body, firstLine, 'm.mdx').problems.map((p) => `${p.field} · ${p.message}`);

describe('checkComponents', () => {
  it.each([
    '<Callout>Text</Callout>',
    '<Callout type="warning" title="Before you visit">Text</Callout>',
    '<Reflection id="first-impressions">Prompt</Reflection>',
    '<GlossaryTerm id="rule-of-optimism">term</GlossaryTerm>',
    '<Figure caption="The three domains" credit="DfE">Text</Figure>',
    '<Case id="kim-ava-leo" />',
  ])('accepts %s', (body) => {
    expect(problemsIn(body)).toEqual([]);
  });

  it.each([
    [
      'a misspelt component, with a suggestion',
      '<Callot type="note">',
      'line 10 <Callot> · There is no component called Callot: did you mean <Callout>?',
    ],
    [
      'a component name far from all',
      '<Video src="a.mp4" />',
      'line 10 <Video> · There is no component called Video. The components are: <Callout>, <Reflection>, <GlossaryTerm>, <Figure>, <Case>.',
    ],
    [
      'a bad Callout type',
      '<Callout type="tip">',
      'line 10 <Callout> type · Write `type="note"`, `type="warning"` or `type="key-point"`.',
    ],
    [
      'a misspelt attribute',
      '<Callout tilte="Note">',
      'line 10 <Callout> tilte · Unknown field `tilte`: did you mean `title`?',
    ],
    [
      'a Reflection id with capitals',
      '<Reflection id="First Impressions">',
      'line 10 <Reflection> id · Write the id in lower case with hyphens, for example `id="first-impressions"`.',
    ],
    [
      'a blank Figure caption',
      '<Figure caption="  ">',
      'line 10 <Figure> caption · Write a caption that says what the figure shows.',
    ],
    [
      'a Case id with spaces',
      '<Case id="kim ava leo" />',
      'line 10 <Case> id · Write the id of a case in content/cases, for example `id="kim-ava-leo"`, in lower case with hyphens.',
    ],
  ])('reports %s at its line', (_, body, expected) => {
    expect(problemsIn(body)).toEqual([expected]);
  });

  it('returns the usages it found, with their lines, for the cross-entry checks', () => {
    expect(checkComponents('Text.\n\n<Case id="kim-ava-leo" />', 7, 'm.mdx').usages).toEqual([
      { name: 'Case', attributes: { id: 'kim-ava-leo' }, line: 9 },
    ]);
  });

  // An attribute written as {expression} is present but cannot be read before the build.
  it('still reports a misspelt attribute written as an expression', () => {
    expect(problemsIn('<Callout tpye={kind}>')).toEqual([
      'line 10 <Callout> tpye · Unknown field `tpye`: did you mean `type`?',
    ]);
  });

  it('does not call an attribute written as an expression missing', () => {
    expect(problemsIn('<Reflection id={noteId} />').join('\n')).not.toContain('required and missing');
  });
});
