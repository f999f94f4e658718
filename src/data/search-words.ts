import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from '../schemas/collections.ts';
import { SEARCH_WORDS_FILE } from '../schemas/search-words.ts';
import { compileSearchWords, NO_SEARCH_WORDS, type SearchWords } from '../search/search-words.ts';
import { formatReport } from '../validation/problem.ts';
import { checkSearchWords } from '../validation/search-words.ts';

/**
 * The site's search words, from `search.yaml` in the content folder (none when there is no such file),
 * ready for the catalogue file. The content check has already stopped a build on any problem; in the
 * preview a problem shows as the page's error, in the same words.
 */
export function loadSearchWords(root: string = contentRoot()): SearchWords {
  const path = join(root, SEARCH_WORDS_FILE);
  if (!existsSync(path)) return NO_SEARCH_WORDS;
  const { value, problems } = checkSearchWords({ path, format: 'yaml', text: readFileSync(path, 'utf8') });
  if (!value || problems.length > 0) throw new Error(formatReport(problems));
  return compileSearchWords(value);
}
