/** The services a talk's video can be embedded from, with the privacy-friendlier host of each. */
export const EMBED_SERVICES = {
  youtube: {
    name: 'YouTube',
    frameHost: 'https://www.youtube-nocookie.com',
    watchUrl: 'https://www.youtube.com/watch?v=',
  },
  vimeo: { name: 'Vimeo', frameHost: 'https://player.vimeo.com', watchUrl: 'https://vimeo.com/' },
} as const;

export type EmbedKind = keyof typeof EMBED_SERVICES;

/** The address of the embedded player, starting to play at `start` seconds (the learner has just clicked). */
export function embedUrl(kind: EmbedKind, videoId: string, start = 0): string {
  const id = encodeURIComponent(videoId);
  const from = Math.max(0, Math.floor(start));
  if (kind === 'youtube') {
    return `${EMBED_SERVICES.youtube.frameHost}/embed/${id}?autoplay=1${from > 0 ? `&start=${from}` : ''}`;
  }
  return `${EMBED_SERVICES.vimeo.frameHost}/video/${id}?autoplay=1&dnt=1${from > 0 ? `#t=${from}s` : ''}`;
}

/** The video's own page on its service, for a plain link (following a link is the learner's choice). */
export const watchUrl = (kind: EmbedKind, videoId: string): string =>
  `${EMBED_SERVICES[kind].watchUrl}${encodeURIComponent(videoId)}`;
