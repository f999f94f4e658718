import type { APIRoute } from 'astro';
import { siteSettings } from '../data/site-settings.ts';
import { webAppManifest } from '../offline/web-app.ts';
import tokens from '../styles/tokens.css?raw';

/** The web app manifest, which makes the site installable (see src/offline/web-app.ts). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(webAppManifest(siteSettings(), tokens), null, 2), {
    headers: { 'content-type': 'application/manifest+json' },
  });
