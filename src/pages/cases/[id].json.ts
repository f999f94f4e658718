import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { casePlayerProps } from '../../components/case/player-props.ts';

/**
 * A case as its player reads it, fetched when the case scrolls into view: the page itself carries the
 * case once, as text that reads without JavaScript, not a second time as data.
 */
export const getStaticPaths = (async () =>
  (await getCollection('cases')).map((entry) => ({
    params: { id: entry.id },
    props: { entry },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'cases'> }> = async ({ props }) =>
  new Response(JSON.stringify(await casePlayerProps(props.entry.data)), {
    headers: { 'content-type': 'application/json' },
  });
