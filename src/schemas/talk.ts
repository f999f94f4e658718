import { z } from 'astro/zod';
import { entryId, idReference, isoDate, listOf, minutes, nonEmptyListOf, tags, text } from './common.ts';
import { timestamp } from './timestamp.ts';

/** A speaker: `- name: …` with an optional `role`, or just the name on one line. */
const speaker = z.preprocess(
  (value) => (typeof value === 'string' ? { name: value } : value),
  z.strictObject({
    name: text.describe('Speaker name as it should be shown.'),
    role: text.optional().describe('Role or affiliation, for example `Practice educator`.'),
  }),
);

const chapter = z.strictObject({
  time: timestamp.describe('Where the chapter starts, for example `4:30`.'),
  title: text.describe('Chapter title.'),
});

/** Self-hosted audio or video, played by the browser's own player, with required captions. */
const hostedMedia = z.strictObject({
  kind: z.enum(['audio', 'video']),
  src: text
    .regex(/^\/[^\s]+\.\w+$/, {
      error: 'Write the path of the recording under public/, starting with `/`, for example `/talks/intuition.m4a`.',
    })
    .describe(
      'Path of the recording under public/, for example `/talks/intuition.m4a` for public/talks/intuition.m4a.',
    ),
  captions: text
    .regex(/^[\w-]+\.vtt$/, {
      error:
        'Write the name of the captions file beside the talk, ending `.vtt`, for example `intuition-and-analysis.vtt`.',
    })
    .describe(
      'File name of the WebVTT captions, in the same folder as the talk, for example `intuition-and-analysis.vtt`. The transcript on the page is made from it.',
    ),
});

/** A video on YouTube or Vimeo, loaded only after the learner clicks (no third-party request before). */
const youtubeMedia = z.strictObject({
  kind: z.literal('youtube'),
  videoId: z
    .string()
    .regex(/^[\w-]{11}$/, {
      error:
        'Write the 11-character id from the video address: for `youtube.com/watch?v=abc123XYZ_-` it is `abc123XYZ_-`.',
    })
    .describe('The video id from its address: `youtube.com/watch?v=<id>`.'),
});

const vimeoMedia = z.strictObject({
  kind: z.literal('vimeo'),
  videoId: z
    .string()
    .regex(/^\d+$/, { error: 'Write the number from the video address: for `vimeo.com/123456789` it is `123456789`.' })
    .describe('The number from the video address: `vimeo.com/<id>`.'),
});

/**
 * The frontmatter of a talk: an `.mdx` file under `content/talks/`. The body is the transcript,
 * readable as an article without JavaScript.
 */
export const talkSchema = z
  .strictObject({
    id: entryId,
    title: text.describe('Talk title.'),
    speakers: nonEmptyListOf(speaker, 'name: Triangulate course team').describe('Who speaks.'),
    date: isoDate.describe('Date of the talk, YYYY-MM-DD.'),
    duration: timestamp.describe('Length of the talk, for example `18:40`.'),
    summary: text.describe('Two or three sentences on what the talk covers.'),
    outcomes: nonEmptyListOf(text, 'Describe where intuition helps and where it misleads').describe(
      'What a listener can do afterwards.',
    ),
    course: idReference('the course this talk belongs to').optional().describe('Id of the course it belongs to.'),
    relatedModules: listOf(idReference('a module')).default([]).describe('Ids of modules it supports.'),
    cpdMinutes: minutes.describe('CPD minutes a learner may record for listening and reflecting.'),
    chapters: listOf(chapter)
      .default([])
      .describe('Chapters in time order. With captions, each starts where a caption starts.'),
    media: z
      .discriminatedUnion('kind', [hostedMedia, youtubeMedia, vimeoMedia], {
        error: 'Write `kind: audio`, `video`, `youtube` or `vimeo`.',
      })
      .optional()
      .describe('The recording. Leave out for a talk published as a transcript only.'),
    reflection: text
      .optional()
      .describe('A reflection prompt shown at the end of the talk; the learner can write notes under it.'),
    contentNote: text.optional().describe('Content note for distressing material.'),
    tags,
  })
  .describe(
    'A talk: metadata, chapters and media. With a recording on this site, the transcript is made from its captions and the body is an introduction; otherwise the body is the transcript.',
  );

export type TalkInput = z.input<typeof talkSchema>;
export type Talk = z.output<typeof talkSchema>;
