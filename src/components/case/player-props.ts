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
 * What the case player needs for one case, with its Markdown rendered: the page renders the player from
 * it, and `/cases/<id>/<version>.json` serves it to the player's JavaScript.
 */
export async function casePlayerProps(study: CollectionEntry<'cases'>['data']): Promise<CasePlayerProps> {
  const links: CasePlayerProps['links'] = {};
  for (const question of study.stages.flatMap((stage) => stage.questions)) {
    const link = await learnMoreLink(question);
    if (link) links[question.id] = link;
  }
  return {
    study: toPlayableCase(study, renderMarkdown, renderInlineMarkdown),
    links,
    strings: stringsFor(PLAYER_STRING_KEYS),
  };
}

/**
 * The version in the address of a case's data (`routes.casePlayerData`): a hash of the data itself, so a
 * page kept open across a new version of the site asks for the data it was built with, and gets it or
 * nothing, never data of another shape.
 */
export const casePlayerDataVersion = (props: CasePlayerProps): string =>
  createHash('sha256').update(JSON.stringify(props)).digest('hex').slice(0, 12);
