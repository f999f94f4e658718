import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../src/validation/parse-source.ts';

const mdx = (text: string) => parseSource({ path: 'm.mdx', format: 'mdx', text });
const yaml = (text: string) => parseSource({ path: 'g.yaml', format: 'yaml', text });

describe('parseSource', () => {
  it('reads YAML data', () => {
    expect(yaml('id: abc\nrelated: [a, b]\n')).toEqual({
      parsed: { data: { id: 'abc', related: ['a', 'b'] }, body: '', bodyStartLine: 1 },
      problems: [],
    });
  });

  it.each([
    ['LF', '---\nid: abc\ntitle: T\n---\n\nBody.\n', 5],
    ['CRLF', '---\r\nid: abc\r\ntitle: T\r\n---\r\n\r\nBody.\r\n', 5],
    ['no blank line after the dashes', '---\nid: abc\n---\nBody.\n', 4],
  ])('splits MDX frontmatter from the body (%s) and knows the line the body starts on', (_, text, bodyStartLine) => {
    const { parsed, problems } = mdx(text);
    expect(problems).toEqual([]);
    expect(parsed?.data).toMatchObject({ id: 'abc' });
    expect(parsed?.body.trim()).toBe('Body.');
    expect(parsed?.bodyStartLine).toBe(bodyStartLine);
  });

  it('keeps dates as written, as the standalone checker promises', () => {
    expect(yaml('date: 2026-11-25\n').parsed?.data).toEqual({ date: '2026-11-25' });
  });

  it.each([
    ['no frontmatter', '# Title\n\nBody.\n'],
    ['frontmatter that is never closed', '---\nid: abc\n\nBody.\n'],
    ['frontmatter after a blank line', '\n---\nid: abc\n---\nBody.\n'],
  ])('asks for frontmatter in an MDX file with %s', (_, text) => {
    expect(mdx(text)).toEqual({
      problems: [
        {
          file: 'm.mdx',
          field: 'frontmatter',
          message: expect.stringContaining('between two lines of three dashes (`---`)'),
        },
      ],
    });
  });

  it.each(['', '- a\n- b\n', 'just a sentence\n'])('asks for `field: value` lines when the YAML is %j', (text) => {
    expect(yaml(text).problems).toEqual([
      { file: 'g.yaml', field: '(top level)', message: expect.stringContaining('`field: value` lines') },
    ]);
  });

  it('asks to keep one of a field written twice', () => {
    expect(yaml('id: abc\ntitle: A\ntitle: B\n').problems).toEqual([
      {
        file: 'g.yaml',
        field: expect.any(String),
        message: expect.stringContaining('The field `title` is written twice'),
      },
    ]);
  });

  it('explains a colon in unquoted text in plain words, with an example for that field', () => {
    const [problem] = yaml('id: abc\ndefinition: Rule: optimism\n').problems;
    expect(problem?.message).toBe(
      'This line has a second colon, or a line below it is indented too far. Put text that contains a colon in quotes, for example `definition: "Risk: a moving picture"`.',
    );
  });

  it.each([
    [
      'a tab used for indentation',
      'id: abc\nlist:\n\t- a\n',
      'This line is indented with a tab: indent with spaces instead (two for each level).',
    ],
    [
      'an unclosed list',
      'id: abc\nlist: [a, b\n',
      'A value that starts with `[` is read as a list, which must end with `]`. If it is text, put it in quotes: write `list: "[a, b"`.',
    ],
  ])('explains %s', (_, text, expected) => {
    const [problem] = yaml(text).problems;
    if (typeof expected === 'string') expect(problem?.message).toBe(expected);
    else expect(problem?.message).toMatch(expected);
    expect(problem?.message).not.toMatch(/at line \d/);
  });

  // The line of a syntax error is the one thing a trainer needs to find it.
  it.each([
    ['YAML file', yaml('id: abc\nterm: T\ndefinition: Rule: optimism\n'), 'line 3'],
    ['YAML file with a repeated field', yaml('id: abc\ntitle: A\ntitle: B\n'), 'line 3'],
    [
      'MDX frontmatter, counting the opening dashes',
      mdx('---\nid: abc\norder: 2\ntitle: Assessment: the basics\n---\n\nBody.\n'),
      'line 4',
    ],
  ])('names the line of a syntax error in a %s', (_, result, field) => {
    expect(result.problems.map((p) => p.field)).toEqual([field]);
  });
});
