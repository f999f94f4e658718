import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../../src/schemas/case.ts';
import { componentProps } from '../../../src/schemas/components.ts';
import { courseSchema } from '../../../src/schemas/course.ts';
import { moduleSchema } from '../../../src/schemas/module.ts';
import { talkSchema } from '../../../src/schemas/talk.ts';
import { issuesToProblems } from '../../../src/validation/zod-issues.ts';

/** Every problem for `data`, as `field · message`, the way the report shows them. */
function problemsFor(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data, { reportInput: true });
  return issuesToProblems(result.error?.issues ?? [], 'f.yaml', schema, data).map((p) => `${p.field} · ${p.message}`);
}

const moduleData = {
  id: 'why-it-matters',
  course: 'assessment',
  order: 1,
  title: 'T',
  summary: 'S',
  minutes: 30,
  objectives: ['O'],
};
const courseData = {
  id: 'assessment',
  title: 'T',
  summary: 'S',
  audience: 'Social workers',
  level: 'introductory',
  outcomes: 'O',
  cpdMinutes: 60,
};
const talkData = {
  id: 'intuition',
  title: 'T',
  speakers: [{ name: 'N' }],
  date: '2026-11-25',
  duration: '18:40',
  summary: 'S',
  outcomes: 'O',
  cpdMinutes: 30,
};

const rating = {
  id: 'level',
  kind: 'rating',
  prompt: 'P',
  expertRange: [6, 8],
  expertSource: 'the authors',
  feedback: 'F',
};
const single = {
  id: 'first',
  kind: 'single',
  prompt: 'P',
  options: [
    { id: 'a', text: 'A', correct: true, feedback: 'F' },
    { id: 'b', text: 'B', feedback: 'F' },
  ],
};
const ranking = {
  id: 'order',
  kind: 'ranking',
  prompt: 'P',
  items: [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B' },
  ],
  answer: ['a', 'b'],
  feedback: 'F',
};
const caseWith = (question: object) => ({
  id: 'kim',
  title: 'T',
  summary: 'S',
  introduction: 'I',
  stages: [{ id: 's', title: 'T', narrative: 'N', questions: [question] }],
});

it.each<[string, z.ZodType, unknown]>([
  ['module', moduleSchema, moduleData],
  ['course', courseSchema, courseData],
  ['talk', talkSchema, talkData],
  ['case', caseSchema, caseWith(rating)],
])('the base %s used below is valid', (_, schema, data) => {
  expect(problemsFor(schema, data)).toEqual([]);
});

describe('unknown fields', () => {
  it.each<[string, z.ZodType, unknown, string]>([
    [
      'at the top of a module',
      moduleSchema,
      { ...moduleData, sumary: 'S', summary: undefined },
      'sumary · Unknown field `sumary`: did you mean `summary`?',
    ],
    [
      'at the top of a course',
      courseSchema,
      { ...courseData, outcome: 'O' },
      'outcome · Unknown field `outcome`: did you mean `outcomes`?',
    ],
    [
      'in a list of objects',
      talkSchema,
      {
        ...talkData,
        chapters: [
          { time: '1:00', title: 'A' },
          { tiem: '2:00', title: 'B' },
        ],
      },
      'chapters[1].tiem · Unknown field `tiem`: did you mean `time`?',
    ],
    [
      'in a rating question, a branch of the question union',
      caseSchema,
      caseWith({ ...rating, expertRnage: [6, 8] }),
      'stages[0].questions[0].expertRnage · Unknown field `expertRnage`: did you mean `expertRange`?',
    ],
    [
      'in a ranking question',
      caseSchema,
      caseWith({ ...ranking, anwser: ['a', 'b'] }),
      'stages[0].questions[0].anwser · Unknown field `anwser`: did you mean `answer`?',
    ],
    [
      'in an option of a single-choice question',
      caseSchema,
      caseWith({ ...single, options: [single.options[0], { id: 'b', text: 'B', feedbak: 'F' }] }),
      'stages[0].questions[0].options[1].feedbak · Unknown field `feedbak`: did you mean `feedback`?',
    ],
    [
      'in the scale of a rating question, behind its default',
      caseSchema,
      caseWith({ ...rating, scale: { mn: 0 } }),
      'stages[0].questions[0].scale.mn · Unknown field `mn`: did you mean `min`?',
    ],
    [
      'in the media of a talk, a branch of the media union',
      talkSchema,
      { ...talkData, media: { kind: 'youtube', videoID: 'abc' } },
      'media.videoID · Unknown field `videoID`: did you mean `videoId`?',
    ],
  ])('%s get a suggestion', (_, schema, data, expected) => {
    expect(problemsFor(schema, data)).toContain(expected);
  });

  it('get the list of allowed fields when no spelling is close', () => {
    expect(problemsFor(moduleSchema, { ...moduleData, length: 3 })).toEqual([
      'length · Unknown field `length`: remove it, or check its spelling. The fields allowed here are: id, course, order, title, summary, minutes, cpdMinutes, objectives, prerequisites, references, contentNote, tags.',
    ]);
  });

  it('in a component get the list of its attributes', () => {
    expect(problemsFor(componentProps.Reflection, { id: 'notes', name: 'notes' })).toEqual([
      'name · Unknown field `name`: remove it, or check its spelling. The fields allowed here are: id.',
    ]);
  });

  it('are reported one by one when there are several', () => {
    expect(problemsFor(moduleSchema, { ...moduleData, minuts: 1, tag: 'x' })).toEqual([
      'minuts · Unknown field `minuts`: did you mean `minutes`?',
      'tag · Unknown field `tag`: did you mean `tags`?',
    ]);
  });
});

describe('missing fields', () => {
  it.each<[string, z.ZodType, unknown, string]>([
    [
      'text, with the generic hint',
      moduleSchema,
      { ...moduleData, summary: undefined },
      'summary · Add `summary:` with text: it is required (one or two sentences shown in the course outline and search results).',
    ],
    [
      'minutes, with the schema’s own hint',
      moduleSchema,
      { ...moduleData, minutes: undefined },
      'minutes · Add `minutes:`: it is required. Write a whole number of minutes, for example `30`.',
    ],
    [
      'a list',
      moduleSchema,
      { ...moduleData, objectives: undefined },
      'objectives · Add `objectives:` with a list (one item per line, each starting with `- `): it is required (learning objectives: what a learner can do after this module).',
    ],
    [
      'a tuple with its own hint',
      caseSchema,
      caseWith({ ...rating, expertRange: undefined }),
      'stages[0].questions[0].expertRange · Add `expertRange:`: it is required. Write the expert range as two numbers, for example `[6, 8]`.',
    ],
    [
      'a component attribute',
      componentProps.Figure,
      {},
      'caption · Add `caption:`: it is required. Write a caption that says what the figure shows, for example `caption="The three domains"`.',
    ],
  ])('%s', (_, schema, data, expected) => {
    expect(problemsFor(schema, data)).toEqual([expected]);
  });
});

describe('values of the wrong kind', () => {
  it.each<[string, z.ZodType, unknown, string]>([
    ['a number for text', moduleSchema, { ...moduleData, title: 42 }, 'title · Write text here (module title).'],
    [
      'a blank field',
      moduleSchema,
      { ...moduleData, summary: null },
      'summary · Write text here (one or two sentences shown in the course outline and search results).',
    ],
    [
      'a group of fields for a list',
      moduleSchema,
      { ...moduleData, objectives: { first: 'O' } },
      'objectives · Write a list (one item per line, each starting with `- `) here (learning objectives: what a learner can do after this module).',
    ],
    [
      'yes for true',
      caseSchema,
      caseWith({ ...single, options: [{ ...single.options[0], correct: 'yes' }, single.options[1]] }),
      'stages[0].questions[0].options[0].correct · Write `true` or `false` here (mark the right answer (single choice) or answers (multiple choice)).',
    ],
    [
      'a level outside the list',
      courseSchema,
      { ...courseData, level: 'beginner' },
      'level · Write one of: introductory, intermediate, advanced.',
    ],
    [
      'a missing level',
      courseSchema,
      { ...courseData, level: undefined },
      'level · Write one of: introductory, intermediate, advanced.',
    ],
    [
      'a question without a kind',
      caseSchema,
      caseWith({ id: 'q', prompt: 'P' }),
      'stages[0].questions[0].kind · Write `kind:` as one of single, multiple, ranking, rating, reflection.',
    ],
    [
      'a media kind outside the list',
      talkSchema,
      { ...talkData, media: { kind: 'podcast' } },
      'media.kind · Write `kind: audio`, `video`, `youtube` or `vimeo`.',
    ],
    [
      'a word for the module order',
      moduleSchema,
      { ...moduleData, order: 'first' },
      'order · Write the position of this module in its course as a whole number: 1, 2, 3…',
    ],
  ])('%s', (_, schema, data, expected) => {
    expect(problemsFor(schema, data)).toEqual([expected]);
  });

  it('never pass on Zod’s own wording', () => {
    const broken = {
      ...moduleData,
      id: 7,
      course: ['a'],
      order: 0,
      title: '',
      summary: {},
      minutes: -1,
      objectives: [],
      prerequisites: [1],
      tags: 5,
    };
    const lines = problemsFor(moduleSchema, broken);
    expect(lines).toHaveLength(9);
    for (const line of lines) expect(line).not.toMatch(/ · (Invalid|Too (small|big)|Expected|Unrecognized)/);
  });
});
