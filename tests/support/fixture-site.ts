import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWithContent, type Run } from './astro-on-fixtures.ts';

/** A site built for a test: the folder it was written to, and how to remove it. */
export interface BuiltFixture {
  outDir: string;
  remove(): void;
}

/**
 * Builds a site into a new temporary folder, as `npm run build` does (with its search index and its
 * offline files): from `content` (default: the site's own content/) for the folder `base` (default:
 * the root).
 */
export function buildFixtureSite({ content, base }: { content?: string; base?: string } = {}): BuiltFixture {
  const outDir = mkdtempSync(join(tmpdir(), 'triangulate-site-'));
  const succeeded = ({ status, output }: Run) => {
    if (status !== 0) throw new Error(`Building a site for a test failed:\n${output}`);
  };
  succeeded(buildWithContent({ content, base, outDir }));
  return { outDir, remove: () => rmSync(outDir, { recursive: true, force: true }) };
}

/**
 * Serves sites on 127.0.0.1 with scripts/serve-static.ts (each `folder` or `folder=/base/`) until
 * `stop` is called; resolves once the server answers.
 */
export async function serveSites(port: number, sites: string[]): Promise<{ origin: string; stop(): void }> {
  const server = spawn('node', ['scripts/serve-static.ts', String(port), ...sites], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries += 1) {
    const answered = await fetch(origin).then(
      () => true,
      () => false,
    );
    if (answered) break;
    if (tries > 100) throw new Error(`The test server on port ${port} did not start.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { origin, stop: () => server.kill() };
}
