import { MAX_HEARD_PARTS, type Heard } from './records.ts';

// Hearing the same passage twice, on one visit or two, counts once towards a talk's 90% rule.

/** The union of two sets of played parts, within the talk's length; parts that touch become one. */
export function mergeHeard(a: Heard, b: Heard, duration: number): Heard {
  const parts = [...a, ...b]
    .map(([start, end]): [number, number] => [Math.max(0, start), Math.min(duration, end)])
    .filter(([start, end]) => end > start)
    .sort((x, y) => x[0] - y[0]);
  const merged: Heard = [];
  for (const [start, end] of parts) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  // Beyond the limit, neighbouring parts join in pairs: a little more counted, never a part forgotten.
  let kept = merged;
  while (kept.length > MAX_HEARD_PARTS) {
    kept = kept.flatMap(([start, end], i, all): Heard => (i % 2 ? [] : [[start, all[i + 1]?.[1] ?? end]]));
  }
  return kept;
}

/** Seconds heard in all. */
export const secondsHeard = (heard: Heard): number => heard.reduce((sum, [start, end]) => sum + (end - start), 0);
