import type { Heard } from '../progress/records.ts';
import { TALK_COMPLETION_SHARE } from '../progress/talk-updates.ts';
import { parseTimestamp } from '../utils/clock-time.ts';

interface Timed {
  start: number;
  end: number;
}

/**
 * The index of the passage being spoken at `time`: the last one that has started. Between two cues
 * the one just spoken stays highlighted, so the highlight does not flicker off in a pause.
 * -1 before the first cue.
 */
export function activePassageIndex(passages: readonly Timed[], time: number): number {
  let low = 0;
  let high = passages.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((passages[middle]?.start ?? Infinity) <= time) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/**
 * Where a talk should start from its address: `?t=12:34` (or `?t=754`), else a `#hash` naming a
 * chapter heading or passage whose start is known. Undefined when the address names no moment.
 */
export function startFromAddress(
  search: string,
  hash: string,
  startOf: (id: string) => number | undefined,
): number | undefined {
  const t = new URLSearchParams(search).get('t');
  if (t !== null) {
    const seconds = parseTimestamp(t.replace(/s$/, ''));
    if (seconds !== undefined) return seconds;
  }
  if (hash.length > 1) {
    let id = hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // A malformed escape: look the id up as written.
    }
    return startOf(id);
  }
  return undefined;
}

/** The parts of the recording played in this visit, from the media element's `played` ranges. */
export function playedParts(ranges: { length: number; start(i: number): number; end(i: number): number }): Heard {
  return Array.from({ length: ranges.length }, (_, i): [number, number] => [ranges.start(i), ranges.end(i)]);
}

/** True once the listened seconds reach 90% of the talk: the store's rule, so the player announces what the store records. */
export const hasListenedEnough = (listened: number, duration: number): boolean =>
  duration > 0 && listened >= TALK_COMPLETION_SHARE * duration;

/**
 * Where to resume: the saved position, unless it is at the very end (start again) or too near the
 * start to matter.
 */
export function resumePosition(saved: number | undefined, duration: number): number | undefined {
  if (saved === undefined || !Number.isFinite(saved) || saved < 5) return undefined;
  if (duration > 0 && saved > duration - 5) return undefined;
  return saved;
}
