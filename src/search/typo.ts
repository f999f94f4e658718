/**
 * The optimal string alignment distance between two words (insertions, deletions, substitutions and
 * swaps of neighbouring letters each cost one), or `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    [before, previous] = [previous, current];
  }
  return previous[b.length]!;
}

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
      stem.length >= word.length / 2 &&
      stem[0] === word[0] &&
      [stem.length - 1, stem.length, stem.length + 1].some(
        (length) => length <= word.length && editDistance(word.slice(0, length), stem, 1) <= 1,
      ),
  );
}
