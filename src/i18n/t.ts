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
 * The UI strings whose keys start with one of `prefixes`: what an island needs, passed to it as a prop
 * so that its JavaScript does not carry every string of the site. Placeholders known when the page is
 * built, such as the site's name (`{site}`), are filled from `vars`; the island fills the rest.
 */
export function stringsFor(prefixes: readonly string[], vars: Record<string, string | number> = {}): UiStrings {
  return Object.fromEntries(
    Object.entries(strings)
      .filter(([key]) => prefixes.some((p) => key.startsWith(p)))
      .map(([key, value]) => [key, format(value, vars)]),
  );
}
