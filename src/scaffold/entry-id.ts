import { isReservedId } from '../progress/content-limits.ts';

/** The schemas' longest id (`entryId` in src/schemas/common.ts). */
const ID_MAX = 64;

/**
 * The id a title gives: its words in lower case, joined by hyphens, accents dropped, cut at a whole word
 * to fit the schema's 64 characters. `What a child's day can tell you` gives `what-a-childs-day-can-tell-you`.
 */
export function idFromTitle(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // the accents NFKD split off: `é` → `e`
    .toLowerCase()
    .replace(/['’]/g, '') // `child's` → `childs`, as in the existing `the-childs-daily-life`
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let id = '';
  for (const word of words) {
    const longer = id ? `${id}-${word}` : word;
    if (longer.length > ID_MAX) break;
    id = longer;
  }
  return id || (words[0] ?? '').slice(0, ID_MAX);
}

/** An existing entry's id and where it is, to name it when a new title clashes with it. */
export interface TakenId {
  id: string;
  path: string;
}

/**
 * Why the id a title gives cannot be used, in words for the trainer who typed the title, or undefined
 * when it can: the schema's rules (3 characters at least, not a word the code keeps) and no clash.
 */
export function newIdProblem(title: string, id: string, noun: string, taken: readonly TakenId[]): string | undefined {
  if (id === '') return `The title "${title}" has no letters or digits to make an id from: write the title in words.`;
  if (id.length < 3) return `The title "${title}" gives the id \`${id}\`, too short to use: write a longer title.`;
  if (isReservedId(id))
    return `The title "${title}" gives the id \`${id}\`, a word the site keeps: write another title.`;
  const clash = taken.find((entry) => entry.id === id);
  if (clash) return `There is already a ${noun} with the id \`${id}\`, in ${clash.path}: write a different title.`;
  return undefined;
}
