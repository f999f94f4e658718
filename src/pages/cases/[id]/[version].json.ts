import type { APIRoute, GetStaticPaths } from 'astro';
import { casePlayerDataVersion, casePlayerProps } from '../../../components/case/player-props.ts';
import type { CasePlayerProps } from '../../../components/case/player/CasePlayer.tsx';
import { entriesOf } from '../../../data/entries.ts';
import { guideExamples } from '../../../data/guide-examples.ts';

/**
 * A case as its player reads it, fetched when the case scrolls into view: the page itself carries the
 * case once, as text that reads without JavaScript, not a second time as data. The trainers' guide's
 * example cases are served too, marked as examples; an example's data never has the address of a content
 * case with the same id, since the mark is part of the data its version is a hash of.
 */
export const getStaticPaths = (async () => {
  const cases = [
    ...(await entriesOf('cases')).map((entry) => ({ study: entry.data, example: false })),
    ...guideExamples().cases.map((entry) => ({ study: entry.data, example: true })),
  ];
  return Promise.all(
    cases.map(async ({ study, example }) => {
      const data = await casePlayerProps(study, { example });
      return { params: { id: study.id, version: casePlayerDataVersion(data) }, props: { data } };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: CasePlayerProps }> = ({ props }) =>
  new Response(JSON.stringify(props.data), { headers: { 'content-type': 'application/json' } });
