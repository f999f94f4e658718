import { describe, expect, it } from 'vitest';
import { caseFingerprint } from '../../../src/cases/fingerprint.ts';
import { caseSchema } from '../../../src/schemas/case.ts';

const option = (id: string, correct = false) => ({ id, text: `Option ${id}`, correct, feedback: 'Why.' });

/** A case with every kind of question, each also named so that an edit can reach it. Fresh on every call. */
function fixture() {
  const pick = { id: 'pick', kind: 'single', prompt: 'Pick.', options: [option('yes', true), option('no')] };
  const picks = {
    id: 'picks',
    kind: 'multiple',
    prompt: 'Picks.',
    options: [option('a', true), option('b'), option('c')],
  };
  const order = {
    id: 'order',
    kind: 'ranking',
    prompt: 'Order.',
    items: ['x', 'y', 'z'].map((id) => ({ id, text: id.toUpperCase() })),
    answer: ['x', 'y', 'z'],
    feedback: 'F.',
  };
  const rate = {
    id: 'rate',
    kind: 'rating',
    prompt: 'Rate.',
    expertRange: [6, 8],
    expertSource: 'Us.',
    feedback: 'F.',
  };
  const think = { id: 'think', kind: 'reflection', prompt: 'Think.' };
  const stages: { id: string; title: string; narrative: string; questions: object[] }[] = [
    { id: 'one', title: 'One', narrative: 'First.', questions: [pick, picks] },
    { id: 'two', title: 'Two', narrative: 'Second.', questions: [order, rate, think] },
  ];
  const input = { id: 'test-case', title: 'T', summary: 'S.', introduction: 'I.', passMark: 70, stages };
  return { input, stages, pick, picks, order, rate, think };
}

type Fixture = ReturnType<typeof fixture>;
const fingerprintOf = (edit: (c: Fixture) => void = () => {}) => {
  const c = fixture();
  edit(c);
  return caseFingerprint(caseSchema.parse(c.input));
};

/** The same data with the keys of every object in reverse order. */
const reversedKeys = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(reversedKeys)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .reverse()
            .map(([k, v]) => [k, reversedKeys(v)]),
        )
      : value;

const original = fingerprintOf();

describe('caseFingerprint', () => {
  it('is 8 hex digits, the same every time and whatever the key order', () => {
    expect(original).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprintOf()).toBe(original);
    expect(caseFingerprint(caseSchema.parse(reversedKeys(fixture().input)))).toBe(original);
  });

  it.each<[string, (c: Fixture) => void]>([
    ['the title, summary and introduction', ({ input }) => Object.assign(input, { title: 'U', summary: 'V.' })],
    ['a stage title and narrative', ({ stages }) => Object.assign(stages[0]!, { title: 'Uno', narrative: 'Typo.' })],
    ['a prompt', ({ pick }) => (pick.prompt = 'Pick one.')],
    ['option text and feedback', ({ pick }) => Object.assign(pick.options[1]!, { text: 'N', feedback: 'G' })],
    ['the order of options', ({ picks }) => picks.options.reverse()],
    ['ranking item text', ({ order }) => (order.items[0]!.text = 'Ex')],
    ['the order ranking items are shown in', ({ order }) => order.items.reverse()],
    ['the expert source and feedback', ({ rate }) => Object.assign(rate, { expertSource: 'Them.', feedback: 'G.' })],
    ['a learn-more link', ({ rate }) => Object.assign(rate, { learnMore: { module: 'some-module' } })],
    ['scale labels', ({ rate }) => Object.assign(rate, { scale: { minLabel: 'Low', maxLabel: 'High' } })],
    ['a model answer', ({ think }) => Object.assign(think, { modelAnswer: 'Points.' })],
    ['the pass mark', ({ input }) => (input.passMark = 80)],
  ])('stays the same after editing %s', (_, edit) => {
    expect(fingerprintOf(edit)).toBe(original);
  });

  it.each<[string, (c: Fixture) => void]>([
    ['a stage id', ({ stages }) => (stages[0]!.id = 'first')],
    ['the order of stages', ({ stages }) => stages.reverse()],
    ['a question id', ({ pick }) => (pick.id = 'choose')],
    ['a question moved to another stage', ({ stages }) => stages[1]!.questions.push(stages[0]!.questions.pop()!)],
    ['a question removed', ({ stages }) => stages[1]!.questions.pop()],
    ['a question added', ({ stages, pick }) => stages[0]!.questions.push({ ...pick, id: 'pick-again' })],
    ['the kind', ({ pick }) => (pick.kind = 'multiple')],
    ['an option id', ({ picks }) => (picks.options[2]!.id = 'd')],
    ['an option removed', ({ picks }) => picks.options.pop()],
    ['an option added', ({ picks }) => picks.options.push(option('d'))],
    ['a correct flag', ({ picks }) => (picks.options[1]!.correct = true)],
    ['the model order of a ranking', ({ order }) => order.answer.reverse()],
    [
      'a ranking item removed',
      ({ order }) => Object.assign(order, { items: order.items.slice(0, 2), answer: ['x', 'y'] }),
    ],
    ['the expert range', ({ rate }) => (rate.expertRange = [7, 8])],
    ['the scale', ({ rate }) => Object.assign(rate, { scale: { min: 0, max: 10 } })],
  ])('changes after editing %s', (_, edit) => {
    expect(fingerprintOf(edit)).not.toBe(original);
  });
});
