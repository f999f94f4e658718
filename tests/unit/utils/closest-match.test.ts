import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from '../../../src/utils/closest-match.ts';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['title', 'title', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['titel', 'title', 1], // adjacent swap counts as one edit
    ['expertRnage', 'expertRange', 1],
    ['Callot', 'Callout', 1], // one letter missing
    ['colour', 'color', 1],
    ['kitten', 'sitting', 3],
    ['abc', 'cba', 2],
  ])('%j → %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('closestMatch', () => {
  const fields = ['id', 'title', 'summary', 'minutes', 'cpdMinutes', 'objectives'];
  const components = ['Callout', 'Reflection', 'GlossaryTerm', 'Figure', 'Case'];

  it.each([
    ['titel', fields, 'title'],
    ['sumary', fields, 'summary'],
    ['objective', fields, 'objectives'],
    ['cpdminutes', fields, 'cpdMinutes'], // case is ignored, the candidate keeps its own spelling
    ['Callot', components, 'Callout'],
    ['callout', components, 'Callout'],
    ['Glossary', components, undefined], // four letters short of GlossaryTerm: too far to guess
    ['durée', fields, undefined],
    ['anything', [], undefined],
  ] as const)('%j among %j → %j', (word, candidates, expected) => {
    expect(closestMatch(word, candidates)).toBe(expected);
  });

  it.each([
    // limit = max(1, floor(length / 3))
    ['ab', ['xy'], undefined], // two edits, limit 1
    ['ab', ['ax'], 'ax'], // one edit, limit 1
    ['abcdef', ['abxyef'], 'abxyef'], // two edits, limit 2
    ['abcdef', ['axyzef'], undefined], // three edits, limit 2
  ] as const)('allows at most a third of %j to differ (%j → %j)', (word, candidates, expected) => {
    expect(closestMatch(word, candidates)).toBe(expected);
  });

  it('prefers the nearest candidate, and the first of equally near ones', () => {
    expect(closestMatch('minute', ['minutes', 'minute'])).toBe('minute');
    expect(closestMatch('cat', ['cut', 'cot'])).toBe('cut');
  });
});
