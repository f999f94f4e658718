import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSite } from '../../../scripts/bench/generate-site.ts';
import { buildCatalogueFile } from '../../../src/search/catalogue-index.ts';
import { catalogueEntriesOf } from '../../../src/search/read-catalogue.ts';

// A seeded catalogue of about 1,000 entries: 770 modules, 77 courses, 77 talks, 50 terms, 40 resources.
const folder = mkdtempSync(join(tmpdir(), 'triangulate-catalogue-'));
const site = join(folder, 'site');
generateSite({ modules: 770, out: site, seed: 1 });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the catalogue at 1,000 entries', () => {
  const entries = catalogueEntriesOf(site);

  it('has about 1,000 entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(1000);
  });

  it('downloads in at most 110 KB gzipped, documents to show included', () => {
    expect(gzipSync(JSON.stringify(buildCatalogueFile(entries))).length).toBeLessThanOrEqual(110 * 1024);
  });
});
