import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { SITE_DEFAULTS, siteSchema, toContact } from '../../../src/schemas/site.ts';

const messagesOf = (result: { error?: z.ZodError }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('siteSchema', () => {
  it('gives Triangulate’s own site for settings that leave everything out', () => {
    expect(siteSchema.parse({})).toEqual(SITE_DEFAULTS);
  });

  it('keeps what an organisation writes, with its contact made into a link', () => {
    const settings = siteSchema.parse({
      name: 'Northfield Learning',
      organisation: { name: 'Northfield Safeguarding Partnership', url: 'https://northfield.example/' },
      logo: { src: 'images/logo.png', alt: 'Northfield Safeguarding Partnership' },
      contact: 'learning@northfield.example',
      licence: { name: 'CC BY 4.0' },
      accessibilityStatement: 'accessibility.md',
    });
    expect(settings).toMatchObject({
      name: 'Northfield Learning',
      tagline: SITE_DEFAULTS.tagline,
      contact: { kind: 'email', href: 'mailto:learning@northfield.example', label: 'learning@northfield.example' },
      licence: { name: 'CC BY 4.0' },
    });
  });

  it.each(['logo.svg', 'logo.PNG', 'images/northfield logo.png', 'brand/2026/logo.svg'])(
    'accepts the logo path %j',
    (src) => {
      expect(siteSchema.safeParse({ logo: { src, alt: 'Northfield' } }).success).toBe(true);
    },
  );

  it.each([
    ['/logo.svg', 'no `/` at the start'],
    ['../public/logo.svg', 'no `..`'],
    ['images/../../logo.svg', 'no `..`'],
    ['C:/Users/me/logo.svg', 'no `/` at the start'],
    ['logo.jpg', 'ends in `.svg` or `.png`'],
    ['logo.svg.txt', 'ends in `.svg` or `.png`'],
  ])('rejects the logo path %j', (src, hint) => {
    expect(messagesOf(siteSchema.safeParse({ logo: { src, alt: 'Northfield' } }))).toEqual([
      expect.stringContaining(hint),
    ]);
  });
});

describe('toContact', () => {
  it.each([
    [
      'learning@northfield.example',
      { kind: 'email', href: 'mailto:learning@northfield.example', label: 'learning@northfield.example' },
    ],
    [
      'mailto:learning@northfield.example',
      { kind: 'email', href: 'mailto:learning@northfield.example', label: 'learning@northfield.example' },
    ],
    [
      'MAILTO:first.last+site@nsp.example.org',
      { kind: 'email', href: 'mailto:first.last+site@nsp.example.org', label: 'first.last+site@nsp.example.org' },
    ],
    [
      'https://northfield.example/contact',
      { kind: 'web', href: 'https://northfield.example/contact', label: 'https://northfield.example/contact' },
    ],
  ])('reads %j', (value, expected) => {
    expect(toContact(value)).toEqual(expected);
  });

  it.each([
    'Ring the training team on 01632 960000',
    'http://northfield.example/contact',
    'northfield.example/contact',
    'https://localhost/contact',
    'learning@northfield',
    'learning@@northfield.example',
    'learning @northfield.example',
    'The team <learning@northfield.example>',
  ])('reads nothing from %j', (value) => {
    expect(toContact(value)).toBeUndefined();
  });
});
