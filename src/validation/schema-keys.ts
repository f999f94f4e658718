import type { z } from 'astro/zod';

/** The parts of Zod's internal definition that we walk. Zod 4 keeps them on `_zod.def`. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  in?: z.ZodType;
  out?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  items?: z.ZodType[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Unwraps optional, default, pipe and transform layers down to the schema that reads the input. */
function unwrap(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in && def.out) {
    // A preprocess step is a pipe whose input side is a transform: the real schema is on the output side.
    return unwrap(defOf(def.in).type === 'transform' ? def.out : def.in);
  }
  return schema;
}

/**
 * The field names an object accepts at `path` inside `schema`, for suggesting the intended spelling of
 * an unknown field. `data` is the entry being checked: it picks the branch of a union, such as the
 * question `kind` in a case.
 */
export function allowedKeysAt(schema: z.ZodType, path: readonly PropertyKey[], data: unknown): string[] {
  const target = walk(schema, path, data);
  const shape = target && defOf(resolveBranch(target, valueAt(data, path))).shape;
  return shape ? Object.keys(shape) : [];
}

/** The `.describe()` text of the field at `path`, if it has one: the editor hover text, reused in messages. */
export function descriptionAt(schema: z.ZodType, path: readonly PropertyKey[], data: unknown): string | undefined {
  if (path.length === 0) return undefined;
  const parent = walk(schema, path.slice(0, -1), data);
  if (!parent) return undefined;
  let field = childSchema(defOf(resolveBranch(parent, valueAt(data, path.slice(0, -1)))), path.at(-1)!);
  while (field) {
    if (field.description) return field.description;
    const def = defOf(field);
    field =
      def.innerType ?? (def.type === 'pipe' ? (defOf(def.in!).type === 'transform' ? def.out : def.in) : undefined);
  }
  return undefined;
}

const valueAt = (data: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], data);

/** A union resolved to the branch that fits the value, for example the question `kind`. */
function resolveBranch(schema: z.ZodType, value: unknown): z.ZodType {
  const def = defOf(schema);
  return def.type === 'union' && def.options ? unwrap(pickBranch(def.options, value) ?? schema) : schema;
}

/** The schema that reads the value at `path`, unwrapped, following the branches the data takes. */
function walk(schema: z.ZodType, path: readonly PropertyKey[], data: unknown): z.ZodType | undefined {
  let current = unwrap(schema);
  let value = data;
  for (const key of path) {
    current = resolveBranch(current, value);
    const next = childSchema(defOf(current), key);
    if (!next) return undefined;
    current = unwrap(next);
    value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  }
  return current;
}

function childSchema(def: Def, key: PropertyKey): z.ZodType | undefined {
  if (def.shape && typeof key === 'string') return def.shape[key];
  if (def.element && typeof key === 'number') return def.element;
  if (def.items && typeof key === 'number') return def.items[key];
  return undefined;
}

/** The union branch whose literal fields match the value, for example `kind: rating`. */
function pickBranch(options: z.ZodType[], value: unknown): z.ZodType | undefined {
  return options.find((option) => {
    const shape = defOf(unwrap(option)).shape ?? {};
    return Object.entries(shape).some(([key, field]) => {
      const allowed = literalValues(defOf(unwrap(field)));
      return allowed !== undefined && allowed.includes((value as Record<string, unknown> | undefined)?.[key]);
    });
  });
}

/** The values a literal or enum field accepts (`kind: rating`, `kind: audio | video`). */
function literalValues(def: Def & { values?: unknown[]; entries?: Record<string, unknown> }): unknown[] | undefined {
  if (def.type === 'literal') return def.values;
  if (def.type === 'enum' && def.entries) return Object.values(def.entries);
  return undefined;
}
