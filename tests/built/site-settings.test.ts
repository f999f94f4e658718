import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, DIST, readPage, type BuiltPage } from '../support/built-site.ts';
import { IMMUTABLE } from '../../src/utils/host-headers.ts';
import { imageSize } from '../../src/utils/image-size.ts';
import { buildFixtureSite, type BuiltFixture } from '../support/fixture-site.ts';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';

// The site settings (content/site.yaml) as learners meet them: a real build of a fictional organisation's
// content folder, whose name, logo, footer and statement must reach every page, and the default build,
// which must still be Triangulate.
const FIXTURE = 'tests/fixtures/organisation';
const NAME = 'Northfield Learning';
const ORGANISATION = 'Northfield Safeguarding Partnership';

/** A page's title without the site's name after it, as the page gives it. */
const ownTitle = (title: string, site: string) => (title === site ? site : title.replace(` · ${site}`, ''));
const meta = (html: HTMLElement, property: string) =>
  html.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
const text = (html: HTMLElement | null | undefined) => html?.text.replace(/\s+/g, ' ').trim();

describe('a site built with an organisation’s settings', () => {
  let site: BuiltFixture | undefined;
  let out = '';
  let pages: BuiltPage[] = [];
  const page = (url: string) =>
    readPage(
      pages.find((p) => p.url === url)!,
      out,
    );

  beforeAll(() => {
    site = buildFixtureSite({ content: FIXTURE });
    out = site.outDir;
    pages = builtPages(out);
  }, 300_000);

  afterAll(() => site?.remove());

  it('builds the pages that show the settings, the accessibility statement among them', () => {
    const urls = pages.map((p) => p.url);
    for (const url of ['/', '/courses/working-with-families/certificate/', '/my-learning/cpd/', '/accessibility/']) {
      expect(urls).toContain(url);
    }
  });

  it('names the site in every page’s title and link preview, after the page’s own title', () => {
    for (const p of pages) {
      const html = readPage(p, out);
      const title = html.querySelector('title')?.text ?? '';
      expect(title === NAME || title.endsWith(` · ${NAME}`), `${p.url}: ${title}`).toBe(true);
      expect(meta(html, 'og:site_name')).toBe(NAME);
      expect(meta(html, 'og:title')).toBe(ownTitle(title, NAME));
      expect(meta(html, 'og:description')).toBe(
        html.querySelector('meta[name="description"]')?.getAttribute('content'),
      );
      expect(meta(html, 'og:type')).toBe('website');
    }
  });

  it('shows the logo and the name, and the short name on narrow screens, in every page’s header', () => {
    const logo = readFileSync(join(FIXTURE, 'images/northfield-logo.svg'));
    for (const p of pages) {
      const brand = readPage(p, out).querySelector('.site-header .brand');
      const img = brand?.querySelector('img');
      expect(img?.getAttribute('alt')).toBe(ORGANISATION);
      expect([img?.getAttribute('width'), img?.getAttribute('height')]).toEqual(['120', '40']);
      expect(img?.getAttribute('src')).toMatch(/^\/logo\/[0-9a-f]{12}\.svg$/);
      expect(readFileSync(join(out, img?.getAttribute('src') ?? ''))).toEqual(logo);
      expect(text(brand?.querySelector('.name-long'))).toBe(NAME);
      expect(text(brand?.querySelector('.name-short'))).toBe('NSP Learning');
    }
  });

  it('installs as the organisation’s own app: its names in the manifest, its logo in the icons', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.webmanifest'), 'utf8')) as {
      name: string;
      short_name: string;
      icons: { src: string }[];
    };
    expect([manifest.name, manifest.short_name]).toEqual([NAME, 'NSP Learning']);
    // Not Triangulate's icon: the same icon drawn from the site's own content differs.
    const ownIcon = readFileSync(join(out, manifest.icons[0]!.src));
    expect(ownIcon.equals(readFileSync(join(DIST, manifest.icons[0]!.src)))).toBe(false);
    expect(imageSize(new Uint8Array(ownIcon))).toMatchObject({ format: 'png', width: 192, height: 192 });
  });

  it('has the host keep the logo for a year, as it is named by its content', () => {
    const src = readPage(pages[0]!, out).querySelector('.site-header .brand img')?.getAttribute('src') ?? '';
    const blocks = parseHeadersFile(readFileSync(join(out, '_headers'), 'utf8'));
    expect(headersFor(blocks, src).get('cache-control')).toEqual([IMMUTABLE]);
  });

  it('gives every page the organisation’s footer, with its licence, contact and accessibility statement', () => {
    for (const p of pages) {
      const footer = readPage(p, out).querySelector('footer');
      expect(text(footer)).toContain('Anything you record stays on this device.');
      expect(text(footer)).toContain('Written by practitioners in Northfield.');
      expect(text(footer)).not.toContain('Cases are fictional');
      const links = footer?.querySelectorAll('a').map((a) => [text(a), a.getAttribute('href')]);
      expect(links).toEqual([
        ["the partnership's site", 'https://northfield.example/'],
        [ORGANISATION, 'https://northfield.example/'],
        ['CC BY 4.0', 'https://creativecommons.org/licenses/by/4.0/'],
        ['Accessibility statement', '/accessibility/'],
        ['learning@northfield.example', 'mailto:learning@northfield.example'],
      ]);
    }
  });

  it('opens the home page with the tagline and description, and names the site, never Triangulate', () => {
    const home = page('/');
    expect(text(home.querySelector('h1'))).toBe(
      "Safeguarding practice for everyone who works with Northfield's children",
    );
    expect(text(home.querySelector('.hero .lead'))).toBe(
      'Short courses from the Northfield Safeguarding Partnership for practitioners in Northfield.',
    );
    expect(home.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      'Short courses from the Northfield Safeguarding Partnership for practitioners in Northfield.',
    );
    expect(text(home.querySelector('#principles-title'))).toBe(`How ${NAME} works`);
    expect(home.querySelector('#site-search-input')?.closest('dialog')?.querySelector('label')?.text).toBe(
      `Search ${NAME}`,
    );
    // The trainers' guide is about the software, Triangulate; what learners see is the organisation's site.
    for (const p of pages.filter(({ url }) => !url.startsWith('/trainers/'))) {
      expect(readPage(p, out).toString(), p.url).not.toContain('Triangulate');
    }
  });

  it('heads the certificate with the site and organisation, still a self-declared record made on the device', () => {
    const certificate = page('/courses/working-with-families/certificate/').querySelector('.certificate');
    const masthead = certificate?.querySelector('.masthead');
    expect(masthead?.querySelector('img')?.getAttribute('alt')).toBe(ORGANISATION);
    expect(masthead?.querySelectorAll('p').map(text)).toEqual([NAME, ORGANISATION]);
    expect(text(certificate?.querySelector('.honesty'))).toBe(
      `A self-declared record generated on the learner's own device by ${NAME}, from ${ORGANISATION}. It has not been checked or verified by ${ORGANISATION} or anyone else.`,
    );
  });

  it('heads the printed CPD record with the site and organisation, and names the site in its introduction', () => {
    const record = page('/my-learning/cpd/').querySelector('[data-cpd-print]');
    const masthead = record?.querySelector('.masthead.print-only');
    expect(masthead?.querySelectorAll('p').map(text)).toEqual([NAME, ORGANISATION]);
    const setup = JSON.parse(record?.getAttribute('data-cpd-print') ?? '{}') as { intro: string };
    expect(setup.intro).toBe(
      `Made on this device from your progress on ${NAME} on {date}. It is a self-declared record, not verified by anyone.`,
    );
  });

  it('shows the organisation’s own accessibility statement at /accessibility/', () => {
    const statement = page('/accessibility/');
    expect(statement.querySelectorAll('h1').map(text)).toEqual(['Accessibility statement']);
    expect(text(statement.querySelector('main'))).toContain(
      'The Northfield Safeguarding Partnership wants everyone who works with children in Northfield',
    );
    expect(text(statement.querySelector('main'))).not.toContain('WCAG 2.2');
  });
});

describe('the default build (dist/)', () => {
  const home = readPage(builtPages().find(({ url }) => url === '/')!);

  it('is Triangulate: its name in the header and titles, the triangle for a logo', () => {
    expect(home.querySelector('title')?.text).toBe('Triangulate');
    expect(meta(home, 'og:site_name')).toBe('Triangulate');
    expect(text(home.querySelector('.site-header .brand'))).toBe('Triangulate');
    expect(home.querySelector('.site-header .brand svg')).not.toBeNull();
    expect(home.querySelector('.site-header img')).toBeNull();
    expect(existsSync(join(DIST, 'logo'))).toBe(false);
    expect(text(home.querySelector('h1'))).toBe('Practise judgement in child protection assessments');
  });

  it('keeps today’s footer, with a link to the accessibility statement and no organisation', () => {
    expect(home.querySelectorAll('footer p').map(text)).toEqual([
      'No accounts, no tracking, no third-party requests. Anything you record stays on this device.',
      "Cases are fictional. Facts are sourced in each module's references.",
      'Open source. Free to use and to host.',
    ]);
    expect(home.querySelectorAll('footer a').map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Accessibility statement', '/accessibility/'],
    ]);
  });

  it('has its own accessibility statement: the WCAG 2.2 AA aim, how it is checked, and how to report a problem', () => {
    const main = text(readPage(builtPages().find(({ url }) => url === '/accessibility/')!).querySelector('main'));
    expect(main).toContain('Triangulate aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA');
    expect(main).toContain('checked against WCAG 2.2 A and AA with axe');
    expect(main).toContain('Report a problem');
  });
});
