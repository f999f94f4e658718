import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { yamlBlock, yamlString } from '../../../src/scaffold/yaml-text.ts';

describe('yamlString', () => {
  it.each([
    ['Hearing from the child', 'Hearing from the child'],
    ["What a child's day can tell you", "What a child's day can tell you"],
    ['Café culture', 'Café culture'],
    ["Lundy's model: Space, Voice", `"Lundy's model: Space, Voice"`],
    ['Risk # and harm', '"Risk # and harm"'],
    ['[[Write the summary here]]', '"[[Write the summary here]]"'],
    ['Yes', '"Yes"'],
    ['2026-12-02', '"2026-12-02"'],
    ['1989', '"1989"'],
    ['The "invisible" men', '"The \\"invisible\\" men"'],
    ['- a list?', '"- a list?"'],
  ])('%j → %s', (value, written) => {
    expect(yamlString(value)).toBe(written);
  });

  // YAML 1.1 also reads `yes` as true and dates as dates, as some YAML readers still do.
  it.each([
    'Yes',
    'no',
    'On',
    '2026-12-02',
    '12:30',
    'null',
    '~',
    "Lundy's model: Space",
    'a: b # c',
    '{ x }',
    '*alias',
    '!tag',
  ])('reads back as the same text in YAML 1.2 and 1.1: %j', (value) => {
    const line = `title: ${yamlString(value)}`;
    expect(parse(line)).toEqual({ title: value });
    expect(parse(line, { version: '1.1' })).toEqual({ title: value });
  });
});

it('yamlBlock writes a folded block that reads back as its one line', () => {
  expect(parse(`summary: ${yamlBlock('[[Write it: here]]', '  ')}\n`)).toEqual({ summary: '[[Write it: here]]' });
});
