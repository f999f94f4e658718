import type { APIRoute, GetStaticPaths } from 'astro';
import { siteSettings } from '../../data/site-settings.ts';
import { renderAppIcon } from '../../offline/app-icon.ts';
import { APP_ICONS, appColours, type AppIcon } from '../../offline/web-app.ts';
import tokens from '../../styles/tokens.css?raw';
import triangle from '../../../public/favicon.svg?raw';

/** The app's icons, which the web app manifest names (src/offline/web-app.ts). */
export const getStaticPaths = (() =>
  APP_ICONS.map((icon) => ({ params: { icon: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: AppIcon }> = async ({ props }) => {
  const mark = siteSettings().logo?.bytes ?? new TextEncoder().encode(triangle);
  const png = await renderAppIcon(mark, props.icon, appColours(tokens).background.light);
  return new Response(png.buffer as ArrayBuffer, { headers: { 'content-type': 'image/png' } });
};
