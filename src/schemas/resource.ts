import { z } from 'astro/zod';
import { entryId, listOf, nonEmptyListOf, tags, text } from './common.ts';

/** Kinds of resource in the library. */
export const RESOURCE_TYPES = ['report', 'guidance', 'legislation', 'framework', 'tool', 'research'] as const;

/** A resource in the library: one `.yaml` file under `content/resources/`. */
export const resourceSchema = z
  .strictObject({
    id: entryId,
    title: text.describe('Title of the work, as published.'),
    type: z
      .enum(RESOURCE_TYPES, { error: `Write one of: ${RESOURCE_TYPES.join(', ')}.` })
      .describe(`Kind of resource: ${RESOURCE_TYPES.join(', ')}.`),
    authors: nonEmptyListOf(text, 'Child Safeguarding Practice Review Panel').describe(
      'Authors, or the organisation that published it.',
    ),
    year: z
      .number({ error: 'Write the year of publication as a number, for example `2021`.' })
      .int({ error: 'Write the year as a whole number, for example `2021`.' })
      .min(1900, { error: 'Write a four-digit year, for example `2021`.' })
      .refine((year) => year <= new Date().getFullYear(), {
        error:
          'A work cannot be published in a year still to come: write the year it was published, this year at the latest.',
      })
      .describe('Year of publication, no later than this year.'),
    citation: text.describe('The full reference as it appears in a reference list.'),
    url: z
      .url({ protocol: /^https$/, error: 'Write a full address starting with https://, or leave `url` out.' })
      .optional()
      .describe('Where the work can be read (https only). Leave out when it is not online.'),
    summary: text.describe('Two sentences in our own words: what it is and why it matters to practice.'),
    topics: nonEmptyListOf(text, 'risk assessment').describe('Topics for the library filters.'),
    audience: listOf(text).default([]).describe('Roles it is most useful for; empty means everyone.'),
    tags,
  })
  .describe('A resource in the library: report, guidance, legislation, framework, tool or research.');

export type ResourceInput = z.input<typeof resourceSchema>;
export type Resource = z.output<typeof resourceSchema>;
