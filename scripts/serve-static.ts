// Serves built sites as any static host would, for the browser tests and Lighthouse:
// `node scripts/serve-static.ts [port] [site…]`, where a site is a folder (served at the root) or
// `folder=/base/` (served only under that folder, as a host serves a site built with BASE_PATH);
// the default is dist/ at the root. Several sites make one origin with several sites on it. Text is
// gzipped when the browser accepts it, as every static host does, so page weight and Lighthouse see what
// learners get. Each site's 404.html answers for missing pages in its folder; outside every folder
// the answer is a bare 404.
// The tests use this rather than `astro preview` because Astro allows one preview server per project,
// and a learner's or trainer's `npm start` may already be running.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { basePath } from '../src/utils/base-path.ts';

const PORT = Number(process.argv[2] ?? 4322);

interface Site {
  root: string;
  /** The folder it is served under: `/` or `/learning/`. */
  base: string;
}

/** `dist`, or `dist=/learning/`. */
function siteOf(argument: string): Site {
  const [folder = '', base = '/'] = argument.split('=');
  return { root: resolve(folder), base: basePath({ BASE_PATH: base }) };
}

// The deepest folder first, so `/learning/` wins over `/` for the addresses under it.
const SITES = (process.argv.length > 3 ? process.argv.slice(3) : [join(import.meta.dirname, '..', 'dist')])
  .map(siteOf)
  .sort((a, b) => b.base.length - a.base.length);
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
  '.m4a': 'audio/mp4',
  '.mp4': 'video/mp4',
  '.ogg': 'audio/ogg',
  '.webm': 'video/webm',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.pf_meta': 'application/octet-stream',
};
/** Types worth compressing; media, images other than SVG, and Pagefind's files are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.vtt', '.webmanifest']);

/** The file for a path inside a site: `/a/` is `/a/index.html`; anything outside its folder is refused. */
function fileFor(site: Site, pathname: string): string | undefined {
  const path = normalize(join(site.root, decodeURIComponent(pathname)));
  if (!path.startsWith(site.root)) return undefined;
  const candidate = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

/** The byte range a `Range: bytes=a-b` header asks for, as static hosts honour it; undefined for the whole file. */
function rangeOf(header: string | undefined, size: number): { start: number; end: number } | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const start = match[1] === '' ? Math.max(0, size - Number(match[2])) : Number(match[1]);
  const end = match[1] !== '' && match[2] !== '' ? Math.min(Number(match[2]), size - 1) : size - 1;
  return start <= end ? { start, end } : undefined;
}

function notFound(response: ServerResponse) {
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('Not found: no site is served here.');
}

createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const site = SITES.find(({ base }) => pathname.startsWith(base));
  // `/learning` without its slash, as hosts answer it: a redirect into the folder.
  if (!site && SITES.some(({ base }) => base === `${pathname}/`)) {
    response.writeHead(301, { location: `${pathname}/` }).end();
    return;
  }
  if (!site) return notFound(response);
  const file = fileFor(site, pathname.slice(site.base.length - 1));
  const served = file ?? join(site.root, '404.html');
  if (!existsSync(served)) return notFound(response);
  const type = TYPES[extname(served)] ?? 'application/octet-stream';
  // Media players seek with range requests: without them a browser can only play a recording from the start.
  const size = statSync(served).size;
  const range = file ? rangeOf(request.headers.range, size) : undefined;
  if (range) {
    response.writeHead(206, {
      'content-type': type,
      'accept-ranges': 'bytes',
      'content-range': `bytes ${range.start}-${range.end}/${size}`,
      'content-length': range.end - range.start + 1,
    });
    createReadStream(served, range).pipe(response);
    return;
  }
  // Text is gzipped as a real host would, so page-weight measurements in the browser are honest.
  const gzip = COMPRESSIBLE.has(extname(served)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(file ? 200 : 404, {
    'content-type': type,
    'accept-ranges': 'bytes',
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : { 'content-length': size }),
  });
  const body = createReadStream(served);
  (gzip ? body.pipe(createGzip()) : body).pipe(response);
}).listen(PORT, '127.0.0.1', () => {
  for (const site of SITES) console.log(`Serving ${site.root} at http://localhost:${PORT}${site.base}`);
});
