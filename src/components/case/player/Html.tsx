/**
 * HTML rendered at build time from the project's own Markdown (see cases/playable.ts). Never used for
 * anything a learner typed: their text is always rendered as text.
 */
export function Html({ html, as: Tag = 'div', className }: { html: string; as?: 'div' | 'span'; className?: string }) {
  return <Tag className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** The text of build-time HTML without its tags, for labels and announcements. */
export const plainText = (html: string) => html.replace(/<[^>]+>/g, '').trim();
