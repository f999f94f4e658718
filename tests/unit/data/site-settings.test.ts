import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../../src/data/site-settings.ts';
import { SITE_DEFAULTS } from '../../../src/schemas/site.ts';

describe('loadSite', () => {
  it('gives Triangulate’s own site for a content folder without settings', () => {
    const site = loadSite('tests/fixtures/valid');
    expect(site).toMatchObject({ name: SITE_DEFAULTS.name, tagline: SITE_DEFAULTS.tagline });
    expect(site.logo).toBeUndefined();
    expect(site.statementHtml).toBeUndefined();
    expect(site.footerHtml).toMatchInlineSnapshot(`
      "<p>Cases are fictional. Facts are sourced in each module's references.</p>
      <p>Open source. Free to use and to host.</p>
      "
    `);
  });

  it('reads an organisation’s settings, with its logo named by its contents and its text as HTML', () => {
    const site = loadSite('tests/fixtures/organisation');
    const bytes = readFileSync('tests/fixtures/organisation/images/northfield-logo.svg');
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
    expect(site.logo).toEqual({
      hash,
      format: 'svg',
      href: `/logo/${hash}.svg`,
      alt: 'Northfield Safeguarding Partnership',
      width: 120,
      height: 40,
      contentType: 'image/svg+xml',
      bytes,
    });
    expect(site.organisation).toEqual({
      name: 'Northfield Safeguarding Partnership',
      url: 'https://northfield.example/',
    });
    expect(site.contact?.href).toBe('mailto:learning@northfield.example');
    expect(site.footerHtml).toContain('<a href="https://northfield.example/">the partnership');
    expect(site.statementHtml).toContain('<h2>How to tell us about a problem</h2>');
  });

  it('stops with the content check’s report when the settings have a mistake', () => {
    expect(() => loadSite('tests/fixtures/malformed/site-logo-missing')).toThrow(
      /site-logo-missing\/site\.yaml · logo\.src · There is no file .*logo\.svg/,
    );
  });
});
