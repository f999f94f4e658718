import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatTimestamp } from '../schemas/timestamp.ts';
import { captionsPath } from '../talks/load-captions.ts';
import { parseWebVtt, type Cue } from '../talks/webvtt.ts';
import type { Problem } from './problem.ts';
import type { ValidEntry } from './validate-content.ts';

/** How the checks reach the files content points at (recordings, captions, images); tests can pass their own. */
export interface ProjectFiles {
  /** The text of a file by its path from the project root, or undefined when there is none. */
  read(path: string): string | undefined;
  exists(path: string): boolean;
}

export const diskFiles: ProjectFiles = {
  read: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
  exists: (path) => existsSync(path),
};

/**
 * The checks that need a talk's other files: the recording is in public/, the captions file exists and
 * reads as WebVTT, every chapter starts where a caption starts (the transcript is made from the
 * captions, so that is where its chapter headings go), and the duration covers the captions.
 */
export function talkMediaProblems(talk: ValidEntry<'talks'>, files: ProjectFiles = diskFiles): Problem[] {
  const problems: Problem[] = [...chapterOrderProblems(talk)];
  const media = talk.data.media;
  if (!media || (media.kind !== 'audio' && media.kind !== 'video')) return problems;
  if (!files.exists(join('public', media.src))) {
    problems.push({
      file: talk.file,
      field: 'media.src',
      message: `There is no file public${media.src}: put the recording there, or correct the path.`,
    });
  }
  const path = captionsPath(talk.file, media.captions);
  const source = files.read(path);
  if (source === undefined) {
    problems.push({
      file: talk.file,
      field: 'media.captions',
      message: `There is no captions file ${path}: save the WebVTT captions there, or correct the file name.`,
    });
    return problems;
  }
  const { cues, errors } = parseWebVtt(source);
  if (errors.length > 0) {
    return [...problems, ...errors.map((e) => ({ file: path, field: `line ${e.line}`, message: e.message }))];
  }
  return [...problems, ...chapterCueProblems(talk, cues), ...durationProblems(talk, cues)];
}

function chapterOrderProblems(talk: ValidEntry<'talks'>): Problem[] {
  return talk.data.chapters.flatMap((chapter, i) => {
    const previous = talk.data.chapters[i - 1];
    if (previous && chapter.time <= previous.time) {
      return [
        {
          file: talk.file,
          field: `chapters[${i}].time`,
          message: `This chapter starts at ${formatTimestamp(chapter.time)}, not after the one above it (${formatTimestamp(previous.time)}): list chapters in time order.`,
        },
      ];
    }
    if (chapter.time >= talk.data.duration) {
      return [
        {
          file: talk.file,
          field: `chapters[${i}].time`,
          message: `This chapter starts at ${formatTimestamp(chapter.time)}, after the talk ends (${formatTimestamp(talk.data.duration)}): check the time or the duration.`,
        },
      ];
    }
    return [];
  });
}

function chapterCueProblems(talk: ValidEntry<'talks'>, cues: readonly Cue[]): Problem[] {
  return talk.data.chapters.flatMap((chapter, i) => {
    // Chapter times are whole seconds; a caption starting within that second is the chapter's start.
    if (cues.some((cue) => cue.start >= chapter.time && cue.start < chapter.time + 1)) return [];
    const nearest = cues.reduce((best, cue) =>
      Math.abs(cue.start - chapter.time) < Math.abs(best.start - chapter.time) ? cue : best,
    );
    const suggestion = formatTimestamp(Math.floor(nearest.start));
    return [
      {
        file: talk.file,
        field: `chapters[${i}].time`,
        message: `No caption starts at ${formatTimestamp(chapter.time)}. A chapter starts where a caption starts: the nearest is "${nearest.text}" at ${suggestion}, so write "${suggestion}".`,
      },
    ];
  });
}

function durationProblems(talk: ValidEntry<'talks'>, cues: readonly Cue[]): Problem[] {
  const lastEnd = Math.ceil(cues.at(-1)?.end ?? 0);
  if (talk.data.duration >= lastEnd) return [];
  return [
    {
      file: talk.file,
      field: 'duration',
      message: `The captions run to ${formatTimestamp(lastEnd)}, longer than the duration (${formatTimestamp(talk.data.duration)}): write "${formatTimestamp(lastEnd)}".`,
    },
  ];
}
