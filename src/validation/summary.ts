import { COLLECTION_NAMES } from '../schemas/collections.ts';
import type { ValidatedContent } from './validate-content.ts';

/** `courses: 1, modules: 2, …`: what a successful check found. */
export const summariseContent = (content: ValidatedContent) =>
  COLLECTION_NAMES.map((name) => `${name}: ${content[name].length}`).join(', ');
