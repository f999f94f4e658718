import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseWebVtt, type Cue } from './webvtt.ts';

/** Where a talk's captions file is: beside the talk file, named in `media.captions`. */
export const captionsPath = (talkFile: string, captions: string) => join(dirname(talkFile), captions);

/** The captions of a talk, read at build time. The content check has already reported any mistake in them. */
export function readCaptions(talkFile: string, captions: string): { source: string; cues: Cue[] } {
  const source = readFileSync(captionsPath(talkFile, captions), 'utf8');
  return { source, cues: parseWebVtt(source).cues };
}
