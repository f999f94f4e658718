import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';

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
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(program, programArgs, { env, stdio: ['ignore', log, log] });
    child.on('error', reject);
    child.on('close', resolve);
  });
  const seconds = (performance.now() - started) / 1000;
  closeSync(log);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${code}); see ${logFile}`);
  if (!withTime) return { seconds, peakBytes: null, cpuSeconds: null };
  const [kilobytes = NaN, user = NaN, system = NaN] = (readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '')
    .split(' ')
    .map(Number);
  rmSync(timeFile);
  return { seconds, peakBytes: kilobytes * 1024, cpuSeconds: user + system };
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
