import { editDistance } from '../utils/closest-match.ts';

/** Stems shorter than this are never offered as corrections: too many words are one edit apart. */
const MIN_STEM = 5;

/**
 * Indexed stems that a misspelt word was probably meant to be: stems within one edit of the start of
 * the word as typed. Stemming a misspelt word rarely gives a stem close to the right one
 * ("triangluation" stems to "triangluat", "triangulation" to "triangul"), but the right stem is
 * almost always one edit away from the same number of letters at the start of what was typed.
 */
export function likelyStems(word: string, stems: readonly string[]): string[] {
  if (word.length < MIN_STEM) return [];
  return stems.filter(
    (stem) =>
      stem.length >= MIN_STEM &&
      // A stem much shorter than the word only when the word starts with all of it: stemming can cut a
      // long word short ("representativeness" is indexed as "repres").
      (stem.length >= word.length / 2 || (stem.length > MIN_STEM && word.startsWith(stem))) &&
      stem[0] === word[0] &&
      // Cheap tests first: this runs over every indexed stem on each keystroke of an unknown word.
      [stem.length - 1, stem.length, stem.length + 1].some(
        (length) => length <= word.length && editDistance(word.slice(0, length), stem) <= 1,
      ),
  );
}
