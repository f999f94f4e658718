import { describe, expect, it } from 'vitest';
import { formatTimestamp, parseTimestamp, timestamp } from '../../../src/schemas/timestamp.ts';

describe('parseTimestamp', () => {
  it.each([
    [75, 75],
    [0, 0],
    ['1:15', 75],
    ['0:00', 0],
    ['00:05', 5],
    ['59:59', 3599],
    ['1:01:15', 3675],
    ['1:5:00', 3900], // a one-digit minute is read as written
    ['10:00:00', 36000],
    [' 4:30 ', 270],
  ] as const)('reads %j as %i seconds', (value, seconds) => {
    expect(parseTimestamp(value)).toBe(seconds);
  });

  it.each([
    -1,
    1.5,
    Number.NaN,
    '',
    'soon',
    '4.30', // a decimal point instead of a colon
    '1:60', // seconds run to 59
    '1:5', // seconds always have two digits
    '61:00', // an hour or more needs the hours: 1:01:00
    '1:01:15:00',
    '-1:00',
    '1:15pm',
  ])('rejects %j', (value) => {
    expect(parseTimestamp(value)).toBeUndefined();
  });
});

describe('formatTimestamp', () => {
  it.each([
    [0, '0:00'],
    [5, '0:05'],
    [75, '1:15'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [3675, '1:01:15'],
    [36000, '10:00:00'],
  ])('formats %i seconds as %j, which reads back the same', (seconds, text) => {
    expect(formatTimestamp(seconds)).toBe(text);
    expect(parseTimestamp(text)).toBe(seconds);
  });
});

describe('timestamp schema', () => {
  it.each([
    ['18:40', 1120],
    [90, 90],
  ])('keeps %j as %i seconds', (value, seconds) => {
    expect(timestamp.parse(value)).toBe(seconds);
  });

  it.each(['4.30', 4.3, '61:00'])('rejects %j with an example of the right form', (value) => {
    const result = timestamp.safeParse(value);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      expect.stringContaining('minutes:seconds, for example `12:34`'),
    ]);
  });
});
