// No zod here: the talk player in the browser reads and writes times with these too.

/** Reads `75`, `1:15` or `1:01:15` as seconds; returns undefined for anything else. */
export function parseTimestamp(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : undefined;
  if (/^\d+$/.test(value.trim())) return Number(value);
  const match = /^(?:(\d+):)?([0-5]?\d):([0-5]\d)$/.exec(value.trim());
  if (!match) return undefined;
  const [, hours = '0', mins = '0', secs = '0'] = match;
  return Number(hours) * 3600 + Number(mins) * 60 + Number(secs);
}

/** Formats seconds as `m:ss` or `h:mm:ss`, the form used in deep links and chapter lists. */
export function formatTimestamp(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const mins = Math.floor((totalSeconds % 3600) / 60);
  const secs = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(mins).padStart(2, '0')}:${secs}` : `${mins}:${secs}`;
}
