import strings from '../translations/en.json' with { type: 'json' };

export type UiKey = keyof typeof strings;
export type UiStrings = Partial<Record<UiKey, string>>;

/** Fills `{name}` placeholders in a UI string. */
export function format(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A UI string by key, with `{name}` placeholders filled from `vars`. */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  return format(strings[key], vars);
}

/**
 * The strings already chosen, by prefixes and values: every page asks for the same few sets, and going
 * through every string of the site for each took 5% of rendering (at 1,000 lessons, profiled).
 */
const chosen = new Map<string, UiStrings>();

/**
 * The UI strings whose keys start with one of `prefixes`: what an island needs, passed to it as a prop
 * so that its JavaScript does not carry every string of the site. Placeholders known when the page is
 * built, such as the site's name (`{site}`), are filled from `vars`; the island fills the rest.
 */
export function stringsFor(prefixes: readonly string[], vars: Record<string, string | number> = {}): UiStrings {
  const key = JSON.stringify([prefixes, vars]);
  let found = chosen.get(key);
  if (!found) {
    found = Object.fromEntries(
      Object.entries(strings)
        .filter(([name]) => prefixes.some((p) => name.startsWith(p)))
        .map(([name, value]) => [name, format(value, vars)]),
    );
    chosen.set(key, found);
  }
  return { ...found };
}
