import { describe, expect, it } from 'vitest';
import { caseFingerprint } from '../../../src/cases/fingerprint.ts';
import { caseSchema, type CaseInput } from '../../../src/schemas/case.ts';

const option = (id: string, correct = false) => ({ id, text: `Option ${id}`, correct, feedback: 'Why.' });

/** A case with every kind of question; each test edits a fresh copy. */
const base = () =>
  ({
    id: 'test-case',
    title: 'Test case',
    summary: 'A case for tests.',
    introduction: 'A family.',
    passMark: 70,
    stages: [
      {
        id: 'one',
        title: 'One',
        narrative: 'First.',
        questions: [
          { id: 'pick', kind: 'single', prompt: 'Pick.', options: [option('yes', true), option('no')] },
          { id: 'picks', kind: 'multiple', prompt: 'Picks.', options: [option('a', true), option('b'), option('c')] },
        ],
      },
      {
        id: 'two',
        title: 'Two',
        narrative: 'Second.',
        questions: [
          {
            id: 'order',
            kind: 'ranking',
            prompt: 'Order.',
            items: [
              { id: 'x', text: 'X' },
              { id: 'y', text: 'Y' },
              { id: 'z', text: 'Z' },
            ],
            answer: ['x', 'y', 'z'],
            feedback: 'F.',
          },
          { id: 'rate', kind: 'rating', prompt: 'Rate.', expertRange: [6, 8], expertSource: 'Us.', feedback: 'F.' },
          { id: 'think', kind: 'reflection', prompt: 'Think.' },
        ],
      },
    ],
  }) satisfies CaseInput;

type Input = ReturnType<typeof base>;
const fingerprintOf = (edit: (input: Input) => void = () => {}) => {
  const input = base();
  edit(input);
  return caseFingerprint(caseSchema.parse(input));
};

/** The same data with the keys of every object in reverse order. */
const reversedKeys = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(reversedKeys)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)]))
      : value;

const original = fingerprintOf();

describe('caseFingerprint', () => {
  it('is 8 hex digits, the same every time and whatever the key order', () => {
    expect(original).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprintOf()).toBe(original);
    expect(caseFingerprint(caseSchema.parse(reversedKeys(base())))).toBe(original);
  });

  it.each<[string, (c: Input) => void]>([
    ['the title, summary and introduction', (c) => Object.assign(c, { title: 'T', summary: 'S.', introduction: 'I.' })],
    ['a stage title and narrative', (c) => Object.assign(c.stages[0]!, { title: 'Uno', narrative: 'Typo fixed.' })],
    ['a prompt', (c) => (c.stages[0]!.questions[0]!.prompt = 'Pick one.')],
    ['option text and feedback', (c) => Object.assign(c.stages[0]!.questions[0]!.options[1]!, { text: 'N', feedback: 'G' })],
    ['the order of options', (c) => c.stages[0]!.questions[1]!.options.reverse()],
    ['ranking item text', (c) => (c.stages[1]!.questions[0]!.items[0]!.text = 'Ex')],
    ['the order ranking items are shown in', (c) => c.stages[1]!.questions[0]!.items.reverse()],
    ['the expert source and feedback', (c) => Object.assign(c.stages[1]!.questions[1]!, { expertSource: 'Them.', feedback: 'G.' })],
    ['a learn-more link', (c) => Object.assign(c.stages[1]!.questions[1]!, { learnMore: { module: 'some-module' } })],
    ['scale labels', (c) => Object.assign(c.stages[1]!.questions[1]!, { scale: { minLabel: 'Low', maxLabel: 'High' } })],
    ['a model answer', (c) => Object.assign(c.stages[1]!.questions[2]!, { modelAnswer: 'Points.' })],
    ['the pass mark', (c) => (c.passMark = 80)],
  ])('stays the same after editing %s', (_, edit) => {
    expect(fingerprintOf(edit)).toBe(original);
  });

  it.each<[string, (c: Input) => void]>([
    ['a stage id', (c) => (c.stages[0]!.id = 'first')],
    ['the order of stages', (c) => c.stages.reverse()],
    ['a question id', (c) => (c.stages[0]!.questions[0]!.id = 'choose')],
    ['a question moved to another stage', (c) => c.stages[1]!.questions.push(c.stages[0]!.questions.pop()!)],
    ['a question removed', (c) => c.stages[1]!.questions.pop()],
    ['a question added', (c) => c.stages[0]!.questions.push({ ...c.stages[0]!.questions[0]!, id: 'pick-again' })],
    ['the kind', (c) => Object.assign(c.stages[0]!.questions[0]!, { kind: 'multiple' })],
    ['an option id', (c) => (c.stages[0]!.questions[1]!.options[2]!.id = 'd')],
    ['an option removed', (c) => c.stages[0]!.questions[1]!.options.pop()],
    ['an option added', (c) => c.stages[0]!.questions[1]!.options.push(option('d'))],
    ['a correct flag', (c) => (c.stages[0]!.questions[1]!.options[1]!.correct = true)],
    ['the model order of a ranking', (c) => c.stages[1]!.questions[0]!.answer.reverse()],
    [
      'a ranking item removed',
      (c) => Object.assign(c.stages[1]!.questions[0]!, { items: c.stages[1]!.questions[0]!.items.slice(0, 2), answer: ['x', 'y'] }),
    ],
    ['the expert range', (c) => Object.assign(c.stages[1]!.questions[1]!, { expertRange: [7, 8] })],
    ['the scale', (c) => Object.assign(c.stages[1]!.questions[1]!, { scale: { min: 0, max: 10 } })],
  ])('changes after editing %s', (_, edit) => {
    expect(fingerprintOf(edit)).not.toBe(original);
  });
});
