import { z } from 'astro/zod';
import { parseTimestamp } from '../utils/clock-time.ts';

export { formatTimestamp, parseTimestamp } from '../utils/clock-time.ts';

/** A moment in a recording, written `12:34` or `1:02:03` (or whole seconds), kept as seconds. */
const TIME_HINT = 'Write a time as minutes:seconds, for example `12:34`; an hour or more as `1:02:03`.';

export const timestamp = z.union([z.string(), z.number()], { error: TIME_HINT }).transform((value, ctx) => {
  const seconds = parseTimestamp(value);
  if (seconds === undefined) {
    ctx.addIssue({ code: 'custom', message: TIME_HINT });
    return z.NEVER;
  }
  return seconds;
});
