import type { APIRoute, GetStaticPaths } from 'astro';
import { logoPaths, type SiteLogo } from '../../data/site-settings.ts';

/** The organisation's logo when it is a PNG file: see logoPaths. */
export const getStaticPaths = (() => logoPaths('png')) satisfies GetStaticPaths;

export const GET: APIRoute<{ logo: SiteLogo }> = ({ props }) =>
  new Response(props.logo.bytes, { headers: { 'content-type': props.logo.contentType } });
