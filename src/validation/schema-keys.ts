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
  let current = unwrap(schema);
  let value = data;
  for (const key of [...path, undefined]) {
    const def = defOf(current);
    if (def.type === 'union' && def.options) {
      current = unwrap(pickBranch(def.options, value) ?? current);
    }
    if (key === undefined) break;
    const next = childSchema(defOf(current), key);
    if (!next) return [];
    current = unwrap(next);
    value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  }
  const shape = defOf(current).shape;
  return shape ? Object.keys(shape) : [];
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
