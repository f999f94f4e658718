// Scripts that run outside Astro's pages (the service worker, a course package's launch page) are bundled
// with esbuild, which Astro already brings, the same way: minified, for the browsers the site supports.
import { build } from 'esbuild';

export async function bundleScript(
  entry: string,
  outfile: string,
  { format, define }: { format: 'iife' | 'esm'; define: Record<string, string> },
): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format,
    minify: true,
    target: 'es2022',
    define,
    logLevel: 'warning',
  });
}
