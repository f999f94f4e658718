import { searchWordsSchema, type SearchWordsSettings } from '../schemas/search-words.ts';
import { wordsOf } from '../search/query-terms.ts';
import { stem } from '../search/search-words.ts';
import { isStopWord } from '../search/stop-words.ts';
import { closestMatch } from '../utils/closest-match.ts';
import type { SourceFile } from './parse-source.ts';
import type { Problem } from './problem.ts';
import { checkSettingsFile } from './settings-file.ts';

/** The synonyms a search words file has, read one by one: those whose both sides are well written. */
export type ReadableSynonyms = Record<string, string>;

/**
 * Checks the search words file (content/search.yaml) on its own: its syntax, its fields, and that each
 * synonym changes something. Whether pages hold the course's words is checked with the rest of the
 * content (`courseWordProblems`), for every synonym that can be read, whatever is wrong with others.
 */
export function checkSearchWords(file: SourceFile): {
  value?: SearchWordsSettings;
  synonyms: ReadableSynonyms;
  problems: Problem[];
} {
  const { value, data, problems } = checkSettingsFile(searchWordsSchema, file);
  const synonyms = readableSynonyms(data);
  const same = Object.entries(synonyms).filter(
    ([learner, course]) => wordsOf(learner).map(stem).join(' ') === wordsOf(course).map(stem).join(' '),
  );
  return {
    ...(value && { value }),
    synonyms,
    problems: [
      ...problems,
      ...same.map(([learner]) => ({
        file: file.path,
        field: `synonyms.${learner}`,
        message:
          'Both sides say the same: write on the left what learners type, and on the right the course’s word for it.',
      })),
    ],
  };
}

function readableSynonyms(data: unknown): ReadableSynonyms {
  const synonyms = (data as { synonyms?: unknown } | undefined)?.synonyms;
  if (typeof synonyms !== 'object' || synonyms === null) return {};
  const pair = searchWordsSchema.shape.synonyms.unwrap();
  return Object.fromEntries(
    Object.entries(synonyms as Record<string, unknown>).filter(
      (entry): entry is [string, string] => pair.safeParse({ [entry[0]]: entry[1] }).success,
    ),
  );
}

/**
 * The synonyms whose course's words no page holds: search would look for them and find nothing. A word
 * counts as held when some content text has a word starting with it or with its stem ("partner" for
 * "partners"; "family" and "famili" for "families"), as both search engines compare stems. `texts` are
 * the content files' texts.
 */
export function courseWordProblems(path: string, synonyms: ReadableSynonyms, texts: readonly string[]): Problem[] {
  const wanted = new Set<string>();
  for (const course of Object.values(synonyms))
    for (const word of wordsOf(course)) if (!isStopWord(word)) wanted.add(word).add(stem(word));
  if (wanted.size === 0) return [];
  // One pass over the content for every word at once (longest first, so that none hides a longer one):
  // at 10,000 modules a pass per word would be slow.
  const alternatives = [...wanted].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'gu');
  const held = new Set(texts.flatMap((text) => text.toLowerCase().match(pattern) ?? []));
  const missing = (course: string) =>
    wordsOf(course).filter((word) => !isStopWord(word) && !held.has(word) && !held.has(stem(word)));
  const problems = Object.entries(synonyms).flatMap(([learner, course]) =>
    missing(course).map((word) => ({ learner, word })),
  );
  if (problems.length === 0) return [];
  // Only now, with a word to suggest a replacement for, is every word of the content listed.
  const vocabulary = [...new Set(texts.flatMap(wordsOf))];
  return problems.map(({ learner, word }) => {
    const near = closestMatch(word, vocabulary);
    return {
      file: path,
      field: `synonyms.${learner}`,
      message: `No page has the word “${word}”, so search would find nothing with it: write a word the course uses${near ? `, such as “${near}”` : ''}.`,
    };
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
