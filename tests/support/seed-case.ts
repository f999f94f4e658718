import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { caseSchema, type CaseStudy } from '../../src/schemas/case.ts';

/** The seed case as the site builds it, so browser tests know its stages, questions and answers. */
export function seedCase(): CaseStudy {
  const file = fileURLToPath(new URL('../../content/cases/kim-ava-leo.yaml', import.meta.url));
  return caseSchema.parse(parse(readFileSync(file, 'utf8')));
}

/** The module page that embeds the seed case. */
export const SEED_CASE_PAGE = '/courses/assessment-and-decision-making/when-the-household-changes/';
