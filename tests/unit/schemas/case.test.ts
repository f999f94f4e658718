import { describe, expect, it } from 'vitest';
import { caseSchema, type CaseInput } from '../../../src/schemas/case.ts';

/** A small valid case with one question of each kind; each test changes one thing in a copy. */
const validCase = (): CaseInput => ({
  id: 'kim-ava-leo',
  title: 'Kim, Ava and Leo',
  summary: 'A mother of two meets a new partner.',
  introduction: 'Kim lives with Ava (4) and Leo (18 months).',
  stages: [
    {
      id: 'referral',
      title: 'Referral',
      narrative: 'The nursery calls.',
      questions: [
        {
          id: 'first-step',
          kind: 'single',
          prompt: 'What do you do first?',
          options: [
            { id: 'see-children', text: 'See the children.', correct: true, feedback: 'The priority.' },
            { id: 'write-letter', text: 'Write to Kim.', feedback: 'Leaves the children unseen.' },
          ],
        },
        {
          id: 'who-to-ask',
          kind: 'multiple',
          prompt: 'Whom do you contact?',
          options: [
            { id: 'nursery', text: 'The nursery', correct: true, feedback: 'They raised it.' },
            { id: 'neighbour', text: 'A neighbour', feedback: 'Not without consent.' },
          ],
        },
      ],
    },
    {
      id: 'new-partner',
      title: 'A call from probation',
      narrative: 'The new partner has a conviction.',
      questions: [
        {
          id: 'priorities',
          kind: 'ranking',
          prompt: 'Order these.',
          items: [
            { id: 'safety-plan', text: 'Safety plan' },
            { id: 'check-records', text: 'Check records' },
            { id: 'talk-to-ava', text: 'Talk to Ava' },
          ],
          answer: ['safety-plan', 'check-records', 'talk-to-ava'],
          feedback: 'Safety first.',
        },
        {
          id: 'level-of-concern',
          kind: 'rating',
          prompt: 'How serious?',
          expertRange: [6, 8],
          expertSource: 'the practice educators who wrote this case',
          feedback: 'Much is unknown.',
        },
        { id: 'what-you-felt', kind: 'reflection', prompt: 'What did you feel?' },
      ],
    },
  ],
});

/** One change to the case: the value at a path, or `undefined` to remove that field. */
type Edit = [path: (string | number)[], value: unknown];

/** A copy of the valid case with the edits applied. The edits can write what the types forbid. */
function edited(...edits: Edit[]): unknown {
  const data = validCase();
  for (const [path, value] of edits) {
    const parent = path
      .slice(0, -1)
      .reduce<Record<string | number, unknown>>(
        (node, key) => node[key] as Record<string | number, unknown>,
        data as unknown as Record<string, unknown>,
      );
    const key = path.at(-1)!;
    if (value === undefined) delete parent[key];
    else parent[key] = value;
  }
  return data;
}

const q = (stage: number, question: number, ...rest: (string | number)[]) => [
  'stages',
  stage,
  'questions',
  question,
  ...rest,
];

const issuesOf = (data: unknown) =>
  caseSchema.safeParse(data).error?.issues.map((issue) => ({ path: issue.path, message: issue.message })) ?? [];

it('accepts the valid case and fills in the defaults', () => {
  const parsed = caseSchema.parse(validCase());
  expect(parsed.passMark).toBe(70);
  const [first] = parsed.stages[0]!.questions;
  expect(first?.kind === 'single' && first.options.map((o) => o.correct)).toEqual([true, false]);
  const rating = parsed.stages[1]!.questions[1];
  expect(rating?.kind === 'rating' && rating.scale).toEqual({
    min: 1,
    max: 10,
    minLabel: 'No concern',
    maxLabel: 'Very serious concern',
  });
});

describe('good forms of each rule', () => {
  it.each<[string, ...Edit[]]>([
    ['multiple choice with every option correct', [q(0, 1, 'options', 1, 'correct'), true]],
    ['a ranking answer in another order', [q(1, 0, 'answer'), ['talk-to-ava', 'safety-plan', 'check-records']]],
    ['an expert range at both ends of the scale', [q(1, 1, 'expertRange'), [1, 10]]],
    ['an expert range of a single point', [q(1, 1, 'expertRange'), [7, 7]]],
    ['a scale of its own', [q(1, 1, 'scale'), { min: 0, max: 4 }], [q(1, 1, 'expertRange'), [3, 4]]],
    ['a pass mark of 0', [['passMark'], 0]],
    ['a pass mark of 100', [['passMark'], 100]],
    ['the same option id in two questions', [q(0, 1, 'options', 0, 'id'), 'see-children']],
    [
      'learnMore with a module and a section',
      [q(0, 0, 'learnMore'), { module: 'why-assessment-matters', section: 'first-steps' }],
    ],
    ['a reflection with a model answer', [q(1, 2, 'modelAnswer'), 'Worry.']],
  ])('accepts %s', (_, ...edits) => {
    expect(issuesOf(edited(...edits))).toEqual([]);
  });
});

describe('bad forms of each rule', () => {
  it.each<[string, Edit[], (string | number)[], string]>([
    [
      'a single-choice question with two correct options',
      [[q(0, 0, 'options', 1, 'correct'), true]],
      q(0, 0, 'options'),
      'needs exactly one option with `correct: true`; this one has 2',
    ],
    [
      'a single-choice question with no correct option',
      [[q(0, 0, 'options', 0, 'correct'), undefined]],
      q(0, 0, 'options'),
      'this one has 0',
    ],
    [
      'a multiple-choice question with no correct option',
      [[q(0, 1, 'options', 0, 'correct'), undefined]],
      q(0, 1, 'options'),
      'Mark at least one option with `correct: true`.',
    ],
    [
      'a repeated option id',
      [[q(0, 0, 'options', 1, 'id'), 'see-children']],
      q(0, 0, 'options', 1, 'id'),
      'The id `see-children` is already used at',
    ],
    [
      'only one option',
      [
        [
          q(0, 0, 'options'),
          [{ id: 'see-children', text: 'See the children.', correct: true, feedback: 'The priority.' }],
        ],
      ],
      q(0, 0, 'options'),
      'Give at least two options.',
    ],
    [
      'an option without feedback',
      [[q(0, 0, 'options', 1, 'feedback'), undefined]],
      q(0, 0, 'options', 1, 'feedback'),
      '',
    ],
    [
      'a ranking answer that leaves out an item',
      [[q(1, 0, 'answer'), ['safety-plan', 'check-records']]],
      q(1, 0, 'answer'),
      'List every item id exactly once, in the model order: safety-plan, check-records, talk-to-ava.',
    ],
    [
      'a ranking answer that repeats an item instead of another',
      [[q(1, 0, 'answer', 1), 'safety-plan']],
      q(1, 0, 'answer'),
      'List every item id exactly once',
    ],
    [
      'a ranking answer with an id that is not an item',
      [[q(1, 0, 'answer', 2), 'talk-to-leo']],
      q(1, 0, 'answer'),
      'List every item id exactly once',
    ],
    [
      'a repeated ranking item id',
      [[q(1, 0, 'items', 2, 'id'), 'safety-plan']],
      q(1, 0, 'items', 2, 'id'),
      'The id `safety-plan` is already used at',
    ],
    [
      'an expert range above the scale',
      [[q(1, 1, 'expertRange'), [8, 12]]],
      q(1, 1, 'expertRange'),
      'Write two numbers from 1 to 10, the lower first, for example `[2, 4]`.',
    ],
    [
      'a scale wider than any rating a learner could keep',
      [
        [q(1, 1, 'scale'), { min: 1, max: 1000 }],
        [q(1, 1, 'expertRange'), [3, 4]],
      ],
      q(1, 1, 'scale', 'max'),
      'Keep the scale within -100 to 100.',
    ],
    [
      'an expert range below its own scale',
      [
        [q(1, 1, 'scale'), { min: 3, max: 7 }],
        [q(1, 1, 'expertRange'), [2, 5]],
      ],
      q(1, 1, 'expertRange'),
      'Write two numbers from 3 to 7, the lower first, for example `[4, 6]`.',
    ],
    [
      'an expert range written high first',
      [[q(1, 1, 'expertRange'), [8, 6]]],
      q(1, 1, 'expertRange'),
      'the lower first',
    ],
    [
      'an expert range of one number',
      [[q(1, 1, 'expertRange'), [6]]],
      q(1, 1, 'expertRange'),
      'Write the expert range as two numbers, for example `[6, 8]`.',
    ],
    [
      'a scale whose min is not below its max',
      [
        [q(1, 1, 'scale'), { min: 5, max: 5 }],
        [q(1, 1, 'expertRange'), [5, 5]],
      ],
      q(1, 1, 'scale'),
      "Make the scale's `min` smaller than its `max`.",
    ],
    [
      'a question id repeated in another stage',
      [[q(1, 2, 'id'), 'first-step']],
      q(1, 2, 'id'),
      'The id `first-step` is already used at',
    ],
    [
      'a repeated stage id',
      [[['stages', 1, 'id'], 'referral']],
      ['stages', 1, 'id'],
      'The id `referral` is already used at',
    ],
    [
      'a stage without questions',
      [[['stages', 1, 'questions'], []]],
      ['stages', 1, 'questions'],
      'Ask at least one question in each stage.',
    ],
    ['no stages', [[['stages'], []]], ['stages'], 'Write at least one stage.'],
    ['a pass mark of 150', [[['passMark'], 150]], ['passMark'], 'Write a pass mark from 0 to 100.'],
    ['a negative pass mark', [[['passMark'], -1]], ['passMark'], 'Write a pass mark from 0 to 100.'],
    [
      'a pass mark with a percent sign',
      [[['passMark'], '70%']],
      ['passMark'],
      'Write the pass mark as a percentage from 0 to 100, for example `70`.',
    ],
    [
      'an unknown question kind',
      [[q(1, 2, 'kind'), 'essay']],
      q(1, 2, 'kind'),
      'Write `kind:` as one of single, multiple, ranking, rating, reflection.',
    ],
    [
      'a local id with capitals',
      [[q(0, 0, 'options', 0, 'id'), 'See children']],
      q(0, 0, 'options', 0, 'id'),
      'Write a short id in lower case with hyphens',
    ],
    [
      'learnMore with a badly written module id',
      [[q(0, 0, 'learnMore'), { module: 'Why Assessment Matters' }]],
      q(0, 0, 'learnMore', 'module'),
      'Write the id of the module that explains this, in lower case with hyphens.',
    ],
  ])('rejects %s', (_, edits, path, message) => {
    expect(issuesOf(edited(...edits))).toEqual([{ path, message: expect.stringContaining(message) }]);
  });
});
