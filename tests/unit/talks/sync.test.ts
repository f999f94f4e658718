import { describe, expect, it } from 'vitest';
import {
  activePassageIndex,
  hasListenedEnough,
  resumePosition,
  playedParts,
  startFromAddress,
} from '../../../src/talks/sync.ts';

const passages = [
  { start: 0, end: 2 },
  { start: 2.5, end: 5 },
  { start: 5, end: 8 },
  { start: 10, end: 12 },
];

describe('activePassageIndex', () => {
  it.each([
    [-1, -1], // before anything (a negative time never happens, but must not break)
    [0, 0],
    [1.99, 0],
    [2.2, 0], // the pause after a passage still belongs to it: no flicker
    [2.5, 1],
    [5, 2], // a passage that starts as another ends takes over
    [9, 2],
    [10, 3],
    [500, 3],
  ])('at %f s it is passage %i', (time, index) => {
    expect(activePassageIndex(passages, time)).toBe(index);
  });

  it('is -1 for a talk without passages, or before the first one starts', () => {
    expect(activePassageIndex([], 3)).toBe(-1);
    expect(activePassageIndex([{ start: 4, end: 6 }], 3)).toBe(-1);
  });
});

describe('startFromAddress', () => {
  const anchors: Record<string, number> = { 'passage-4': 10, 'a-continuum-not-a-switch': 53 };
  const startOf = (id: string) => anchors[id];

  it.each([
    ['?t=12:34', '', 754],
    ['?t=1:02:03', '', 3723],
    ['?t=75', '', 75],
    ['?t=75s', '', 75], // as YouTube writes it
    ['?t=0:00', '', 0],
    ['?t=2:03', '#passage-4', 123], // the time wins over the hash
    ['', '#passage-4', 10],
    ['', '#a-continuum-not-a-switch', 53],
    ['?t=soon', '#passage-4', 10], // an unreadable time falls back to the hash
    ['', '#no-such-thing', undefined],
    ['', '#%E0%A4%A', undefined], // a broken escape is looked up as written, not thrown
    ['?t=%3Cscript%3E', '', undefined],
    ['?t=1:60', '', undefined],
    ['', '', undefined],
    ['?other=1', '#', undefined],
  ])('%s%s starts at %s', (search, hash, expected) => {
    expect(startFromAddress(search, hash, startOf)).toBe(expected);
  });
});

describe('playedParts', () => {
  const ranges = (...pairs: [number, number][]) => ({
    length: pairs.length,
    start: (i: number) => pairs[i]![0],
    end: (i: number) => pairs[i]![1],
  });

  it.each([
    [ranges(), []],
    [ranges([0, 10]), [[0, 10]]],
    [
      ranges([0, 10], [60, 75.5]),
      [
        [0, 10],
        [60, 75.5],
      ],
    ],
  ])('reads the played ranges as parts', (played, parts) => {
    expect(playedParts(played)).toEqual(parts);
  });
});

describe('hasListenedEnough', () => {
  it.each([
    [0, 100, false],
    [89.9, 100, false],
    [90, 100, true],
    [100, 100, true],
    [10, 0, false], // an unknown duration never completes
  ])('%f s of %f s: %s', (listened, duration, expected) => {
    expect(hasListenedEnough(listened, duration)).toBe(expected);
  });
});

describe('resumePosition', () => {
  it.each([
    [undefined, 300, undefined],
    [0, 300, undefined],
    [4, 300, undefined], // too near the start to be worth saying
    [120.5, 300, 120.5],
    [296, 300, undefined], // at the end: start again
    [Number.NaN, 300, undefined],
    [120, 0, 120], // duration not known yet
  ])('saved %s of %i s resumes at %s', (saved, duration, expected) => {
    expect(resumePosition(saved, duration)).toBe(expected);
  });
});
