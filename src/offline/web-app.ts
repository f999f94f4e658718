import type { Site } from '../data/site-settings.ts';
import { routes } from '../utils/routes.ts';

/** The icons the manifest offers: browsers ask for 192 and 512 pixels, and a maskable one for Android's shapes. */
export const APP_ICONS = [
  { name: 'icon-192', size: 192, purpose: 'any' },
  { name: 'icon-512', size: 512, purpose: 'any' },
  { name: 'maskable-512', size: 512, purpose: 'maskable' },
] as const;
export type AppIcon = (typeof APP_ICONS)[number];

/** A colour of the design tokens (src/styles/tokens.css) in the light and the dark scheme. */
export interface TokenColour {
  light: string;
  dark: string;
}

/**
 * A colour token's two values from the tokens' CSS, `--tg-color-accent: light-dark(#0b5c63, #7fd0d6);`,
 * so that the app's colours follow the design tokens rather than repeat them.
 */
export function tokenColour(css: string, token: string): TokenColour {
  const match = new RegExp(`${token}:\\s*light-dark\\((#[0-9a-f]{3,8}),\\s*(#[0-9a-f]{3,8})\\)`, 'i').exec(css);
  if (!match?.[1] || !match[2]) throw new Error(`The design tokens have no light-dark colour ${token}.`);
  return { light: match[1], dark: match[2] };
}

/** The app's colours: the title bar in the accent colour, the splash screen in the page's background. */
export const appColours = (tokensCss: string) => ({
  theme: tokenColour(tokensCss, '--tg-color-accent'),
  background: tokenColour(tokensCss, '--tg-color-bg'),
});

/**
 * The web app manifest: the site's own names from its settings, and a start address and scope inside
 * the folder it is served from, so that an installed site in `/learning/` opens there and stays there.
 */
export function webAppManifest(site: Pick<Site, 'name' | 'shortName' | 'description'>, tokensCss: string) {
  const { theme, background } = appColours(tokensCss);
  return {
    id: routes.home(),
    name: site.name,
    short_name: site.shortName ?? site.name,
    description: site.description,
    lang: 'en-GB',
    dir: 'ltr',
    start_url: routes.home(),
    scope: routes.home(),
    display: 'standalone',
    theme_color: theme.light,
    background_color: background.light,
    icons: APP_ICONS.map(({ name, size, purpose }) => ({
      src: routes.icon(name),
      sizes: `${size}x${size}`,
      type: 'image/png',
      purpose,
    })),
  };
}
