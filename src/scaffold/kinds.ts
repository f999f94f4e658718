import type { CollectionName } from '../schemas/collections.ts';

/**
 * The kinds of content `npm run new` starts, by the word a trainer types: the collection each one
 * joins, and the page of the trainers' guide that explains its fields.
 */
export const NEW_CONTENT_KINDS = {
  course: { collection: 'courses', guide: '/trainers/courses/' },
  module: { collection: 'modules', guide: '/trainers/modules/' },
  case: { collection: 'cases', guide: '/trainers/cases/' },
  talk: { collection: 'talks', guide: '/trainers/talks/' },
  resource: { collection: 'resources', guide: '/trainers/resources-and-glossary/#add-a-resource' },
  term: { collection: 'glossary', guide: '/trainers/resources-and-glossary/#add-a-glossary-term' },
} as const satisfies Record<string, { collection: CollectionName; guide: string }>;

export type NewContentKind = keyof typeof NEW_CONTENT_KINDS;

export const NEW_CONTENT_KIND_NAMES = Object.keys(NEW_CONTENT_KINDS) as NewContentKind[];

export const isNewContentKind = (word: string): word is NewContentKind => Object.hasOwn(NEW_CONTENT_KINDS, word);
