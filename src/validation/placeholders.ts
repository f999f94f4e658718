import type { SourceFile } from './parse-source.ts';
import type { Problem } from './problem.ts';

/**
 * Text the trainer must replace, written `[[Write … here]]`: what `npm run new` leaves where the trainer's
 * own words go. Everything else in a new file already passes its schema; the check reports each one left.
 */
export const placeholder = (instruction: string) => `[[${instruction}]]`;

const PLACEHOLDER = /\[\[[^\]\n]*\]\]/g;

/** The placeholders left in a text, in order. */
export const placeholdersIn = (text: string): string[] => text.match(PLACEHOLDER) ?? [];

/** Every placeholder still in a file, by line, so a page is never published with one. */
export function placeholderProblems(file: SourceFile): Problem[] {
  return file.text.split('\n').flatMap((line, index) =>
    placeholdersIn(line).map((found) => ({
      file: file.path,
      field: `line ${index + 1}`,
      message: `Replace ${found} with your own text.`,
    })),
  );
}
