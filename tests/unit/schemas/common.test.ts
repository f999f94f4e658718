import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  entryId,
  idReference,
  isoDate,
  listOf,
  minutes,
  nonEmptyListOf,
  tags,
  text,
} from '../../../src/schemas/common.ts';

const messagesOf = (result: { error?: z.ZodError }) => result.error?.issues.map((issue) => issue.message) ?? [];

describe('entryId', () => {
  it.each(['why-it-matters', 'abc', 'kim-ava-leo', 'working-together-2023', '2023-review', 'a'.repeat(64)])(
    'accepts %j',
    (id) => {
      expect(entryId.parse(id)).toBe(id);
    },
  );

  it.each([
    ['Why It Matters', ['lower case, with words joined by hyphens']],
    ['why it matters', ['lower case, with words joined by hyphens']],
    ['Why-It-Matters', ['lower case, with words joined by hyphens']],
    ['why_it_matters', ['lower case, with words joined by hyphens']],
    ['why--it', ['lower case, with words joined by hyphens']],
    ['-why', ['lower case, with words joined by hyphens']],
    ['why-', ['lower case, with words joined by hyphens']],
    ['ab', ['at least 3 characters']],
    ['A', ['lower case, with words joined by hyphens', 'at least 3 characters']],
    ['a'.repeat(65), ['under 64 characters']],
    ['constructor', ["`constructor` is a word the site's code keeps for itself"]],
    ['prototype', ["`prototype` is a word the site's code keeps for itself"]],
  ])('rejects %j, saying what to write', (id, expected) => {
    expect(messagesOf(entryId.safeParse(id))).toEqual(expected.map((part) => expect.stringContaining(part)));
  });
});

describe('idReference', () => {
  const resource = idReference('a resource in content/resources');

  it('accepts an id of any length', () => {
    expect(resource.parse('ab')).toBe('ab');
  });

  it.each(['Munro Review', 'munro_review'])('rejects %j, naming what the id should point at', (id) => {
    expect(messagesOf(resource.safeParse(id))).toEqual([
      'Write the id of a resource in content/resources, in lower case with hyphens.',
    ]);
  });
});

describe('text', () => {
  it.each([
    ['Why assessment matters', 'Why assessment matters'],
    ['  padded  ', 'padded'],
  ])('keeps %j as %j', (value, expected) => {
    expect(text.parse(value)).toBe(expected);
  });

  it.each(['', '   ', '\n'])('rejects blank %j', (value) => {
    expect(messagesOf(text.safeParse(value))).toEqual(['Write some text here: it must not be blank.']);
  });
});

describe('minutes', () => {
  it.each([1, 30, 600])('accepts %j', (value) => {
    expect(minutes.parse(value)).toBe(value);
  });

  it.each([
    ['thirty', 'Write a whole number of minutes, for example `30`.'],
    ['30', 'Write a whole number of minutes, for example `30`.'],
    [12.5, 'Write whole minutes, without a decimal point, for example `30`.'],
    [0, 'Write at least 1 minute.'],
    [601, 'Write at most 600 minutes (10 hours); split longer learning into several entries.'],
  ])('rejects %j', (value, message) => {
    expect(messagesOf(minutes.safeParse(value))).toEqual([message]);
  });
});

describe('lists that accept a single string', () => {
  const audience = listOf(text);
  const objectives = nonEmptyListOf(text, 'Name the three domains');

  it.each([
    ['Social workers', ['Social workers']],
    [
      ['Social workers', 'Nurses'],
      ['Social workers', 'Nurses'],
    ],
    [[], []],
  ])('listOf reads %j as %j', (value, expected) => {
    expect(audience.parse(value)).toEqual(expected);
  });

  it.each([
    ['Name the three domains', ['Name the three domains']],
    [
      ['One', 'Two'],
      ['One', 'Two'],
    ],
  ])('nonEmptyListOf reads %j as %j', (value, expected) => {
    expect(objectives.parse(value)).toEqual(expected);
  });

  it('nonEmptyListOf rejects an empty list with an example of an item', () => {
    expect(messagesOf(objectives.safeParse([]))).toEqual([
      'Add at least one item, for example `- Name the three domains`.',
    ]);
  });

  it('listOf still checks each item', () => {
    expect(audience.safeParse(['Social workers', ' ']).error?.issues).toEqual([
      expect.objectContaining({ path: [1], message: 'Write some text here: it must not be blank.' }),
    ]);
  });
});

describe('tags', () => {
  it.each([
    [undefined, []],
    ['Risk Assessment', ['risk assessment']],
    [
      ['  Neglect ', 'Domestic abuse'],
      ['neglect', 'domestic abuse'],
    ],
  ])('reads %j as %j', (value, expected) => {
    expect(tags.parse(value)).toEqual(expected);
  });

  it('rejects a one-letter tag', () => {
    expect(messagesOf(tags.safeParse(['x']))).toEqual([
      'Write each tag as a short phrase, for example `risk assessment`.',
    ]);
  });
});

describe('isoDate', () => {
  it.each([
    ['2026-11-25', '2026-11-25'],
    [new Date('2026-11-25'), '2026-11-25'], // Astro's YAML reader gives a Date
    [new Date(Date.UTC(2024, 1, 29)), '2024-02-29'],
  ])('reads %j as %j', (value, expected) => {
    expect(isoDate.parse(value)).toBe(expected);
  });

  it.each(['25/11/2026', '2026-11-5', '25 November 2026', '20261125'])('rejects %j, asking for YYYY-MM-DD', (value) => {
    expect(messagesOf(isoDate.safeParse(value))).toEqual(['Write the date as YYYY-MM-DD, for example `2026-11-25`.']);
  });

  // The schema promises a calendar date; these have the right shape but are not dates.
  it.each(['2026-02-30', '2026-13-01', '2026-11-00'])('rejects %j, which is not a real date', (value) => {
    expect(isoDate.safeParse(value).success).toBe(false);
  });
});
