import { format, type UiKey, type UiStrings } from './t.ts';

let strings: UiStrings = {};

/**
 * Gives islands their strings; the island's root calls it with the strings its wrapper passed as a prop.
 * Added to what earlier islands on the page gave, so that no island takes another's strings away.
 */
export function provideStrings(given: UiStrings): void {
  strings = { ...strings, ...given };
}

/** `t()` for islands: the same keys and placeholders, from the strings provided. */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  return format(strings[key] ?? key, vars);
}
