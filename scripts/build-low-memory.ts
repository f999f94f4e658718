// `npm run build:low-memory [-- ASTRO BUILD OPTIONS]`: the site `npm run build` builds, for a build machine
// short of memory. `npm run build` hands each page to Pagefind as Astro renders it, so Astro's process and
// Pagefind's hold their memory at once: about 11 GiB at 10,000 modules. Here Astro builds without the
// index, and the built site is indexed once Astro's process has ended and given its memory back, which
// takes longer (the README's Performance section has both).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEX_AFTER_BUILD } from '../src/integrations/page-pipeline.ts';
import { indexBuiltSite } from './index-search.ts';

const astro = fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));
// The build writes here the folder it built, wherever its options put it.
const scratch = mkdtempSync(join(tmpdir(), 'triangulate-build-'));
const builtFolderFile = join(scratch, 'built-folder');
try {
  const build = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, [INDEX_AFTER_BUILD]: builtFolderFile },
  });
  if (build.error) throw build.error;
  if (build.status !== 0) process.exitCode = build.status ?? 1;
  else await indexBuiltSite(readFileSync(builtFolderFile, 'utf8'), (line) => console.log(line));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
