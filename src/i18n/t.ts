import strings from '../translations/en.json';

export type UiKey = keyof typeof strings;

/** A UI string by key, with `{name}` placeholders filled from `vars`. */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  return strings[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
