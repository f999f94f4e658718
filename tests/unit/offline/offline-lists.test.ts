import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addressesIn, courseFiles, siteFiles, titleIn } from '../../../scripts/offline/course-files.ts';
import { cacheNames } from '../../../src/offline/cache-names.ts';
import { formatBytes } from '../../../src/offline/format-bytes.ts';
import { pageTitle } from '../../../src/offline/visited-pages-ui.ts';
import { tokenColour, webAppManifest } from '../../../src/offline/web-app.ts';
import { siteAddresses } from '../../../src/offline/worker/site-paths.ts';

describe('addressesIn', () => {
  it("keeps the site's own addresses from its folder, without query or fragment, and nothing else", () => {
    const html = `<a href="/learning/talks/t/?t=0:53#x">talk</a> <a href="/elsewhere/">no</a> <a href="https://example.org/">no</a>
      <div data-case-src="/learning/cases/c/0123456789ab.json"></div> <track src="/learning/talks/t/captions.vtt">`;
    expect(addressesIn(html, '/learning/')).toEqual(['talks/t/', 'cases/c/0123456789ab.json', 'talks/t/captions.vtt']);
  });
});

describe('titleIn', () => {
  it("reads the page's own title, entities decoded", () => {
    expect(titleIn('<meta property="og:title" content="Risk &amp; &quot;need&quot;">')).toBe('Risk & "need"');
  });
});

describe('courseFiles', () => {
  const site = mkdtempSync(join(tmpdir(), 'triangulate-offline-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), text);
  };
  const page = (links: string) => `<meta property="og:title" content="A course">${links}`;
  write(
    'courses/a/index.html',
    page('<a href="/courses/a/m/">m</a> <a href="/courses/b/">another course</a> <script src="/_astro/a.js"></script>'),
  );
  write('_astro/a.js', 'import"./b.js";const c=()=>import(`./c.js`);');
  write('_astro/b.js', '');
  write('_astro/c.js', '');
  write(
    'courses/a/m/index.html',
    page(
      '<a href="/talks/t/">talk</a> <a href="/glossary/#x">term</a> <div data-case-src="/cases/c/0123456789ab.json">',
    ),
  );
  write('courses/b/index.html', page(''));
  write('cases/c/0123456789ab.json', '{}');
  write(
    'talks/t/index.html',
    page('<audio src="/talks/t.m4a"></audio><track src="/talks/t/captions.vtt"><a href="/talks/u/">another talk</a>'),
  );
  write('talks/t.m4a', 'audio');
  write('talks/t/captions.vtt', 'WEBVTT');
  write('talks/u/index.html', page(''));
  write('glossary/index.html', page(''));
  for (const path of ['my-learning/index.html', 'my-learning/cpd/index.html', 'search/index.html'])
    write(path, page(''));
  write('search/catalogue.json', '{}');

  it("lists the course's pages, their scripts and what those import, what they embed and link to, what the talks they link to play, and the learner's own pages", () => {
    const list = courseFiles(siteFiles(site, '/'), 'a');
    expect(list.files.map((file) => file.url).sort()).toEqual(
      [
        '/_astro/a.js',
        '/_astro/b.js',
        '/_astro/c.js',
        '/cases/c/0123456789ab.json',
        '/courses/a/',
        '/courses/a/m/',
        '/glossary/',
        '/my-learning/',
        '/my-learning/cpd/',
        '/search/',
        '/search/catalogue.json',
        '/talks/t.m4a',
        '/talks/t/',
        '/talks/t/captions.vtt',
      ].sort(),
    );
    expect(list.title).toBe('A course');
    expect(list.bytes).toBe(list.files.reduce((sum, file) => sum + file.bytes, 0));
  });

  it('gives the course a new version when any of its files changes, and only then', () => {
    const before = courseFiles(siteFiles(site, '/'), 'a').version;
    expect(courseFiles(siteFiles(site, '/'), 'a').version).toBe(before);
    write('talks/t/captions.vtt', 'WEBVTT\n\n1\n00:00.000 --> 00:01.000\nHello');
    expect(courseFiles(siteFiles(site, '/'), 'a').version).not.toBe(before);
  });
});

describe('cacheNames', () => {
  it("names a site's caches with its folder, and tells a saved course's cache by its name", () => {
    const root = cacheNames('/');
    const folder = cacheNames('/learning/');
    expect(root.pages).not.toBe(folder.pages);
    expect(root.savedCourseOf(root.savedCourse('a-b', 'f00d'))).toBe('a-b');
    expect(root.savedCourseOf(folder.savedCourse('a-b', 'f00d'))).toBeUndefined();
    expect(folder.savedCourseOf(folder.pages)).toBeUndefined();
  });
});

describe('formatBytes', () => {
  it('says sizes as a learner reads them', () => {
    expect([0, 120, 450_000, 2_158_207].map(formatBytes)).toEqual(['0 kB', '1 kB', '450 kB', '2.2 MB']);
  });
});

describe('pageTitle', () => {
  it("takes a kept page's title without the site's name", () => {
    expect(pageTitle('<title>Risk &amp; need · Triangulate</title>')).toBe('Risk & need');
  });
});

describe('the web app manifest', () => {
  const tokens = '--tg-color-bg: light-dark(#fbfaf7, #14181b); --tg-color-accent: light-dark(#0b5c63, #7fd0d6);';

  it('reads colours from the design tokens, and says which token is missing', () => {
    expect(tokenColour(tokens, '--tg-color-accent')).toEqual({ light: '#0b5c63', dark: '#7fd0d6' });
    expect(() => tokenColour(tokens, '--tg-color-none')).toThrow('--tg-color-none');
  });

  it("carries the site's names, falling back to the name for the short name", () => {
    const manifest = webAppManifest({ name: 'Northfield Safeguarding Partnership', description: 'Courses.' }, tokens);
    expect(manifest).toMatchObject({
      name: 'Northfield Safeguarding Partnership',
      short_name: 'Northfield Safeguarding Partnership',
      theme_color: '#0b5c63',
      background_color: '#fbfaf7',
    });
    expect(webAppManifest({ name: 'N', shortName: 'NSP', description: '' }, tokens).short_name).toBe('NSP');
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
  });
});

describe('siteAddresses', () => {
  it("takes the site's folder and its own top-level entries, and leaves another site's folder alone", () => {
    const isOwn = siteAddresses('/', ['courses', 'sw.js']);
    expect(['/', '/courses/a/', '/sw.js'].map(isOwn)).toEqual([true, true, true]);
    expect(['/learning/', '/learning/courses/', '/coursesx/'].map(isOwn)).toEqual([false, false, false]);
    expect(siteAddresses('/learning/', ['courses'])('/learning/courses/a/')).toBe(true);
    expect(siteAddresses('/learning/', ['courses'])('/courses/a/')).toBe(false);
  });
});
