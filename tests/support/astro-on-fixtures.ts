import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

/**
 * Tests that run Astro on fixture content do it in this project, and Astro keeps its working files in the
 * project's one `.astro/` folder: the content store of `astro dev`, the list of content modules a build and
 * a preview both read. So they run one at a time (in one test file), and not at all while someone's own
 * `npm run dev` is running, which they would otherwise point at the fixture's content.
 */

/** The address of a preview (`astro dev`) running in this project, from the lock file Astro keeps for it. */
export function runningPreview(): string | undefined {
  const pid = readLockPid();
  if (pid === undefined) return undefined;
  try {
    process.kill(pid, 0);
    return (JSON.parse(readFileSync('.astro/dev.json', 'utf8')) as { url: string }).url;
  } catch {
    return undefined;
  }
}

/** What a run of a command printed, both streams, with its exit status. */
export interface Run {
  status: number | null;
  output: string;
}

/**
 * The environment of an Astro run with the content folder given: telemetry off, and without Vitest's own
 * variables, which Astro reads as "running inside Vitest" (its dev server then serves no pages).
 */
function astroEnv(content: string, more: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', TRIANGULATE_CONTENT: content, ...more };
}

/** Runs a command of the project to the end, with the content folder given. */
export function runWithContent(content: string, command: string, args: string[]): Run {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    env: astroEnv(content),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A preview started by a test: what it has printed, its pages, and a way to stop it. */
export interface Preview {
  output(): string;
  fetchText(path: string): Promise<{ status: number; text: string }>;
  stop(): Promise<void>;
}

/**
 * Starts `astro dev` on a port with the content folder given, and waits until it serves the home page. It is started
 * as Astro's own command, without `--force`, so it never replaces someone's running preview: Astro
 * refuses to start a second one, and this throws. Astro would also start it in the background when it
 * thinks a coding agent runs it, where it could not be stopped; ASTRO_DEV_BACKGROUND, which Astro sets
 * for its own background server, keeps it in the foreground.
 */
export async function startPreview(content: string, port: number): Promise<Preview> {
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port)], {
    env: astroEnv(content, { ASTRO_DEV_BACKGROUND: '1' }),
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const origin = `http://localhost:${port}`;
  const preview: Preview = {
    output: () => output,
    fetchText: async (path) => {
      const response = await fetch(new URL(path, origin));
      return { status: response.status, text: await response.text() };
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const killed = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killed);
      // Astro removes its lock file only when stopped from within; a stale one names this process.
      if (readLockPid() === child.pid) rmSync('.astro/dev.json', { force: true });
    },
  };
  for (const deadline = Date.now() + 150_000; Date.now() < deadline;) {
    if (child.exitCode !== null) throw new Error(`astro dev stopped:\n${output}`);
    // The home page, not just any answer: the server answers "Cannot GET" until Astro is ready.
    const answered = await fetch(origin).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return preview;
    await new Promise((wait) => setTimeout(wait, 500));
  }
  await preview.stop();
  throw new Error(`astro dev did not answer on ${origin}:\n${output}`);
}

function readLockPid(): number | undefined {
  try {
    return (JSON.parse(readFileSync('.astro/dev.json', 'utf8')) as { pid: number }).pid;
  } catch {
    return undefined;
  }
}
