import type { z } from 'astro/zod';
import { closestMatch } from '../utils/closest-match.ts';
import { formatPath, type Problem } from './problem.ts';
import { allowedKeysAt } from './schema-keys.ts';

type Issue = z.core.$ZodIssue;

/** Zod's own messages start like this; ours never do, so these get a plain-English rewrite. */
const isZodDefault = (message: string) => /^(Invalid|Too (small|big)|Expected|Unrecognized)/.test(message);

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: '`true` or `false`',
  array: 'a list (one item per line, each starting with `- `)',
  object: 'a group of fields, indented under this one',
};

const describeExpected = (expected: string) => EXPECTED[expected] ?? expected;

/** Turns one Zod issue into a problem a trainer can act on. */
export function issueToProblem(issue: Issue, file: string, schema: z.ZodType, data: unknown): Problem[] {
  const field = formatPath(issue.path) || '(top level)';
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeysAt(schema, issue.path, data);
    return issue.keys.map((key) => ({
      file,
      field: formatPath([...issue.path, key]),
      message: unknownKeyMessage(key, allowed),
    }));
  }
  const missing = issue.input === undefined && issue.code === 'invalid_type';
  return [{ file, field, message: missing ? missingMessage(issue) : presentMessage(issue) }];
}

function unknownKeyMessage(key: string, allowed: string[]): string {
  const guess = closestMatch(key, allowed);
  const known = allowed.length ? ` The fields allowed here are: ${allowed.join(', ')}.` : '';
  return guess
    ? `Unknown field \`${key}\`: did you mean \`${guess}\`?`
    : `Unknown field \`${key}\`: remove it, or check its spelling.${known}`;
}

function missingMessage(issue: Issue): string {
  const expected = issue.code === 'invalid_type' ? describeExpected(issue.expected) : 'a value';
  const hint = isZodDefault(issue.message) ? `Write ${expected}.` : issue.message;
  return `This field is required and missing. ${hint}`;
}

function presentMessage(issue: Issue): string {
  if (!isZodDefault(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `Write ${describeExpected(issue.expected)} here.`;
    case 'invalid_value':
      return `Write one of: ${issue.values.map(String).join(', ')}.`;
    case 'too_small':
      return issue.origin === 'array' ? `Add at least ${String(issue.minimum)} item(s).` : `Write at least ${String(issue.minimum)}.`;
    case 'too_big':
      return issue.origin === 'array' ? `Keep to at most ${String(issue.maximum)} item(s).` : `Write at most ${String(issue.maximum)}.`;
    case 'invalid_union':
      return 'This value does not have any of the accepted shapes: see the trainers’ guide for an example.';
    default:
      return 'This value is not accepted here: see the trainers’ guide for an example.';
  }
}
