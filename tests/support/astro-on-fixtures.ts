import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Tests run Astro for real on fixture content, often several at once (Vitest's files and Playwright's
 * workers run in parallel). Astro keeps its working files in the project it runs in: `.astro/` (the list
 * of content modules a build and a preview read, the preview's content store) and, for a build written
 * outside the project, the build's server chunks in `.astro/.prerender/`. Two runs in one project
 * overwrite each other's files (seen in CI: a build failing on a chunk another build had removed), and
 * a test's run would also disturb someone's own `npm run dev`. So each run gets a project of its own: a
 * copy of what Astro builds from, in a new folder under `.scratch/`, from which it still finds the
 * project's node_modules.
 */
const SITE_SOURCES = ['src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json'];
const SCRATCH = resolve('.scratch');

/** A copy of the site's sources to run Astro in, and how to remove it. */
function ownProject(): { root: string; remove(): void } {
  mkdirSync(SCRATCH, { recursive: true });
  const root = mkdtempSync(join(SCRATCH, 'astro-'));
  for (const source of SITE_SOURCES) cpSync(source, join(root, source), { recursive: true });
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** What a run of a command printed, both streams, with its exit status. */
export interface Run {
  status: number | null;
  output: string;
}

/**
 * The environment of an Astro run: the content folder given, by its full path as the run's folder is not
 * the project's; telemetry off; and without Vitest's own variables, which Astro reads as "running inside
 * Vitest" (its dev server then serves no pages), nor its NODE_ENV=test, with which a build compiles React's
 * development code (file paths and all) into the pages' scripts, where `npm run build` compiles its
 * production code.
 */
function astroEnv(content: string, more: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'),
  );
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', TRIANGULATE_CONTENT: resolve(content), ...more };
}

const ASTRO = resolve('node_modules/astro/bin/astro.mjs');

/** How a site is built: `npm run build`'s `astro build`, or `npm run build:low-memory`'s two steps. */
type BuildCommand = 'build' | 'build:low-memory';

/** Runs one build to the end in the project `root`, from the content folder given, into `outDir`. */
function buildIn(root: string, command: BuildCommand, content: string, outDir: string, base?: string): Run {
  const run = command === 'build' ? [ASTRO, 'build'] : [join(root, 'scripts/build-low-memory.ts')];
  const result = spawnSync(process.execPath, [...run, '--outDir', resolve(outDir)], {
    cwd: root,
    encoding: 'utf8',
    env: astroEnv(content, base ? { BASE_PATH: base } : {}),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * Runs `astro build` to the end, in a project of its own, from the content folder given (the site's own
 * by default) for the folder `base` (the root by default), into `outDir`.
 */
export function buildWithContent({
  content = 'content',
  base,
  outDir,
}: {
  content?: string | undefined;
  base?: string | undefined;
  outDir: string;
}): Run {
  const project = ownProject();
  try {
    return buildIn(project.root, 'build', content, outDir, base);
  } finally {
    project.remove();
  }
}

/**
 * Builds the content folder given each way into its own folder, in one project: a build names its
 * islands by the project's folder, so only builds made in the same folder can be compared file by file.
 */
export function buildEachWay(content: string, outDirs: Record<BuildCommand, string>): Record<BuildCommand, Run> {
  const project = ownProject();
  try {
    return {
      build: buildIn(project.root, 'build', content, outDirs.build),
      'build:low-memory': buildIn(project.root, 'build:low-memory', content, outDirs['build:low-memory']),
    };
  } finally {
    project.remove();
  }
}

/** A preview started by a test: what it has printed, its pages, and a way to stop it. */
export interface Preview {
  output(): string;
  fetchText(path: string): Promise<{ status: number; text: string }>;
  stop(): Promise<void>;
}

/**
 * Starts `astro dev` on a port, in a project of its own, with the content folder given, and waits until it
 * serves the home page. Astro would start it in the background when it thinks a coding agent runs it, where
 * it could not be stopped; ASTRO_DEV_BACKGROUND, which Astro sets for its own background server, keeps it
 * in the foreground.
 */
export async function startPreview(content: string, port: number): Promise<Preview> {
  const project = ownProject();
  const child = spawn(process.execPath, [ASTRO, 'dev', '--port', String(port)], {
    cwd: project.root,
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
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const killed = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(killed);
      }
      project.remove();
    },
  };
  for (const deadline = Date.now() + 150_000; Date.now() < deadline;) {
    if (child.exitCode !== null) {
      project.remove();
      throw new Error(`astro dev stopped:\n${output}`);
    }
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
