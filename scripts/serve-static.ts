// Serves dist/ as any static host would, for the browser tests and Lighthouse:
// `node scripts/serve-static.ts [port] [folder]` (folder defaults to dist/). Text is gzipped when the
// browser accepts it, as every static host does, so page weight and Lighthouse see what learners get.
// The tests use this rather than `astro preview` because Astro allows one preview server per project,
// and a learner's or trainer's `npm start` may already be running.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const ROOT = resolve(process.argv[3] ?? join(import.meta.dirname, '..', 'dist'));
const PORT = Number(process.argv[2] ?? 4322);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.vtt': 'text/vtt; charset=utf-8',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.webm': 'video/webm',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};
/** Types worth compressing; media, images other than SVG, and Pagefind's files are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.vtt']);

/** The file for a URL path: `/a/` is `/a/index.html`; anything outside dist/ is refused. */
function fileFor(pathname: string): string | undefined {
  const path = normalize(join(ROOT, decodeURIComponent(pathname)));
  if (!path.startsWith(ROOT)) return undefined;
  const candidate = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const file = fileFor(pathname);
  const status = file ? 200 : 404;
  const served = file ?? join(ROOT, '404.html');
  const gzip = COMPRESSIBLE.has(extname(served)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(status, {
    'content-type': TYPES[extname(served)] ?? 'application/octet-stream',
    ...(gzip && { 'content-encoding': 'gzip' }),
    vary: 'accept-encoding',
  });
  const body = createReadStream(served);
  (gzip ? body.pipe(createGzip()) : body).pipe(response);
}).listen(PORT, '127.0.0.1', () => console.log(`Serving ${ROOT} at http://localhost:${PORT}/`));
