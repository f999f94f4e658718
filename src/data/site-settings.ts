import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from '../schemas/collections.ts';
import { SITE_SETTINGS_FILE, siteSchema, type SiteSettings } from '../schemas/site.ts';
import { imageSize } from '../utils/image-size.ts';
import { renderMarkdown } from '../utils/markdown.ts';
import { routes } from '../utils/routes.ts';
import { formatReport } from '../validation/problem.ts';
import { checkSiteSettings } from '../validation/site-settings.ts';

/** The logo as pages use it: its address in the built site, its proportions and its text. */
export interface SiteLogo {
  /** Names its file in the built site: a new logo is never taken for the old one from a browser's cache. */
  hash: string;
  format: 'svg' | 'png';
  href: string;
  alt: string;
  width: number;
  height: number;
  contentType: 'image/svg+xml' | 'image/png';
  bytes: Uint8Array<ArrayBuffer>;
}

/** The site settings with what pages need made from them: the logo's file, the footer and statement as HTML. */
export interface Site extends Omit<SiteSettings, 'logo'> {
  logo?: SiteLogo;
  footerHtml: string;
  /** The organisation's own accessibility statement as HTML, when it has written one. */
  statementHtml?: string;
}

/**
 * The site settings, read from `site.yaml` in the content folder (every field's default when there is
 * none). The content check has already stopped a build on any problem; in the preview a problem shows
 * as the page's error, in the same words.
 */
export function loadSite(root: string = contentRoot()): Site {
  const path = join(root, SITE_SETTINGS_FILE);
  if (!existsSync(path)) return withFiles(siteSchema.parse({}), root);
  const { value, problems } = checkSiteSettings({ path, format: 'yaml', text: readFileSync(path, 'utf8') });
  if (!value || problems.length > 0) throw new Error(formatReport(problems));
  return withFiles(value, root);
}

function withFiles({ logo, accessibilityStatement, footer, ...settings }: SiteSettings, root: string): Site {
  const site: Site = { ...settings, footer, accessibilityStatement, footerHtml: renderMarkdown(footer) };
  if (logo) site.logo = readLogo(join(root, logo.src), logo.alt);
  if (accessibilityStatement)
    site.statementHtml = renderMarkdown(readFileSync(join(root, accessibilityStatement), 'utf8'));
  return site;
}

function readLogo(path: string, alt: string): SiteLogo {
  const bytes = readFileSync(path);
  // The content check has made sure the file is an SVG or PNG image whose size can be read.
  const { format, width, height } = imageSize(bytes)!;
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  const contentType = format === 'svg' ? 'image/svg+xml' : 'image/png';
  return { hash, format, href: routes.logo(hash, format), alt, width, height, contentType, bytes };
}

let loaded: Site | undefined;

/**
 * The site settings for pages and layouts: read once per build, and afresh for every page in the
 * preview, so that a change to `site.yaml` or the logo shows on the next reload.
 */
export function siteSettings(): Site {
  if ((import.meta.env as ImportMetaEnv | undefined)?.DEV) return loadSite();
  loaded ??= loadSite();
  return loaded;
}

/**
 * The logo's page, for the route of its format (src/pages/logo/[hash].svg.ts and [hash].png.ts): the
 * file from the content folder, copied into the site under a name made from its contents, so that it
 * follows the site into any folder it is served from. A route per format, because only a route with
 * its extension written out serves a file, not a folder, in the preview. No logo, no file.
 */
export function logoPaths(format: SiteLogo['format']) {
  const { logo } = siteSettings();
  return logo?.format === format ? [{ params: { hash: logo.hash }, props: { logo } }] : [];
}

/**
 * The origin of the organisation's learning record store, for the pages' content security policy
 * (astro.config.mjs): pages may send statements there and nowhere else. `undefined` without one, or
 * while `site.yaml` has a problem, which the content check reports.
 */
export function learningRecordStoreOrigin(root: string = contentRoot()): string | undefined {
  try {
    const endpoint = loadSite(root).learningRecordStore?.endpoint;
    return endpoint === undefined ? undefined : new URL(endpoint).origin;
  } catch {
    return undefined;
  }
}
