import { z } from 'astro/zod';

/** The search words file's name, at the top of the content folder beside `site.yaml`. */
export const SEARCH_WORDS_FILE = 'search.yaml';

/** Letters and digits, with single spaces, hyphens or apostrophes between words. */
const PHRASE = /^[\p{L}\p{N}]+(?:['’ -][\p{L}\p{N}]+)*$/u;
const WORD = /^[\p{L}\p{N}]+$/u;

const phrase = (example: string) =>
  z
    .string({ error: `Write words, for example \`${example}\`.` })
    .trim()
    .max(60, { error: 'Keep it to a few words: 60 characters or fewer.' })
    .regex(PHRASE, {
      error: `Write only words, separated by spaces, for example \`${example}\`: no punctuation or symbols.`,
    });

/** Learners' phrases and the course's, one pair per line: `boyfriend: partner`. */
export const synonymPairs = z.record(phrase('mum’s boyfriend'), phrase('partner'));

/**
 * The words learners use and the words the course uses for the same thing, and the words of a question
 * that say nothing about what is asked: `search.yaml` at the top of the content folder. Applied by both
 * search engines as a learner searches (src/search/search-words.ts), never to the index.
 */
export const searchWordsSchema = z
  .strictObject({
    synonyms: synonymPairs
      // `synonyms:` with nothing under it (every line commented out) means none.
      .nullish()
      .transform((synonyms) => synonyms ?? {})
      .describe(
        'Words learners type (left), and the words the course uses for the same thing (right), one pair per line, for example `boyfriend: partner` or `gut feeling: intuition`. Search looks for the course’s words whenever a learner types theirs. The right-hand words must be on at least one page.',
      ),
    ignore: z
      .array(
        z
          .string({ error: 'Write one word, for example `explain`.' })
          .trim()
          .regex(WORD, { error: 'Write one word per entry, without spaces or punctuation, for example `explain`.' }),
      )
      .nullish()
      .transform((words) => words ?? [])
      .describe(
        'Words of a question that say nothing about what is asked, for example `explain` in “explain threshold”: left out of a search that has other words. Common ones (how, what, does, mean, define…) are left out already.',
      ),
  })
  .describe('Words for search: what learners type and what the course calls it, and question words to leave out.');

export type SearchWordsSettings = z.output<typeof searchWordsSchema>;
