import { createHash } from 'node:crypto';
import { getEntry, type CollectionEntry } from 'astro:content';
import { toPlayableCase } from '../../cases/playable.ts';
import { stringsFor } from '../../i18n/t.ts';
import { renderInlineMarkdown, renderMarkdown } from '../../utils/markdown.ts';
import { routes } from '../../utils/routes.ts';
import { PLAYER_STRING_KEYS, type CasePlayerProps } from './player/CasePlayer.tsx';

type Question = CollectionEntry<'cases'>['data']['stages'][number]['questions'][number];

/** Where a question's "read more" link goes: the module, at the heading that explains it. */
async function learnMoreLink(question: Question) {
  // One entry by id: reading the whole modules collection for every case grows with the square of the catalogue.
  const module = question.learnMore && (await getEntry('modules', question.learnMore.module));
  if (!module) return undefined;
  const anchor = question.learnMore?.section ? `#${question.learnMore.section}` : '';
  return { href: `${routes.module(module.data.course, module.id)}${anchor}`, title: module.data.title };
}

/**
 * Each case's Markdown rendered, with the text it was rendered from. A build asks for a case three
 * times (the page that embeds it, its data file, My learning), and rendering is the costly part; a case
 * edited in `npm run dev` is rendered again.
 */
const rendered = new Map<string, { source: string; playable: CasePlayerProps['study'] }>();

function playableCase(study: CollectionEntry<'cases'>['data']): CasePlayerProps['study'] {
  const source = JSON.stringify(study);
  const known = rendered.get(study.id);
  if (known?.source === source) return known.playable;
  const playable = toPlayableCase(study, renderMarkdown, renderInlineMarkdown);
  rendered.set(study.id, { source, playable });
  return playable;
}

/**
 * What the case player needs for one case, with its Markdown rendered: the page renders the player from
 * it, and `/cases/<id>/<version>.json` serves it to the player's JavaScript. The "read more" links are
 * looked up each time, since a module's title can change while the case does not. An example case (the
 * trainers' guide's own) is played without saving.
 */
export async function casePlayerProps(
  study: CollectionEntry<'cases'>['data'],
  { example = false } = {},
): Promise<CasePlayerProps> {
  const links: CasePlayerProps['links'] = {};
  for (const question of study.stages.flatMap((stage) => stage.questions)) {
    const link = await learnMoreLink(question);
    if (link) links[question.id] = link;
  }
  const props = { study: playableCase(study), links, strings: stringsFor(PLAYER_STRING_KEYS) };
  // Left out unless set, so a content case's data (and the version in its address) stays as it was.
  return example ? { ...props, example } : props;
}

/**
 * The version in the address of a case's data (`routes.casePlayerData`): a hash of the data itself, so a
 * page kept open across a new version of the site asks for the data it was built with, and gets it or
 * nothing, never data of another shape.
 */
export const casePlayerDataVersion = (props: CasePlayerProps): string =>
  createHash('sha256').update(JSON.stringify(props)).digest('hex').slice(0, 12);

/** Where the player fetches a case's data from: the address of the data these props make. */
export const casePlayerDataAddress = (caseId: string, props: CasePlayerProps): string =>
  routes.casePlayerData(caseId, casePlayerDataVersion(props));
