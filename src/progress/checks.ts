// Hand-written checks for data read from storage or an imported file, rather than zod: they run in the
// browser inside tight size budgets (zod/mini alone would add 9 KB gzipped). Such data may be old,
// edited by hand or hostile, so every check bounds sizes as well as types.

export type Check<T> = (value: unknown) => value is T;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when `value` has no keys but `keys` (an unknown key means data this version does not understand). */
export const hasOnly = (value: Record<string, unknown>, keys: readonly string[]) =>
  Object.keys(value).every((key) => keys.includes(key));

export const isId: Check<string> = (value): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= 200;

/** A content id as the schemas allow it: lower-case words joined by hyphens. */
export const isContentId: Check<string> = (value): value is string =>
  typeof value === 'string' && value.length <= 64 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);

export const isTime: Check<string> = (value): value is string =>
  typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));

export const isDay: Check<string> = (value): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

export const isIdList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= 100 && value.every(isId);

export const isText =
  (max: number): Check<string> =>
  (value): value is string =>
    typeof value === 'string' && value.length <= max;

export const isNumberIn =
  (min: number, max: number): Check<number> =>
  (value): value is number =>
    typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;

export const isOneOf =
  <T extends string>(...options: T[]): Check<T> =>
  (value): value is T =>
    options.includes(value as T);

export const isNullOr =
  <T>(check: Check<T>): Check<T | null> =>
  (value): value is T | null =>
    value === null || check(value);

/** An object with exactly these fields (optional ones may be missing), each passing its check. */
export function isShape<T>(fields: Record<string, Check<unknown>>, optional: readonly string[] = []): Check<T> {
  const keys = Object.keys(fields);
  return (value): value is T =>
    isRecord(value) &&
    hasOnly(value, keys) &&
    keys.every((key) => (optional.includes(key) && !(key in value)) || fields[key]!(value[key]));
}
