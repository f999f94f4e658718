// Generates the sample talks' recordings from their captions, reproducibly, with Debian's espeak-ng
// and ffmpeg (`apt-get install -y espeak-ng ffmpeg`): `npm run generate:talk-media [talk ids…]`.
//
// The captions file (content/talks/<id>.vtt) is the one source of a talk's words. Each cue is spoken
// on its own, the pieces are joined with short pauses, and the cue times, the chapter times and the
// duration are rewritten to match the narration. A talk recorded by a person is never passed to this
// script: its captions come from whoever captioned the recording.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { formatTimestamp, parseTimestamp } from '../src/schemas/timestamp.ts';
import { parseWebVtt, serializeWebVtt, type Cue } from '../src/talks/webvtt.ts';

const SAMPLE_TALKS = ['intuition-and-analysis', 'sense-making-with-colleagues'];
const VOICE = ['-v', 'en-gb', '-s', '155', '-p', '45'];
const SAMPLE_RATE = 22050; // espeak-ng's own rate: 16-bit mono PCM
const PAUSE_AFTER_CUE = 0.25;
const PAUSE_AFTER_PARAGRAPH = 0.7;
// AAC in MP4 plays in every current browser; 24 kbit/s mono is plenty for synthetic speech.
const ENCODE = ['-c:a', 'aac', '-b:a', '24k', '-ac', '1', '-movflags', '+faststart'];
const BITEXACT = ['-map_metadata', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact', '-flags', '+bitexact'];

function run(command: string, args: string[]): Buffer {
  const result = spawnSync(command, args, { maxBuffer: 1 << 28 });
  if (result.error) throw new Error(`${command} is not installed: apt-get install -y espeak-ng ffmpeg`);
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr.toString()}`);
  return result.stdout;
}

/** Raw PCM samples of one cue spoken by espeak-ng (its WAV header is 44 bytes). */
function speak(text: string): Buffer {
  const wav = run('espeak-ng', [...VOICE, '--stdout', text]);
  const dataAt = wav.indexOf('data') + 8;
  return wav.subarray(dataAt);
}

const silence = (seconds: number) => Buffer.alloc(Math.round(seconds * SAMPLE_RATE) * 2);
const secondsOf = (pcm: Buffer) => pcm.length / 2 / SAMPLE_RATE;

function generate(talkId: string, scratch: string) {
  const vttPath = join('content/talks', `${talkId}.vtt`);
  const mdxPath = join('content/talks', `${talkId}.mdx`);
  const { cues, errors } = parseWebVtt(readFileSync(vttPath, 'utf8'));
  if (errors.length > 0) throw new Error(`${vttPath}: ${errors.map((e) => `line ${e.line}: ${e.message}`).join('; ')}`);
  const frontmatter = parseDocument(/^---\n([\s\S]*?)\n---/.exec(readFileSync(mdxPath, 'utf8'))?.[1] ?? '');
  const chapters = (frontmatter.toJS() as { chapters?: { time: string | number }[] }).chapters ?? [];
  // Chapters belong to cues, not to clock times: find each one's cue before the times change.
  const chapterCues = chapters.map((chapter) => {
    const index = cues.findIndex((cue) => Math.abs(cue.start - (parseTimestamp(chapter.time) ?? -1)) < 0.5);
    if (index < 0) throw new Error(`${mdxPath}: chapter at ${chapter.time} does not start at a cue`);
    return index;
  });

  const pieces: Buffer[] = [];
  let clock = 0;
  const timed: Cue[] = cues.map((cue, index) => {
    if (cue.newParagraph && index > 0) {
      pieces.push(silence(PAUSE_AFTER_PARAGRAPH - PAUSE_AFTER_CUE));
      clock += PAUSE_AFTER_PARAGRAPH - PAUSE_AFTER_CUE;
    }
    const speech = speak(cue.text);
    const start = clock;
    clock += secondsOf(speech);
    pieces.push(speech, silence(PAUSE_AFTER_CUE));
    const end = clock;
    clock += PAUSE_AFTER_CUE;
    // Cue times to the millisecond, and chapter times to the second, must agree: start on whole seconds
    // where a chapter begins, by waiting for the next whole second.
    return { ...cue, start: round(start), end: round(end) };
  });
  alignChapterStarts(timed, chapterCues, pieces);

  const pcmPath = join(scratch, `${talkId}.pcm`);
  writeFileSync(pcmPath, Buffer.concat(pieces));
  const audioPath = join('public/talks', `${talkId}.m4a`);
  run('ffmpeg', [
    '-y',
    '-loglevel',
    'error',
    '-f',
    's16le',
    '-ar',
    String(SAMPLE_RATE),
    '-ac',
    '1',
    '-i',
    pcmPath,
    ...ENCODE,
    ...BITEXACT,
    audioPath,
  ]);
  writeFileSync(vttPath, serializeWebVtt(timed.map(({ line: _line, ...cue }) => cue)));

  const total = Buffer.concat(pieces).length / 2 / SAMPLE_RATE;
  const chapterTimes = chapterCues.map((cueIndex) => formatTimestamp(Math.round(timed[cueIndex]?.start ?? 0)));
  writeFileSync(
    mdxPath,
    retimeFrontmatter(readFileSync(mdxPath, 'utf8'), formatTimestamp(Math.ceil(total)), chapterTimes),
  );
  console.log(`${talkId}: ${timed.length} cues, ${formatTimestamp(Math.ceil(total))}, ${audioPath}`);
}

/** Rewrites only the `duration` line and the chapters' `time` lines, leaving the author's layout alone. */
function retimeFrontmatter(mdx: string, duration: string, chapterTimes: string[]): string {
  let chapter = 0;
  return mdx
    .replace(/^duration: .*$/m, `duration: "${duration}"`)
    .replace(/^(\s+- time: ).*$/gm, (line, lead: string) =>
      chapter < chapterTimes.length ? `${lead}"${chapterTimes[chapter++]}"` : line,
    );
}

const round = (seconds: number) => Math.round(seconds * 1000) / 1000;

/**
 * Moves each chapter's first cue to a whole second by lengthening the pause before it, and shifts
 * everything after it by the same amount, so `chapters[].time` (whole seconds) names the cue exactly.
 */
function alignChapterStarts(cues: Cue[], chapterCues: number[], pieces: Buffer[]) {
  let shift = 0;
  const shiftAt = new Map<number, number>();
  for (let i = 0; i < cues.length; i += 1) {
    const cue = cues[i]!;
    cue.start = round(cue.start + shift);
    cue.end = round(cue.end + shift);
    if (chapterCues.includes(i) && !Number.isInteger(cue.start)) {
      const wait = Math.ceil(cue.start) - cue.start;
      shiftAt.set(i, wait);
      shift += wait;
      cue.start = round(cue.start + wait);
      cue.end = round(cue.end + wait);
    }
  }
  // Each cue added a speech piece and a pause piece (plus a paragraph pause before some): insert the
  // extra silence just before the chapter's speech piece.
  let pieceIndex = 0;
  const withWaits: Buffer[] = [];
  cues.forEach((cue, i) => {
    const before = cue.newParagraph && i > 0 ? 1 : 0;
    for (let k = 0; k < before; k += 1) withWaits.push(pieces[pieceIndex++]!);
    const wait = shiftAt.get(i);
    if (wait) withWaits.push(silence(wait));
    withWaits.push(pieces[pieceIndex++]!, pieces[pieceIndex++]!);
  });
  pieces.splice(0, pieces.length, ...withWaits);
}

const scratch = mkdtempSync(join(tmpdir(), 'triangulate-talk-media-'));
try {
  for (const talkId of process.argv.length > 2 ? process.argv.slice(2) : SAMPLE_TALKS) generate(talkId, scratch);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
