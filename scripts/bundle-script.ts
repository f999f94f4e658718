// Scripts that run outside Astro's pages (the service worker, a course package's launch page) are bundled
// with esbuild, which Astro already brings, the same way: minified, for the browsers the site supports.
import { build } from 'esbuild';

/**
 * Bundles `entry` into `out`: a file, or with `splitting` a folder, where what the entry imports lazily
 * becomes files of its own, loaded only when needed.
 */
export async function bundleScript(
  entry: string,
  out: string,
  {
    format,
    define,
    splitting = false,
  }: { format: 'iife' | 'esm'; define: Record<string, string>; splitting?: boolean },
): Promise<void> {
  await build({
    entryPoints: [entry],
    ...(splitting ? { outdir: out, splitting, entryNames: '[name]', chunkNames: '[name]-[hash]' } : { outfile: out }),
    bundle: true,
    format,
    minify: true,
    target: 'es2022',
    define,
    logLevel: 'warning',
  });
}
