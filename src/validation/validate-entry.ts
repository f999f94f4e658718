import type { z } from 'astro/zod';
import { COMPONENT_NAMES, componentProps } from '../schemas/components.ts';
import { closestMatch } from '../utils/closest-match.ts';
import { findComponentUsages, type ComponentUsage } from './mdx-components.ts';
import type { Problem } from './problem.ts';
import { issueToProblem } from './zod-issues.ts';

/** Checks data against a schema, returning the parsed value or every problem found. */
export function checkAgainstSchema<T extends z.ZodType>(
  schema: T,
  data: unknown,
  file: string,
): { value?: z.output<T>; problems: Problem[] } {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { value: result.data, problems: [] };
  return { problems: result.error.issues.flatMap((issue) => issueToProblem(issue, file, schema, data)) };
}

/** Finds the components used in an MDX body and checks each one's name and attributes. */
export function checkComponents(body: string, firstLine: number, file: string): { usages: ComponentUsage[]; problems: Problem[] } {
  const usages = findComponentUsages(body, firstLine);
  const problems = usages.flatMap((usage) => checkUsage(usage, file));
  return { usages, problems };
}

function checkUsage(usage: ComponentUsage, file: string): Problem[] {
  const field = `line ${usage.line} <${usage.name}>`;
  if (!(usage.name in componentProps)) {
    const guess = closestMatch(usage.name, COMPONENT_NAMES);
    const message = guess
      ? `There is no component called ${usage.name}: did you mean <${guess}>?`
      : `There is no component called ${usage.name}. The components are: ${COMPONENT_NAMES.map((n) => `<${n}>`).join(', ')}.`;
    return [{ file, field, message }];
  }
  const schema = componentProps[usage.name as keyof typeof componentProps];
  // An attribute written as {expression} cannot be read here; the component checks it when it renders.
  const expressions = Object.keys(usage.attributes).filter((key) => usage.attributes[key] === undefined);
  return checkAgainstSchema(schema, usage.attributes, file).problems
    .filter((problem) => !expressions.includes(problem.field.split(/[.[]/)[0] ?? ''))
    .map((problem) => ({
    ...problem,
    field: `${field} ${problem.field === '(top level)' ? '' : problem.field}`.trim(),
  }));
}
