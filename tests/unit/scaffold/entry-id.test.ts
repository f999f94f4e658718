import { describe, expect, it } from 'vitest';
import { entryId } from '../../../src/schemas/common.ts';
import { idFromTitle, newIdProblem } from '../../../src/scaffold/entry-id.ts';

describe('idFromTitle', () => {
  it.each([
    ['Hearing from the child', 'hearing-from-the-child'],
    ["What a child's day can tell you", 'what-a-childs-day-can-tell-you'],
    ['What a child’s day can tell you', 'what-a-childs-day-can-tell-you'], // curly apostrophe
    ["Lundy's model: Space, Voice, Audience, Influence", 'lundys-model-space-voice-audience-influence'],
    ['  Risk   &  resilience  ', 'risk-and-resilience'],
    ['Café culture', 'cafe-culture'],
    ['Section 47 — enquiries (2023)', 'section-47-enquiries-2023'],
    ['UPPER CASE', 'upper-case'],
    ['a-b--c', 'a-b-c'],
    ['???', ''],
  ])('%j → %j', (title, id) => {
    expect(idFromTitle(title)).toBe(id);
  });

  it('cuts a long title at a whole word, within the 64 characters the schema allows', () => {
    const id = idFromTitle('Working together to safeguard children: a guide to inter-agency working in England');
    expect(id).toBe('working-together-to-safeguard-children-a-guide-to-inter-agency');
    expect(id.length).toBeLessThanOrEqual(64);
  });

  it('cuts a single word longer than 64 characters', () => {
    expect(idFromTitle('x'.repeat(70))).toBe('x'.repeat(64));
  });

  it.each([
    'Hearing from the child',
    'Café & croissants',
    'x'.repeat(70),
    'A b c d e f g h i j k l m n o p q r s t u v w x y z '.repeat(3),
  ])('gives an id the schema accepts for %j', (title) => {
    expect(entryId.safeParse(idFromTitle(title)).success).toBe(true);
  });
});

describe('newIdProblem', () => {
  const taken = [{ id: 'anchoring', path: 'content/glossary/anchoring.yaml' }];

  it.each([
    ['Availability heuristic', 'availability-heuristic', undefined],
    [
      'Anchoring',
      'anchoring',
      'There is already a term with the id `anchoring`, in content/glossary/anchoring.yaml: write a different title.',
    ],
    ['AI', 'ai', 'The title "AI" gives the id `ai`, too short to use: write a longer title.'],
    [
      'Prototype',
      'prototype',
      'The title "Prototype" gives the id `prototype`, a word the site keeps: write another title.',
    ],
    ['???', '', 'The title "???" has no letters or digits to make an id from: write the title in words.'],
  ])('%j (id %j) → %j', (title, id, problem) => {
    expect(newIdProblem(title, id, 'term', taken)).toBe(problem);
  });

  it('refuses exactly the ids the schema refuses, besides clashes', () => {
    for (const id of ['ai', 'prototype', 'constructor', 'abc', 'why-it-matters']) {
      expect(newIdProblem(id, id, 'term', []) === undefined).toBe(entryId.safeParse(id).success);
    }
  });
});
