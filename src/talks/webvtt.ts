/** One caption: when it is shown, its words, and who speaks them (from a `<v Name>` voice tag). */
export interface Cue {
  start: number;
  end: number;
  text: string;
  voice?: string | undefined;
  /** True when a `NOTE` block comes before this cue: the transcript starts a new paragraph here. */
  newParagraph: boolean;
  /** The line the cue's timing is on, for messages to the author. */
  line: number;
}

/** Something in a captions file that a player would misread, with the line it is on. */
export interface CaptionsError {
  line: number;
  message: string;
}

const TIMING = /^((?:\d+:)?[0-5]\d:[0-5]\d\.\d{3})[ \t]+-->[ \t]+((?:\d+:)?[0-5]\d:[0-5]\d\.\d{3})(?:[ \t].*)?$/;

/** Reads a WebVTT timestamp, `01:02.500` or `1:01:02.500`, as seconds. */
export function parseCueTime(value: string): number | undefined {
  const match = /^(?:(\d+):)?([0-5]\d):([0-5]\d)\.(\d{3})$/.exec(value);
  if (!match) return undefined;
  const [, hours = '0', mins = '0', secs = '0', millis = '0'] = match;
  return Number(hours) * 3600 + Number(mins) * 60 + Number(secs) + Number(millis) / 1000;
}

/** Writes seconds as a WebVTT timestamp, `mm:ss.ttt` (or `hh:mm:ss.ttt` from an hour). */
export function formatCueTime(seconds: number): string {
  const millis = Math.round(seconds * 1000);
  const hours = Math.floor(millis / 3_600_000);
  const mins = Math.floor((millis % 3_600_000) / 60_000);
  const secs = Math.floor((millis % 60_000) / 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const rest = `${pad(mins)}:${pad(secs)}.${pad(millis % 1000, 3)}`;
  return hours > 0 ? `${pad(hours)}:${rest}` : rest;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f' };

/** A cue's words as plain text: markup tags dropped, entities decoded; and its speaker, if tagged. */
function readCueText(lines: string[]): { text: string; voice?: string } {
  const raw = lines.join(' ');
  const voice = /<v(?:\.[^\s>]*)?\s+([^>]+)>/.exec(raw)?.[1]?.trim();
  const text = raw
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|nbsp|lrm|rlm);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return voice ? { text, voice } : { text };
}

/**
 * Reads a WebVTT file into cues, reporting every mistake a browser would silently skip over: a missing
 * `WEBVTT` header, an unreadable timing line, a cue that ends before it starts or starts before the one
 * before it, a cue without words.
 */
export function parseWebVtt(source: string): { cues: Cue[]; errors: CaptionsError[] } {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const cues: Cue[] = [];
  const errors: CaptionsError[] = [];
  const hasHeader = /^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '');
  if (!hasHeader) errors.push({ line: 1, message: 'Start the captions file with the line `WEBVTT`.' });
  let index = hasHeader ? 1 : 0;
  let noteBefore = false;
  while (index < lines.length) {
    // A block runs to the next blank line.
    while (index < lines.length && (lines[index] ?? '').trim() === '') index += 1;
    const start = index;
    while (index < lines.length && (lines[index] ?? '').trim() !== '') index += 1;
    const block = lines.slice(start, index);
    const first = block[0];
    if (first === undefined) break;
    if (/^NOTE(?:\s|$)/.test(first)) {
      noteBefore = true;
      continue;
    }
    if (/^(STYLE|REGION)(?:\s|$)/.test(first)) continue;
    // A cue's timing is its first line, or its second after an identifier.
    const timingAt = /-+>/.test(first) || !block[1] ? 0 : 1;
    const timing = TIMING.exec(block[timingAt] ?? '');
    const line = start + timingAt + 1;
    if (!timing) {
      errors.push({
        line,
        message:
          'This cue has no readable timing: write it as `00:01.000 --> 00:04.500` (minutes:seconds.milliseconds).',
      });
      continue;
    }
    const cueStart = parseCueTime(timing[1] ?? '') ?? 0;
    const cueEnd = parseCueTime(timing[2] ?? '') ?? 0;
    const words = readCueText(block.slice(timingAt + 1));
    const previous = cues.at(-1);
    if (cueEnd <= cueStart) errors.push({ line, message: 'This cue ends before it starts: check its two times.' });
    if (previous && cueStart < previous.start) {
      errors.push({ line, message: 'This cue starts before the one above it: keep the cues in time order.' });
    }
    if (!words.text) errors.push({ line, message: 'This cue has no words: write what is said, or delete the cue.' });
    cues.push({ start: cueStart, end: cueEnd, ...words, newParagraph: noteBefore, line });
    noteBefore = false;
  }
  if (cues.length === 0 && errors.length === 0) {
    errors.push({ line: 1, message: 'The captions file has no cues: add what is said, with its times.' });
  }
  return { cues, errors };
}

/** Writes cues back as WebVTT, a `NOTE` line before each new paragraph, voices as `<v Name>` tags. */
export function serializeWebVtt(cues: readonly Omit<Cue, 'line'>[]): string {
  const blocks = cues.map((cue) => {
    const words = cue.voice ? `<v ${cue.voice}>${escapeCueText(cue.text)}` : escapeCueText(cue.text);
    const body = `${formatCueTime(cue.start)} --> ${formatCueTime(cue.end)}\n${words}`;
    return cue.newParagraph ? `NOTE paragraph\n\n${body}` : body;
  });
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}

const escapeCueText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
