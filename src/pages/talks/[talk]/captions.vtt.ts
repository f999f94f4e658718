import type { APIRoute, GetStaticPaths } from 'astro';
import { entriesOf } from '../../../data/entries.ts';
import { readCaptions } from '../../../talks/load-captions.ts';

/** Serves each talk's captions file, which lives beside the talk in the content folder. */
export const getStaticPaths = (async () => {
  const talks = await entriesOf('talks');
  return talks.flatMap((talk) => {
    const media = talk.data.media;
    if (!talk.filePath || (media?.kind !== 'audio' && media?.kind !== 'video')) return [];
    return [{ params: { talk: talk.id }, props: { source: readCaptions(talk.filePath, media.captions).source } }];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { source: string }).source, { headers: { 'content-type': 'text/vtt; charset=utf-8' } });
