import { z } from 'astro/zod';
import { entryId, minutes, nonEmptyListOf, tags, text } from './common.ts';

/** Levels a course can be pitched at. */
export const COURSE_LEVELS = ['introductory', 'intermediate', 'advanced'] as const;

/**
 * A course: a `course.yaml` file in its own folder under `content/courses/`, beside its modules.
 * Its modules are the `.mdx` files whose `course` field names this course's id, in their `order`;
 * the course's total time is the sum of its modules' minutes, so it cannot drift out of date.
 */
export const courseSchema = z
  .strictObject({
    id: entryId,
    title: text.describe('Course title, shown in the catalogue and on certificates.'),
    summary: text.describe('One or two sentences saying what the course is for.'),
    audience: nonEmptyListOf(text, 'Social workers').describe('Who the course is for. One line, or a list of roles.'),
    level: z
      .enum(COURSE_LEVELS, { error: `Write one of: ${COURSE_LEVELS.join(', ')}.` })
      .describe(`How much the course assumes: ${COURSE_LEVELS.join(', ')}.`),
    outcomes: nonEmptyListOf(text, 'Explain why assessments must be updated when a household changes').describe(
      'Learning outcomes: what a learner can do after the whole course. Shown on the course page and certificate.',
    ),
    cpdMinutes: minutes.describe(
      'Minutes of continuing professional development a learner may record for the whole course.',
    ),
    tags,
  })
  .describe('A course: title, audience, outcomes and CPD minutes. Modules point at it by its id.');

export type CourseInput = z.input<typeof courseSchema>;
export type Course = z.output<typeof courseSchema>;
