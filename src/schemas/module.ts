import { z } from 'astro/zod';
import { entryId, idReference, listOf, minutes, nonEmptyListOf, tags, text } from './common.ts';

/**
 * The frontmatter of a course module: an `.mdx` file in its course's folder. The body is the teaching
 * text, written in Markdown with the components described in the trainers' guide.
 */
export const moduleSchema = z
  .strictObject({
    id: entryId,
    course: idReference('the course this module belongs to (the `id` in its course.yaml)'),
    order: z
      .number({ error: 'Write the position of this module in its course as a whole number: 1, 2, 3…' })
      .int({ error: 'Write a whole number: 1, 2, 3…' })
      .min(1, { error: 'Number modules from 1.' })
      .describe('Position in the course, from 1, with no gaps.'),
    title: text.describe('Module title.'),
    summary: text.describe('One or two sentences shown in the course outline and search results.'),
    minutes: minutes.describe('Estimated minutes to work through the module, including its case.'),
    cpdMinutes: minutes.optional().describe('CPD minutes a learner may record for this module. Defaults to `minutes`.'),
    objectives: nonEmptyListOf(text, 'Describe the three domains of the Assessment Framework').describe(
      'Learning objectives: what a learner can do after this module.',
    ),
    prerequisites: listOf(idReference('another module'))
      .default([])
      .describe('Ids of modules worth doing first. Shown as advice, never enforced.'),
    references: listOf(idReference('a resource in content/resources'))
      .default([])
      .describe('Ids of resources this module cites, listed at its end as references.'),
    contentNote: text
      .optional()
      .describe(
        'Content note shown before the text, for distressing material, for example `Describes the death of a child.`',
      ),
    tags,
  })
  .transform((module) => ({ ...module, cpdMinutes: module.cpdMinutes ?? module.minutes }))
  .describe('A course module: frontmatter at the top of its .mdx file.');

export type ModuleInput = z.input<typeof moduleSchema>;
export type ModuleData = z.output<typeof moduleSchema>;
