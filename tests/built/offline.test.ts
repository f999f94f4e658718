import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHELL } from '../../scripts/offline/offline-files.ts';
import type { CourseFiles } from '../../src/offline/course-list.ts';
import { imageSize } from '../../src/utils/image-size.ts';
import { builtPages, DIST, readPage } from '../support/built-site.ts';

// What the build writes for offline use (scripts/offline/offline-files.ts), read from dist/.

/** The addresses workbox-build wrote into the service worker's precache list. */
const precached = [...readFileSync(join(DIST, 'sw.js'), 'utf8').matchAll(/"url":"([^"]+)"/g)].map(([, url]) => url!);

describe('the service worker', () => {
  it('precaches the shell and nothing else: the scripts, icons, manifest and offline page, no other page', () => {
    expect(precached.length).toBeGreaterThan(0);
    expect(precached.filter((url) => url.endsWith('.html'))).toEqual(['offline/index.html']);
    const shell = SHELL.map((glob) => new RegExp(`^${glob.replace(/\./g, '\\.').replace(/\*\*\/\*|\*/g, '[^]*')}$`));
    expect(precached.filter((url) => !shell.some((pattern) => pattern.test(url)))).toEqual([]);
    for (const url of precached) expect(existsSync(join(DIST, url)), url).toBe(true);
  });

  it('precaches every script the site has, so every page works offline once one page has loaded', () => {
    const scripts = readdirSync(join(DIST, '_astro')).filter((file) => file.endsWith('.js'));
    expect(scripts.map((file) => `_astro/${file}`).filter((url) => !precached.includes(url))).toEqual([]);
  });
});

describe('each course’s offline list', () => {
  const courses = readdirSync(join(DIST, 'courses'), { withFileTypes: true }).filter((entry) => entry.isDirectory());

  it.each(courses.map(({ name }) => name))('%s: lists files that exist, with their sizes and their sum', (course) => {
    const list = JSON.parse(readFileSync(join(DIST, 'offline', `${course}.json`), 'utf8')) as CourseFiles;
    expect(list.course).toBe(course);
    expect(list.title.length).toBeGreaterThan(0);
    for (const file of list.files) {
      const path = join(DIST, file.url.endsWith('/') ? `${file.url}index.html` : file.url);
      expect(statSync(path).size, file.url).toBe(file.bytes);
    }
    expect(list.bytes).toBe(list.files.reduce((sum, file) => sum + file.bytes, 0));
    expect(list.files.map((file) => file.url)).toContain(`/courses/${course}/`);
  });
});

describe('the web app manifest', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')) as {
    icons: { src: string; sizes: string; purpose: string }[];
  };

  it('names icons that exist at the sizes it says, one of them maskable', () => {
    for (const icon of manifest.icons) {
      const size = imageSize(new Uint8Array(readFileSync(join(DIST, icon.src))));
      expect(`${size?.width}x${size?.height}`).toBe(icon.sizes);
    }
    expect(manifest.icons.map((icon) => icon.purpose)).toContain('maskable');
  });

  it('is linked from every page, with the theme colour', () => {
    for (const page of builtPages()) {
      const html = readPage(page);
      expect(html.querySelector('link[rel="manifest"]')?.getAttribute('href'), page.url).toBe('/manifest.webmanifest');
      expect(html.querySelector('meta[name="theme-color"]')?.getAttribute('content'), page.url).toMatch(/^#/);
    }
  });
});
