import { markdownToHtml } from 'satteri';
import { siteLinks } from '../integrations/site-links.ts';
import { siteAddress } from './routes.ts';

const plugins = { mdastPlugins: [siteLinks(siteAddress('/'))] };

/**
 * Markdown written inside YAML (case narratives, feedback) as HTML. It comes from the project's own
 * content files, never from learners, so it is trusted like the MDX modules are.
 */
export const renderMarkdown = (markdown: string): string => markdownToHtml(markdown, plugins).html;

/** Markdown for a single line (an option, an item): the same, without the wrapping paragraph. */
export const renderInlineMarkdown = (markdown: string): string =>
  renderMarkdown(markdown)
    .trim()
    .replace(/^<p>([\s\S]*)<\/p>$/, '$1');
