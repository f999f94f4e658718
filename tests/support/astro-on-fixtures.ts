import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * Tests that run Astro on fixture content do it in this project, and Astro keeps its working files in the
 * project's one `.astro/` folder: the content store of `astro dev`, the list of content modules a build and
 * a preview both read. So they run one at a time (in one test file), and not at all while someone's own
 * `npm run dev` is running, which they would otherwise point at the fixture's content.
 */

/** The address of a preview (`astro dev`) running in this project, from the lock file Astro keeps for it. */
export function runningPreview(): string | undefined {
  try {
    const { pid, url } = JSON.parse(readFileSync('.astro/dev.json', 'utf8')) as { pid: number; url: string };
    process.kill(pid, 0);
    return url;
  } catch {
    return undefined;
  }
}

/** What a run of a command printed, both streams, with its exit status. */
export interface Run {
  status: number | null;
  output: string;
}

/** Runs a command of the project to the end (Astro's telemetry off), with the content folder given. */
export function runWithContent(content: string, command: string, args: string[]): Run {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TRIANGULATE_CONTENT: content },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
