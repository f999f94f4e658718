import { z } from 'astro/zod';
import { entryId, idReference, listOf, text } from './common.ts';

/** A glossary term: one `.yaml` file under `content/glossary/`. */
export const glossarySchema = z
  .strictObject({
    id: entryId,
    term: text.describe('The term as it should appear in the glossary.'),
    definition: text.describe('A plain-English definition in one to three sentences.'),
    aliases: listOf(text).default([]).describe('Other names for the same idea, found by search.'),
    related: listOf(idReference('another glossary term')).default([]).describe('Ids of related terms.'),
    source: idReference('a resource in content/resources')
      .optional()
      .describe('Id of the resource the definition rests on.'),
  })
  .describe('A glossary term with its definition.');

export type GlossaryInput = z.input<typeof glossarySchema>;
export type GlossaryTerm = z.output<typeof glossarySchema>;
