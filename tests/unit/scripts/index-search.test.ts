import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const site = mkdtempSync(join(tmpdir(), 'index-search-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

const page = (text: string) =>
  `<!doctype html><html lang="en-GB"><head><title>${text}</title></head><body><main><h1>${text}</h1><p>${text} and more words about ${text}.</p></main></body></html>`;
const indexSite = () => execFileSync(process.execPath, ['scripts/index-search.ts', site], { stdio: 'pipe' });

it('leaves only the latest index when a site is indexed again', () => {
  writeFileSync(join(site, 'index.html'), page('Chronology'));
  indexSite();
  writeFileSync(join(site, 'index.html'), page('Supervision'));
  indexSite();
  const bundle = join(site, 'pagefind');
  expect(readdirSync(join(bundle, 'fragment'))).toHaveLength(1);
  expect(readdirSync(bundle).filter((file) => file.endsWith('.pf_meta'))).toHaveLength(1);
}, 60_000);
