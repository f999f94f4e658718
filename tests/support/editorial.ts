// Text helpers for the editorial tests over the real courses (tests/unit/content/).

/** The prose of an MDX file: its body without frontmatter, code, component tags or link targets. */
export function prose(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?\n---\n/, '')
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
}

export const wordCount = (text: string) => text.split(/\s+/).filter((word) => /\w/.test(word)).length;

/** Figures worth checking: percentages, and numbers of two or more digits that are not years. */
export function figures(text: string): string[] {
  return [...text.matchAll(/(?<![\w.])(\d+(?:[.,]\d+)*)(\s?%)?/g)]
    .filter(([, number = '', percent]) => percent || (number.length >= 2 && !/^(19|20)\d\d$/.test(number)))
    .map(([whole]) => whole.replace(/\s/g, ''));
}

/** Words that mark a sentence as attributing something to a source; fictional ages and worked examples lack them. */
const SOURCED = /panel|report|review|inquir|stud(y|ies)|research|notif|analysis of|evaluation|found|per cent/i;

/** The figures a text attributes to a review, report or study, sentence by sentence. */
export const sourcedFigures = (text: string) =>
  text
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => SOURCED.test(sentence))
    .flatMap(figures);
