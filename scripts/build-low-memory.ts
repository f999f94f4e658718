// `npm run build:low-memory [-- ASTRO BUILD OPTIONS]`: the site `npm run build` builds, for a build machine
// short of memory. `npm run build` hands each page to Pagefind as Astro renders it, so Astro's process and
// Pagefind's hold their memory at once: about 11 GiB at 10,000 modules. Here Astro builds without the
// index, and the built site is indexed once Astro's process has ended and given its memory back, which
// takes longer (the README's Performance section has both).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { INDEX_AFTER_BUILD } from '../src/integrations/page-pipeline.ts';
import { indexBuiltSite } from './index-search.ts';

const args = process.argv.slice(2);
const { values } = parseArgs({ args, options: { outDir: { type: 'string' } }, strict: false });
const astro = fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));
const build = spawnSync(process.execPath, [astro, 'build', ...args], {
  stdio: 'inherit',
  env: { ...process.env, [INDEX_AFTER_BUILD]: '1' },
});
if (build.status !== 0) process.exit(build.status ?? 1);
await indexBuiltSite(typeof values.outDir === 'string' ? values.outDir : 'dist', (line) => console.log(line));
