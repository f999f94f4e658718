import type { z } from 'astro/zod';
import { parseSource, type SourceFile } from './parse-source.ts';
import type { Problem } from './problem.ts';
import { checkAgainstSchema } from './validate-entry.ts';

/** Only comments and blank lines: a settings file that leaves every field to its default. */
const NOTHING_WRITTEN = /^(?:\s*(?:#.*)?(?:\r?\n|$))*$/;

/**
 * A settings file at the top of the content folder (`site.yaml`, `search.yaml`) read against its
 * schema: its syntax, then its fields. A file with nothing in it but comments leaves every field to its
 * default. `data` is what could be read, for checks of single fields when others are wrong.
 */
export function checkSettingsFile<T extends z.ZodType>(
  schema: T,
  file: SourceFile,
): { value?: z.output<T>; data?: unknown; problems: Problem[] } {
  let data: unknown = {};
  if (!NOTHING_WRITTEN.test(file.text)) {
    const { parsed, problems } = parseSource(file);
    if (!parsed) return { problems };
    data = parsed.data;
  }
  return { ...checkAgainstSchema(schema, data, file.path), data };
}
