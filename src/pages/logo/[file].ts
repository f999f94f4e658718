import type { APIRoute, GetStaticPaths } from 'astro';
import { siteSettings, type SiteLogo } from '../../data/site-settings.ts';

/**
 * The organisation's logo from the content folder (site.yaml's `logo`), copied into the site under a
 * name made from its contents, so it follows the site into any folder it is served from, and a new logo
 * is never shown from a browser's cache of the old one. No logo, no file.
 */
export const getStaticPaths = (() => {
  const { logo } = siteSettings();
  return logo ? [{ params: { file: logo.fileName }, props: { logo } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ logo: SiteLogo }> = ({ props }) =>
  new Response(props.logo.bytes, { headers: { 'content-type': props.logo.contentType } });
