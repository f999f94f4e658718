import { createHash } from 'node:crypto';
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basePath } from '../../src/utils/base-path.ts';
import { IMMUTABLE, REVALIDATE } from '../../src/utils/host-headers.ts';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';
import { DIST } from '../support/built-site.ts';

/**
 * Files named by a hash of their content, told apart by their names alone, not by the rules: a rule that
 * drifts from what the build writes (a hashed file outside the immutable rules, a file without a hash
 * inside them, a file no rule covers) fails here.
 */
const CONTENT_ADDRESSED = [
  /^_astro\/[^/]+\.[\w-]{8}\.(js|css)$/,
  /^cases\/[^/]+\/[0-9a-f]{12}\.json$/,
  /^logo\/[0-9a-f]{12}\.(svg|png)$/,
  // Both of Pagefind's bundles: the learners' and the trainers' guide's.
  /^pagefind(-guide)?\/(fragment|index|filter)\/[\w-]+_[0-9a-f]{7,}\.pf_(fragment|index|filter)$/,
  /^pagefind(-guide)?\/pagefind\.[\w-]+_[0-9a-f]{7,}\.pf_meta$/,
];
const isContentAddressed = (file: string) => CONTENT_ADDRESSED.some((name) => name.test(file));

const HEADERS_FILE = join(DIST, '_headers');
const files = globSync('**/*', { cwd: DIST, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name).slice(DIST.length))
  .filter((file) => file !== '_headers')
  .sort();
/** The address a file is served at: a folder's index.html at the folder, under the site's folder. */
const addressOf = (file: string) => `${basePath()}${file.replace(/(^|\/)index\.html$/, '$1')}`;

describe('_headers', () => {
  it('is written by the build', () => {
    expect(existsSync(HEADERS_FILE)).toBe(true);
  });

  const blocks = existsSync(HEADERS_FILE) ? parseHeadersFile(readFileSync(HEADERS_FILE, 'utf8')) : [];

  it('gives every file exactly one Cache-Control: immutable if named by its content, else revalidated', () => {
    const wrong = files.flatMap((file) => {
      const expected = isContentAddressed(file) ? IMMUTABLE : REVALIDATE;
      const got = headersFor(blocks, addressOf(file)).get('cache-control') ?? [];
      return got.length === 1 && got[0] === expected
        ? []
        : [`${addressOf(file)}: ${JSON.stringify(got)}, not "${expected}"`];
    });
    expect(files.filter(isContentAddressed).length).toBeGreaterThan(0);
    expect(files.some((file) => file.endsWith('.html'))).toBe(true);
    expect(wrong).toEqual([]);
  });

  it('sends the security headers with every file', () => {
    const missing = files.filter((file) => {
      const headers = headersFor(blocks, addressOf(file));
      return (
        headers.get('x-content-type-options')?.[0] !== 'nosniff' ||
        headers.get('referrer-policy')?.[0] !== 'no-referrer'
      );
    });
    expect(missing).toEqual([]);
  });

  it("names each case's data by a hash of what it holds", () => {
    const data = files.filter((file) => file.startsWith('cases/'));
    expect(data.length).toBeGreaterThan(0);
    for (const file of data) {
      const hash = createHash('sha256')
        .update(readFileSync(join(DIST, file)))
        .digest('hex')
        .slice(0, 12);
      expect(file).toBe(file.replace(/[0-9a-f]{12}\.json$/, `${hash}.json`));
    }
  });
});
