import { searchWordsSchema, synonymPairs, type SearchWordsSettings } from '../schemas/search-words.ts';
import { wordsOf } from '../search/query-terms.ts';
import { stem } from '../search/stem.ts';
import { isStopWord, passesOver } from '../search/stop-words.ts';
import { closestMatch } from '../utils/closest-match.ts';
import type { SourceFile } from './parse-source.ts';
import type { Problem } from './problem.ts';
import { checkSettingsFile } from './settings-file.ts';

/** The synonyms a search words file has, read one by one: those whose both sides are well written. */
export type ReadableSynonyms = Record<string, string>;

/**
 * Checks the search words file (content/search.yaml) on its own: its syntax, its fields, and that each
 * synonym can do something. Whether pages hold the course's words is checked with the rest of the
 * content (`courseWordProblems`), for every synonym that can be read, whatever is wrong with others.
 */
export function checkSearchWords(file: SourceFile): {
  value?: SearchWordsSettings;
  synonyms: ReadableSynonyms;
  problems: Problem[];
} {
  const { value, data, problems } = checkSettingsFile(searchWordsSchema, file);
  const synonyms = readableSynonyms(data);
  const problem = (learner: string, message: string): Problem => ({
    file: file.path,
    field: `synonyms.${learner}`,
    message,
  });
  const stemsOf = (words: string) => wordsOf(words).map(stem).join(' ');
  const seen = new Map<string, string>();
  const synonymProblems = Object.entries(synonyms).flatMap(([learner, course]) => {
    const learnerStems = stemsOf(learner);
    const earlier = seen.get(learnerStems);
    seen.set(learnerStems, seen.get(learnerStems) ?? learner);
    if (earlier !== undefined)
      return [problem(learner, `Search reads this as \`${earlier}\`, on an earlier line: keep one of the two.`)];
    if (wordsOf(learner).every((word) => passesOver(word)))
      return [
        problem(
          learner,
          'Search passes over these words in every query (“it”, “us”, “what”): write a learner’s phrase with a word that says what they mean.',
        ),
      ];
    if (wordsOf(course).every((word) => isStopWord(word)))
      return [problem(learner, 'On the right, write the word the course uses, not only words such as “the” or “of”.')];
    if (learnerStems === stemsOf(course))
      return [
        problem(
          learner,
          'Both sides say the same: write on the left what learners type, and on the right the course’s word for it.',
        ),
      ];
    return [];
  });
  return { ...(value && { value }), synonyms, problems: [...problems, ...synonymProblems] };
}

function readableSynonyms(data: unknown): ReadableSynonyms {
  const synonyms = (data as { synonyms?: unknown } | undefined)?.synonyms;
  if (typeof synonyms !== 'object' || synonyms === null) return {};
  return Object.fromEntries(
    Object.entries(synonyms as Record<string, unknown>).filter(
      (entry): entry is [string, string] => synonymPairs.safeParse({ [entry[0]]: entry[1] }).success,
    ),
  );
}

/**
 * The synonyms whose course's words no page holds: search would look for them and find nothing. A word
 * counts as held when a word of some content text starts with it or with its stem ("partner" for
 * "partners"; "famili" for "families"), as both search engines compare stems. `texts` are the content
 * files' texts, read as a query's words are read (lower case, without accents).
 */
export function courseWordProblems(path: string, synonyms: ReadableSynonyms, texts: readonly string[]): Problem[] {
  const wanted = Object.entries(synonyms).flatMap(([learner, course]) =>
    wordsOf(course)
      .filter((word) => !isStopWord(word))
      .map((word) => ({ learner, word })),
  );
  if (wanted.length === 0) return [];
  const vocabulary = [...new Set(texts.flatMap(wordsOf))];
  const held = (word: string) => {
    const forms = [word, stem(word)];
    return vocabulary.some((known) => forms.some((form) => known.startsWith(form)));
  };
  return wanted
    .filter(({ word }) => !held(word))
    .map(({ learner, word }) => {
      const near = closestMatch(word, vocabulary);
      return {
        file: path,
        field: `synonyms.${learner}`,
        message: `No page has the word “${word}”, so search would find nothing with it: write a word the course uses${near ? `, such as “${near}”` : ''}.`,
      };
    });
}
