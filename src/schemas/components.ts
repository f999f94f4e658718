import { z } from 'astro/zod';
import { isReservedId } from '../progress/content-limits.ts';
import { idReference } from './common.ts';

/** Kinds of Callout, each with its own colour and label. */
export const CALLOUT_TYPES = ['note', 'warning', 'key-point'] as const;

/**
 * Props of the components authors use in MDX without an import line. The content check validates
 * every use against these before the build; the components validate again when they render.
 */
export const componentProps = {
  Callout: z.strictObject({
    type: z
      .enum(CALLOUT_TYPES, { error: `Write \`type="note"\`, \`type="warning"\` or \`type="key-point"\`.` })
      .default('note')
      .describe('note (default), warning, or key-point.'),
    title: z.string().optional().describe('Heading of the callout; each type has a sensible default.'),
  }),
  Reflection: z.strictObject({
    id: z
      .string({
        error: 'Give the prompt an id, for example `id="first-impressions"`: a learner\'s notes are saved under it.',
      })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
        error: 'Write the id in lower case with hyphens, for example `id="first-impressions"`.',
      })
      .refine((id) => !isReservedId(id), {
        error: (issue) => `\`${String(issue.input)}\` is a word the site's code keeps for itself: choose another id.`,
      })
      .describe('Stable id, unique in the module. Keep it when you reword the prompt.'),
  }),
  GlossaryTerm: z.strictObject({
    id: idReference('a glossary term in content/glossary, for example `id="rule-of-optimism"`').describe(
      'Id of the glossary term. The text between the tags is what the reader sees.',
    ),
  }),
  Figure: z.strictObject({
    caption: z
      .string({ error: 'Write a caption that says what the figure shows, for example `caption="The three domains"`.' })
      .trim()
      .min(1, { error: 'Write a caption that says what the figure shows.' }),
    credit: z.string().optional().describe('Source or credit line, when the figure is not our own.'),
  }),
  Case: z.strictObject({
    id: idReference('a case in content/cases, for example `id="kim-ava-leo"`').describe('Id of the case to embed.'),
  }),
} as const;

export type ComponentName = keyof typeof componentProps;
export const COMPONENT_NAMES = Object.keys(componentProps) as ComponentName[];
