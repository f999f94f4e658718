import { COLLECTION_NAMES } from '../schemas/collections.ts';
import type { ValidatedContent } from './validate-content.ts';

/** `1 courses, 2 modules, …`: what a successful check found. */
export const summariseContent = (content: ValidatedContent) =>
  COLLECTION_NAMES.map((name) => `${content[name].length} ${name}`).join(', ');
