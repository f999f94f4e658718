import type { Problem } from './problem.ts';
import type { SourceFile } from './parse-source.ts';

/** `[[Write the summary here]]`: what `npm run new` leaves where the trainer's own words must go. */
const PLACEHOLDER = /\[\[[^\]\n]*\]\]/g;

/** Every placeholder still in a file, by line, so a page is never published with one. */
export function placeholderProblems(file: SourceFile): Problem[] {
  return file.text.split('\n').flatMap((line, index) =>
    [...line.matchAll(PLACEHOLDER)].map((match) => ({
      file: file.path,
      field: `line ${index + 1}`,
      message: `Replace ${match[0]} with your own text.`,
    })),
  );
}
