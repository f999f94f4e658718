import { z } from 'astro/zod';
import { formatPath } from '../validation/problem.ts';
import { RATING_SCALE_LIMITS } from '../progress/content-limits.ts';
import { entryId, idReference, text } from './common.ts';

/** A short id for a stage, question, option or item inside one case file. */
const localId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'Write a short id in lower case with hyphens, for example `see-children-alone`.',
  })
  .describe('Short id, unique within its list. Saved attempts refer to it: keep it when you edit the wording.');

/** Markdown text shown to the learner. */
const markdown = text.describe('Markdown text.');

/** Where a learner can read more: a module, optionally one heading in it. */
const learnMore = z
  .strictObject({
    module: idReference('the module that explains this'),
    section: z.string().optional().describe('Heading anchor in that module, for example `respectful-uncertainty`.'),
  })
  .describe('Link to the section of a module that explains this question.');

const option = z.strictObject({
  id: localId,
  text: markdown.describe('The option as the learner sees it.'),
  correct: z.boolean().default(false).describe('Mark the right answer (single choice) or answers (multiple choice).'),
  feedback: markdown.describe('Why this option is stronger or weaker. Shown after the learner answers.'),
});

const questionBase = {
  id: localId,
  prompt: markdown.describe('The question.'),
  learnMore: learnMore.optional(),
};

const singleChoice = z.strictObject({
  ...questionBase,
  kind: z.literal('single'),
  options: z.array(option).min(2, { error: 'Give at least two options.' }),
});

const multipleChoice = z.strictObject({
  ...questionBase,
  kind: z.literal('multiple'),
  options: z.array(option).min(2, { error: 'Give at least two options.' }),
});

const ranking = z.strictObject({
  ...questionBase,
  kind: z.literal('ranking'),
  items: z.array(z.strictObject({ id: localId, text: markdown })).min(2, { error: 'Give at least two items to rank.' }),
  answer: z.array(localId).describe('The item ids in the model order, first to last.'),
  feedback: markdown.describe('Why the model order is as it is.'),
});

const scaleEnd = z
  .number()
  .int({ error: 'Write a whole number.' })
  .min(RATING_SCALE_LIMITS.min, {
    error: `Keep the scale within ${RATING_SCALE_LIMITS.min} to ${RATING_SCALE_LIMITS.max}.`,
  })
  .max(RATING_SCALE_LIMITS.max, {
    error: `Keep the scale within ${RATING_SCALE_LIMITS.min} to ${RATING_SCALE_LIMITS.max}.`,
  });

const scale = z.strictObject({
  min: scaleEnd.default(1),
  max: scaleEnd.default(10),
  minLabel: text.default('No concern'),
  maxLabel: text.default('Very serious concern'),
});

const rating = z.strictObject({
  ...questionBase,
  kind: z.literal('rating'),
  scale: scale.default({ min: 1, max: 10, minLabel: 'No concern', maxLabel: 'Very serious concern' }),
  expertRange: z
    .tuple([z.number(), z.number()], { error: 'Write the expert range as two numbers, for example `[6, 8]`.' })
    .describe('Lowest and highest rating given by the experts, for example `[6, 8]`.'),
  expertSource: text.describe(
    'Who the experts are, honestly, for example `the practice educators who wrote this case`.',
  ),
  expertViews: z
    .record(
      z.string().regex(/^\d+$/, { error: 'Write each rating as a whole number on the scale, for example `7: 5`.' }),
      z
        .number()
        .int({ error: 'Write how many experts gave that rating, as a whole number.' })
        .min(1, { error: 'Write at least 1, or leave the rating out.' }),
    )
    .optional()
    .describe(
      'Optional: how many experts gave each rating, for example `{ 6: 2, 7: 5, 8: 3 }`. Shown as the spread of views. Only real counts from the named experts.',
    ),
  feedback: markdown.describe('The reasoning behind the expert range.'),
});

const reflection = z.strictObject({
  ...questionBase,
  kind: z.literal('reflection'),
  modelAnswer: markdown.optional().describe('Points a thoughtful answer might cover. Never scored.'),
});

export const QUESTION_KINDS = ['single', 'multiple', 'ranking', 'rating', 'reflection'] as const;

const question = z.discriminatedUnion('kind', [singleChoice, multipleChoice, ranking, rating, reflection], {
  error: `Write \`kind:\` as one of ${QUESTION_KINDS.join(', ')}.`,
});

const stage = z.strictObject({
  id: localId,
  title: text.describe('Stage title, for example `Referral` or `A call from probation`.'),
  narrative: markdown.describe('What the practitioner learns at this stage.'),
  questions: z.array(question).min(1, { error: 'Ask at least one question in each stage.' }),
});

/** Flags ids that appear more than once in a list, at the path of each repeat, naming the first use. */
function flagRepeatedIds(ids: string[], path: (index: number) => (string | number)[], ctx: z.RefinementCtx) {
  const first = new Map<string, number>();
  ids.forEach((id, index) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else
      ctx.addIssue({
        code: 'custom',
        path: path(index),
        message: `The id \`${id}\` is already used at ${formatPath(path(earlier).slice(0, -1))}: give each one its own id.`,
      });
  });
}

type Question = z.output<typeof question>;

/** The rules that span several fields of one question. */
function checkQuestion(q: Question, at: (string | number)[], ctx: z.RefinementCtx) {
  if (q.kind === 'single' || q.kind === 'multiple') {
    flagRepeatedIds(
      q.options.map((o) => o.id),
      (i) => [...at, 'options', i, 'id'],
      ctx,
    );
    const correct = q.options.filter((o) => o.correct).length;
    if (q.kind === 'single' && correct !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'options'],
        message: `A single-choice question needs exactly one option with \`correct: true\`; this one has ${correct}. Use \`kind: multiple\` if several are right.`,
      });
    }
    if (q.kind === 'multiple' && correct < 1) {
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'options'],
        message: 'Mark at least one option with `correct: true`.',
      });
    }
  }
  if (q.kind === 'ranking') {
    const items = q.items.map((item) => item.id);
    flagRepeatedIds(items, (i) => [...at, 'items', i, 'id'], ctx);
    const isPermutation = q.answer.length === items.length && items.every((id) => q.answer.includes(id));
    if (!isPermutation) {
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'answer'],
        message: `List every item id exactly once, in the model order: ${items.join(', ')}.`,
      });
    }
  }
  if (q.kind === 'rating') {
    const [low, high] = q.expertRange;
    const { min, max } = q.scale;
    for (const value of Object.keys(q.expertViews ?? {})) {
      if (Number(value) < min || Number(value) > max) {
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'expertViews', value],
          message: `Expert views can only be given for ratings from ${min} to ${max}.`,
        });
      }
    }
    if (min >= max)
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'scale'],
        message: `Make the scale's \`min\` smaller than its \`max\`.`,
      });
    else if (low > high || low < min || high > max) {
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'expertRange'],
        message: `Write two numbers from ${min} to ${max}, the lower first, for example \`[${min + 1}, ${Math.min(max, min + 3)}]\`.`,
      });
    }
  }
}

/** A staged, case-based quiz about a fictional family: one `.yaml` file under `content/cases/`. */
export const caseSchema = z
  .strictObject({
    id: entryId,
    title: text.describe('Case title, usually the fictional family.'),
    summary: text.describe('One sentence shown before the case starts.'),
    contentNote: text.optional().describe('Content note for distressing material.'),
    introduction: markdown.describe('Who the family are and how the case reaches the practitioner.'),
    passMark: z
      .number({ error: 'Write the pass mark as a percentage from 0 to 100, for example `70`.' })
      .min(0, { error: 'Write a pass mark from 0 to 100.' })
      .max(100, { error: 'Write a pass mark from 0 to 100.' })
      .default(70)
      .describe('Percentage of the scored marks needed to pass. Default 70.'),
    stages: z.array(stage).min(1, { error: 'Write at least one stage.' }),
  })
  .superRefine((data, ctx) => {
    flagRepeatedIds(
      data.stages.map((s) => s.id),
      (i) => ['stages', i, 'id'],
      ctx,
    );
    const questions = data.stages.flatMap((s, si) =>
      s.questions.map((q, qi) => ({ q, at: ['stages', si, 'questions', qi] })),
    );
    flagRepeatedIds(
      questions.map(({ q }) => q.id),
      (i) => [...questions[i]!.at, 'id'],
      ctx,
    );
    for (const { q, at } of questions) checkQuestion(q, at, ctx);
  })
  .describe('A case-based quiz: a fictional family case that unfolds in stages.');

export type CaseInput = z.input<typeof caseSchema>;
export type CaseStudy = z.output<typeof caseSchema>;
export type CaseQuestion = Question;
