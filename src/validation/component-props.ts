import type { z } from 'astro/zod';
import { componentProps, type ComponentName } from '../schemas/components.ts';
import { formatReport } from './problem.ts';
import { checkAgainstSchema } from './validate-entry.ts';

/**
 * Validates a component's props as it renders, through the same schemas and messages as the content
 * check, and stops the build with them if something slipped past (for example a prop written as an
 * `{expression}`, which the content check cannot read).
 */
export function validateProps<N extends ComponentName>(
  name: N,
  props: Record<string, unknown>,
  page: string,
): z.output<(typeof componentProps)[N]> {
  const { children: _children, ...attributes } = props;
  const { value, problems } = checkAgainstSchema(componentProps[name], attributes, page);
  if (value === undefined) {
    throw new Error(formatReport(problems.map((p) => ({ ...p, field: `<${name}> ${p.field}` }))));
  }
  return value as z.output<(typeof componentProps)[N]>;
}
