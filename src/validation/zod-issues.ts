import type { z } from 'astro/zod';
import { closestMatch } from '../utils/closest-match.ts';
import { formatPath, type Problem } from './problem.ts';
import { allowedKeysAt, descriptionAt } from './schema-keys.ts';

type Issue = z.core.$ZodIssue;

/** Zod's own messages start like this; ours never do, so these get a plain-English rewrite. */
const isZodDefault = (message: string) => /^(Invalid|Too (small|big)|Expected|Unrecognized)/.test(message);

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: '`true` or `false`',
  array: 'a list (one item per line, each starting with `- `)',
  object: 'a group of fields, each on its own line, indented under this one',
  record: 'lines of the form `name: value`, each on its own line, indented under this one',
};

const describeExpected = (expected: string) => EXPECTED[expected] ?? expected;

const isMissing = (issue: Issue) => issue.code === 'invalid_type' && issue.input === undefined;

/**
 * Turns Zod's issues for one entry into problems a trainer can act on. A misspelt field is reported
 * once, as "did you mean", not again as the correct field being missing.
 */
export function issuesToProblems(issues: readonly Issue[], file: string, schema: z.ZodType, data: unknown): Problem[] {
  const suggested = new Set<string>();
  const typos = issues.flatMap((issue) => {
    if (issue.code !== 'unrecognized_keys') return [];
    const allowed = allowedKeysAt(schema, issue.path, data);
    return issue.keys.map((key) => {
      const guess = closestMatch(key, allowed);
      if (guess) suggested.add(formatPath([...issue.path, guess]));
      return { file, field: formatPath([...issue.path, key]), message: unknownKeyMessage(key, guess, allowed) };
    });
  });
  const others = issues
    .filter((issue) => issue.code !== 'unrecognized_keys')
    .filter((issue) => !(isMissing(issue) && suggested.has(formatPath(issue.path))))
    .map((issue) => ({
      file,
      field: formatPath(issue.path) || '(top level)',
      message: isMissing(issue)
        ? missingMessage(issue, descriptionAt(schema, issue.path, data))
        : presentMessage(issue, descriptionAt(schema, issue.path, data)),
    }));
  return [...typos, ...others];
}

function unknownKeyMessage(key: string, guess: string | undefined, allowed: string[]): string {
  if (guess) return `Unknown field \`${key}\`: did you mean \`${guess}\`?`;
  const known = allowed.length ? ` The fields allowed here are: ${allowed.join(', ')}.` : '';
  return `Unknown field \`${key}\`: remove it, or check its spelling.${known}`;
}

function missingMessage(issue: Issue, description: string | undefined): string {
  const name = issue.path.at(-1);
  const add = typeof name === 'string' ? `Add \`${name}:\`` : 'Add this item';
  if (!isZodDefault(issue.message)) return `${add}: it is required. ${issue.message}`;
  const expected = issue.code === 'invalid_type' ? describeExpected(issue.expected) : 'a value';
  return `${add} with ${expected}: it is required${description ? ` (${stripFullStop(description)})` : ''}.`;
}

function presentMessage(issue: Issue, description: string | undefined): string {
  if (!isZodDefault(issue.message)) return issue.message;
  const about = description ? ` (${stripFullStop(description)})` : '';
  switch (issue.code) {
    case 'invalid_type':
      return `Write ${describeExpected(issue.expected)} here${about}.`;
    case 'invalid_value':
      return `Write one of: ${issue.values.map(String).join(', ')}.`;
    case 'too_small':
      return issue.origin === 'array'
        ? `Add at least ${String(issue.minimum)} item(s).`
        : `Write at least ${String(issue.minimum)}.`;
    case 'too_big':
      return issue.origin === 'array'
        ? `Keep to at most ${String(issue.maximum)} item(s).`
        : `Write at most ${String(issue.maximum)}.`;
    case 'invalid_key':
      // A key of a map of the trainer's own names (search.yaml's synonyms): what is wrong with the name.
      return issue.issues[0] ? presentMessage(issue.issues[0], undefined) : `Write a different name here.`;
    default:
      return `This value is not accepted here${about}: see the trainers’ guide for an example.`;
  }
}

/** A field description made to sit inside a sentence: `Module title.` becomes `module title`. */
const stripFullStop = (text: string) => (text.charAt(0).toLowerCase() + text.slice(1)).replace(/\.$/, '');
