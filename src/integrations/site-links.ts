import { defineMdastPlugin } from 'satteri';
import { withBase } from '../utils/base-path.ts';

/**
 * Moves links and images that a trainer writes from the site's root (`[the talk](/talks/intuition/)`)
 * into the folder the site is served from, so content written once works at any address. Links to
 * other hosts, anchors and relative links are left as written. A Sätteri plugin: Astro's Markdown
 * processor for MDX (astro.config.mjs), and the renderer of Markdown inside YAML (src/utils/markdown.ts).
 */
export const siteLinks = (base: string) =>
  defineMdastPlugin({
    name: 'triangulate:site-links',
    link: (node, context) => context.setProperty(node, 'url', withBase(base, node.url)),
    image: (node, context) => context.setProperty(node, 'url', withBase(base, node.url)),
    definition: (node, context) => context.setProperty(node, 'url', withBase(base, node.url)),
  });
