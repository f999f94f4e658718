import type { z } from 'astro/zod';
import { COMPONENT_NAMES, componentProps } from '../schemas/components.ts';
import { closestMatch } from '../utils/closest-match.ts';
import { findComponentUsages, type ComponentUsage } from './mdx-components.ts';
import type { Problem } from './problem.ts';
import { issuesToProblems } from './zod-issues.ts';

/** Checks data against a schema, returning the parsed value or every problem found. */
export function checkAgainstSchema<T extends z.ZodType>(
  schema: T,
  data: unknown,
  file: string,
  /** Issues to leave out, for what cannot be judged here. */
  ignore: (issue: z.core.$ZodIssue) => boolean = () => false,
): { value?: z.output<T>; problems: Problem[] } {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { value: result.data, problems: [] };
  return {
    problems: issuesToProblems(
      result.error.issues.filter((issue) => !ignore(issue)),
      file,
      schema,
      data,
    ),
  };
}

/** Finds the components used in an MDX body and checks each one's name and attributes. */
export function checkComponents(
  body: string,
  firstLine: number,
  file: string,
): { usages: ComponentUsage[]; problems: Problem[] } {
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
  // An attribute written as {expression} has no value to read here, so it is not reported as missing;
  // the component checks its value when it renders. A misspelt one is still reported.
  const isExpression = (issue: z.core.$ZodIssue) =>
    issue.code === 'invalid_type' &&
    issue.input === undefined &&
    typeof issue.path[0] === 'string' &&
    issue.path[0] in usage.attributes;
  return checkAgainstSchema(schema, usage.attributes, file, isExpression).problems.map((problem) => ({
    ...problem,
    // Messages speak YAML (`id:`); in a component tag the same thing is written as an attribute.
    message: problem.message.replace(/^Add `(\w+):`/, 'Add `$1="…"`'),
    field: `${field} ${problem.field === '(top level)' ? '' : problem.field}`.trim(),
  }));
}
