import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { COMMON_WORDS_FILE } from '../../../src/search/stop-words.ts';

// scripts/index-search.ts run for real, with Pagefind, on a small site of its own.
const site = mkdtempSync(join(tmpdir(), 'index-search-'));
const bundle = join(site, 'pagefind');
// The learners' pages are in the folders the learners' index reads (courses/ among them).
const courses = join(site, 'courses');
mkdirSync(courses);
afterAll(() => rmSync(site, { recursive: true, force: true }));

const page = (title: string, text: string) =>
  `<!doctype html><html lang="en-GB"><head><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>`;
const indexSite = () => execFileSync(process.execPath, ['scripts/index-search.ts', site], { stdio: 'pipe' });

it('leaves only the latest index when a site is indexed again', () => {
  writeFileSync(join(courses, 'index.html'), page('Chronology', 'A chronology of the family.'));
  indexSite();
  writeFileSync(join(courses, 'index.html'), page('Supervision', 'Supervision for the family.'));
  indexSite();
  expect(readdirSync(join(bundle, 'fragment'))).toHaveLength(1);
  expect(readdirSync(bundle).filter((file) => file.endsWith('.pf_meta'))).toHaveLength(1);
}, 60_000);

it('lists the words on nearly every indexed page, with their share of pages', () => {
  rmSync(join(courses, 'index.html'));
  const pages = 500;
  for (let i = 1; i <= pages; i++)
    writeFileSync(
      join(courses, `page-${i}.html`),
      page(`Visit ${i}`, i % 10 === 0 ? 'Escalation.' : `Families and their children, visit ${i}.`),
    );
  indexSite();
  const common = JSON.parse(readFileSync(join(bundle, COMMON_WORDS_FILE), 'utf8')) as Record<string, number>;
  // "visit" is on every page, "families" and "children" on nine in ten; "escalation" on one in ten,
  // and "and" and "their" are English stop words.
  expect(common).toEqual({ visit: 1, families: 0.9, children: 0.9 });
}, 120_000);

it("indexes the guide's pages into a bundle of their own, and the learners' without them", () => {
  mkdirSync(join(site, 'trainers'));
  writeFileSync(join(site, 'trainers', 'index.html'), page('Write a module', 'Frontmatter and components.'));
  indexSite();
  const pagesIn = (folder: string) => readdirSync(join(site, folder, 'fragment')).length;
  expect(pagesIn('pagefind-guide')).toBe(1);
  expect(pagesIn('pagefind')).toBe(500);
}, 120_000);
