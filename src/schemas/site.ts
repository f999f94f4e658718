import { z } from 'astro/zod';
import { text } from './common.ts';

/** The settings file's name, at the top of the content folder. */
export const SITE_SETTINGS_FILE = 'site.yaml';

/** What a site shows when its settings leave a field out: Triangulate's own site. */
export const SITE_DEFAULTS = {
  name: 'Triangulate',
  tagline: 'Practise judgement in child protection assessments',
  description:
    'Free, private e-learning on assessment and decision making in child protection: courses, case-based practice and talks.',
  footer:
    "Cases are fictional. Facts are sourced in each module's references.\n\nOpen source. Free to use and to host.",
} as const;

/** Where a learner can reach the people who run the site: an email address or a web page. */
export interface Contact {
  kind: 'email' | 'web';
  /** `mailto:…` or the page's address. */
  href: string;
  /** What the link shows: the email address itself, or the page's address. */
  label: string;
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]+$/;

/** An https address with a host name, such as `https://example.org/contact`. */
const isHttpsAddress = (value: string) => URL.canParse(value) && /^https:\/\/[^/\s]+\.[^/\s]+/.test(value);

/** A contact written as an email address (with or without `mailto:`) or an https address. */
export function toContact(value: string): Contact | undefined {
  const email = value.replace(/^mailto:/i, '');
  if (EMAIL.test(email)) return { kind: 'email', href: `mailto:${email}`, label: email };
  if (isHttpsAddress(value)) return { kind: 'web', href: value, label: value };
  return undefined;
}

const CONTACT_HINT =
  'Write an email address, for example `learning@example.org`, or a web address starting with https://, for example `https://example.org/contact`.';

const httpsUrl = (field: string) =>
  z
    .string({ error: `Write a full address starting with https://, or leave \`${field}\` out.` })
    .trim()
    .refine(isHttpsAddress, { error: `Write a full address starting with https://, or leave \`${field}\` out.` });

/**
 * A file in the content folder, written from there (`logo.svg`, `images/logo.png`): never outside it,
 * because the site is built from the content folder alone.
 */
const contentFile = (example: string, extension: RegExp, extensionHint: string) =>
  z
    .string({ error: `Write the file's name, for example \`${example}\`.` })
    .trim()
    .regex(/^(?![/\\])(?![A-Za-z]:)(?!.*(?:^|[/\\])\.\.(?:[/\\]|$))\S(?:.*\S)?$/, {
      error: `Write the file's path from the content folder, for example \`${example}\`: no \`/\` at the start and no \`..\`.`,
      abort: true,
    })
    .regex(extension, { error: extensionHint });

const organisation = z
  .strictObject({
    name: text
      .max(120, { error: 'Keep the organisation’s name to 120 characters or fewer.' })
      .describe('The organisation’s name as it should appear, for example `Northfield Safeguarding Partnership`.'),
    url: httpsUrl('url')
      .optional()
      .describe('The organisation’s own website (https only). The footer links its name there. Optional.'),
  })
  .describe(
    'The organisation that publishes the site: named in the footer, on certificates and on the printable CPD record. Default: none (Triangulate’s own site names no organisation).',
  );

const logo = z
  .strictObject({
    src: contentFile(
      'logo.svg',
      /\.(?:svg|png|SVG|PNG)$/,
      'Use an SVG or PNG image: its file name ends in `.svg` or `.png`.',
    ).describe(
      'The logo file, an SVG or PNG in the content folder, written from there: `logo.svg` for content/logo.svg. Shown about 40 pixels high.',
    ),
    alt: text
      .max(150, { error: 'Keep the alternative text to 150 characters or fewer: the words in the logo are enough.' })
      .describe(
        'Alternative text for people who cannot see the logo: the words in it, usually the organisation’s name. Up to 150 characters.',
      ),
  })
  .describe(
    'The organisation’s logo, in the header before the site name and on certificates. Default: Triangulate’s triangle.',
  );

const licence = z
  .strictObject({
    name: text
      .max(80, { error: 'Keep the licence’s name short, for example `CC BY 4.0`.' })
      .describe('The licence’s short name, for example `CC BY 4.0` or `CC BY-NC-SA 4.0`.'),
    url: httpsUrl('url')
      .optional()
      .describe(
        'Where the licence can be read (https only), for example `https://creativecommons.org/licenses/by/4.0/`. Optional.',
      ),
  })
  .describe(
    'The licence of the courses, cases and talks in the content folder, shown in the footer. Default: none shown. The code’s own licence is in the project.',
  );

/** `https://…`, or for trying a store out on one's own computer, `http://localhost…` or `http://127.0.0.1…`. */
const isStoreAddress = (value: string) =>
  URL.canParse(value) &&
  /^(?:https:\/\/[^/\s]+\.[^/\s]+|http:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?)\/(?:\S*\/)?$/.test(value);

const STORE_ADDRESS_HINT =
  'Write the store’s xAPI address as its provider gives it, starting with https:// and ending with `/`, for example `https://lrs.example.org/xapi/`.';

const learningRecordStore = z
  .strictObject({
    endpoint: z
      .string({ error: STORE_ADDRESS_HINT })
      .trim()
      .refine(isStoreAddress, { error: STORE_ADDRESS_HINT })
      .describe(
        'The store’s xAPI address, ending with `/`, for example `https://lrs.example.org/xapi/` (https only; `http://localhost` only to try it out).',
      ),
    key: text
      .max(200, { error: 'Paste the key as the store gives it: it is shorter than 200 characters.' })
      .describe(
        'The key of a set of credentials that may only send statements: every visitor’s browser can read it. Ask the store’s administrator for one limited to writing statements.',
      ),
    secret: text
      .max(200, { error: 'Paste the secret as the store gives it: it is shorter than 200 characters.' })
      .describe('The secret that goes with `key`. Like the key, it is readable by anyone who visits the site.'),
  })
  .describe(
    'An organisation’s learning record store (xAPI). When it is set, learners may choose in My learning to send a record of what they complete to it; nothing is sent until a learner chooses to, and they can stop at any time. Default: none (nothing is ever sent).',
  );

/**
 * The site's own name and details: `site.yaml` at the top of the content folder. Every field may be
 * left out, and so may the file: what is left out is Triangulate's own.
 */
export const siteSchema = z
  .strictObject({
    name: text
      .max(60, { error: 'Keep the name to 60 characters or fewer: it goes after every page’s title.' })
      .default(SITE_DEFAULTS.name)
      .describe(
        `The site’s name: in the header, after every page’s title, in link previews and on certificates. Default: ${SITE_DEFAULTS.name}. Up to 60 characters.`,
      ),
    shortName: text
      .max(24, { error: 'Keep the short name to 24 characters or fewer.' })
      .optional()
      .describe(
        'A shorter name for the header on narrow screens such as phones, for example `NSP Learning`. Default: the name. Up to 24 characters.',
      ),
    tagline: text
      .max(120, { error: 'Keep the tagline to 120 characters or fewer: it is the home page’s heading.' })
      .default(SITE_DEFAULTS.tagline)
      .describe(
        `The home page’s heading: what learners come here to do. Default: “${SITE_DEFAULTS.tagline}”. Up to 120 characters.`,
      ),
    description: text
      .max(200, { error: 'Keep the description to 200 characters or fewer: search engines cut longer ones short.' })
      .default(SITE_DEFAULTS.description)
      .describe(
        'One or two sentences on what the site offers: under the home page’s heading, and the description search engines and link previews show for pages without their own. Default: Triangulate’s. Up to 200 characters.',
      ),
    organisation: organisation.optional(),
    logo: logo.optional(),
    contact: z
      .string({ error: CONTACT_HINT })
      .trim()
      .refine((value) => toContact(value) !== undefined, { error: CONTACT_HINT })
      .transform((value) => toContact(value)!)
      .optional()
      .describe(
        'Where learners can reach the people who run the site, for example about a problem using it: an email address, or a web address starting with https://. Shown in the footer and the accessibility statement. Default: none.',
      ),
    footer: text
      .max(600, { error: 'Keep the footer text to 600 characters or fewer: a sentence or two.' })
      .default(SITE_DEFAULTS.footer)
      .describe(
        'A sentence or two for the bottom of every page, in Markdown (links allowed; a blank line starts a new paragraph). The footer also always says that nothing leaves the learner’s device. Default: Triangulate’s (“Cases are fictional…”). Up to 600 characters.',
      ),
    licence: licence.optional(),
    learningRecordStore: learningRecordStore.optional(),
    accessibilityStatement: contentFile(
      'accessibility.md',
      /\.(?:md|MD)$/,
      'Write the statement in a Markdown file whose name ends in `.md`, for example `accessibility.md`.',
    )
      .optional()
      .describe(
        'Your own accessibility statement: a Markdown file in the content folder, for example `accessibility.md`, shown at /accessibility/ and linked from every page’s footer. Default: the site’s own statement (aims for WCAG 2.2 AA; how to report a problem through `contact`).',
      ),
  })
  .describe(
    'The site’s own name and details: name, organisation, logo, contact, footer, content licence and accessibility statement. Every field may be left out.',
  );

export type SiteSettingsInput = z.input<typeof siteSchema>;
export type SiteSettings = z.output<typeof siteSchema>;
