import type { APIRoute, GetStaticPaths } from 'astro';
import { entriesOf } from '../../../data/entries.ts';
import { casePlayerDataVersion, casePlayerProps } from '../../../components/case/player-props.ts';
import type { CasePlayerProps } from '../../../components/case/player/CasePlayer.tsx';

/**
 * A case as its player reads it, fetched when the case scrolls into view: the page itself carries the
 * case once, as text that reads without JavaScript, not a second time as data.
 */
export const getStaticPaths = (async () =>
  Promise.all(
    (await entriesOf('cases')).map(async (entry) => {
      const data = await casePlayerProps(entry.data);
      return { params: { id: entry.id, version: casePlayerDataVersion(data) }, props: { data } };
    }),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: CasePlayerProps }> = ({ props }) =>
  new Response(JSON.stringify(props.data), { headers: { 'content-type': 'application/json' } });
