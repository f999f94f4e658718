import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';

/** Wall time and peak memory of one command. */
export interface Measured {
  seconds: number;
  /** Peak resident memory of the largest process the command ran, in bytes; null where GNU time is missing. */
  peakBytes: number | null;
  /**
   * CPU seconds (user + system) of the command and its children; null where GNU time is missing. On a
   * shared machine wall time swings with the load, CPU time much less, so growth is fitted on both.
   */
  cpuSeconds: number | null;
  /**
   * The most resident memory the command's processes held at once, summed (sampled every 200 ms from
   * /proc); null off Linux. A build whose search index is written by Pagefind's own process while Astro
   * renders holds both at once, which the per-process peak does not show.
   */
  peakTogetherBytes: number | null;
}

const PAGE_BYTES = 4096;

/** The resident memory of process `root` and all its descendants, in bytes, from /proc; null off Linux. */
function residentTogether(root: number): number | null {
  if (!existsSync('/proc/self/statm')) return null;
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // After the command's name, in parentheses: its state, then its parent's id.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while the list was read.
    }
  }
  let bytes = 0;
  for (const pending = [root]; pending.length > 0;) {
    const pid = pending.pop()!;
    try {
      bytes += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
    } catch {
      // Ended meanwhile.
    }
    pending.push(...(children.get(pid) ?? []));
  }
  return bytes;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a command to completion with its output in `logFile`, and measures it. GNU time's `%M` is the
 * largest resident set of any single process it waited for (getrusage of the children), which is the
 * "peak memory per process" the goal speaks of, not a sum over processes.
 */
export async function measure(
  command: string,
  args: readonly string[],
  { env, logFile }: { env: NodeJS.ProcessEnv; logFile: string },
): Promise<Measured> {
  const timeFile = `${logFile}.time`;
  const withTime = existsSync(GNU_TIME);
  const [program, programArgs] = withTime
    ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...args]]
    : [command, [...args]];
  const log = openSync(logFile, 'w');
  const started = performance.now();
  let peakTogetherBytes: number | null = null;
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(program, programArgs, { env, stdio: ['ignore', log, log] });
    const sampling = setInterval(() => {
      const bytes = child.pid === undefined ? null : residentTogether(child.pid);
      if (bytes !== null) peakTogetherBytes = Math.max(peakTogetherBytes ?? 0, bytes);
    }, 200);
    child.on('error', reject);
    child.on('close', (exit) => {
      clearInterval(sampling);
      resolve(exit);
    });
  });
  const seconds = (performance.now() - started) / 1000;
  closeSync(log);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${code}); see ${logFile}`);
  if (!withTime) return { seconds, peakBytes: null, cpuSeconds: null, peakTogetherBytes };
  const [kilobytes = NaN, user = NaN, system = NaN] = (readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '')
    .split(' ')
    .map(Number);
  rmSync(timeFile);
  return { seconds, peakBytes: kilobytes * 1024, cpuSeconds: user + system, peakTogetherBytes };
}

/** The exponent k in time ≈ c·N^k: the least-squares slope of log(time) against log(N). */
export function growthExponent(points: readonly { n: number; seconds: number }[]): number | null {
  if (points.length < 2) return null;
  const xs = points.map((p) => Math.log(p.n));
  const ys = points.map((p) => Math.log(p.seconds));
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const [mx, my] = [mean(xs), mean(ys)];
  const covariance = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i]! - my), 0);
  const variance = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return variance === 0 ? null : covariance / variance;
}
