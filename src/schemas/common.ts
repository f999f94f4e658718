import { z } from 'astro/zod';
import { CONTENT_MINUTES_MAX, isReservedId } from '../progress/content-limits.ts';

/** Pattern for stable ids: lower-case words joined by single hyphens. */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A stable id. It never derives from the file name, so renaming a file never costs a learner their
 * progress, which is keyed by these ids.
 */
export const entryId = z
  .string()
  .regex(ID_PATTERN, {
    error: 'Write the id in lower case, with words joined by hyphens, for example `new-partners-and-risk`.',
  })
  .min(3, { error: 'Use an id of at least 3 characters, for example `why-it-matters`.' })
  .max(64, { error: 'Keep the id under 64 characters: a few words are enough.' })
  .refine((id) => !isReservedId(id), {
    error: (issue) =>
      `\`${String(issue.input)}\` is a word the site's code keeps for itself: choose another id, such as the title in lower case with hyphens.`,
  })
  .describe('Stable id: lower case with hyphens. Never change it once published: progress is keyed by it.');

/** Id of another entry, written where one entry points at another. */
export const idReference = (what: string) =>
  z
    .string()
    .regex(ID_PATTERN, { error: `Write the id of ${what}, in lower case with hyphens.` })
    .describe(`Id of ${what}.`);

/** A line of plain text that must not be blank. */
export const text = z.string().trim().min(1, { error: 'Write some text here: it must not be blank.' });

/** Whole minutes, 1 to 600. */
export const minutes = z
  .number({ error: 'Write a whole number of minutes, for example `30`.' })
  .int({ error: 'Write whole minutes, without a decimal point, for example `30`.' })
  .min(1, { error: 'Write at least 1 minute.' })
  .max(CONTENT_MINUTES_MAX, {
    error: `Write at most ${CONTENT_MINUTES_MAX} minutes (10 hours); split longer learning into several entries.`,
  });

/**
 * A list that also accepts a single value: `audience: Social workers` is read as
 * `audience: [Social workers]`, because trainers often write one item without a dash.
 */
export const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (typeof value === 'string' ? [value] : value), z.array(item));

/** A list that must have at least one item. */
export const nonEmptyListOf = <T extends z.ZodType>(item: T, example: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? [value] : value),
    z.array(item).min(1, { error: `Add at least one item, for example \`- ${example}\`.` }),
  );

/** A calendar date written as YYYY-MM-DD, kept as that string so pages show it without time zones. */
export const isoDate = z.preprocess(
  // Astro's YAML reader turns dates into Date objects; the standalone checker keeps strings.
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'Write the date as YYYY-MM-DD, for example `2026-11-25`.' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Write the date as YYYY-MM-DD, for example `2026-11-25`.', abort: true })
    .refine(isRealDate, { error: 'This date does not exist: check the month (01–12) and the day.' }),
);

/** True when a YYYY-MM-DD string names a day on the calendar (not 2026-02-30). */
function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Topic and search tags: short lower-case phrases. */
export const tags = listOf(
  z.string().trim().toLowerCase().min(2, { error: 'Write each tag as a short phrase, for example `risk assessment`.' }),
)
  .default([])
  .describe('Short lower-case phrases used by search and filters, for example `risk assessment`.');
