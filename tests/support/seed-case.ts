import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Answer } from '../../src/cases/attempt.ts';
import { caseSchema, type CaseQuestion, type CaseStudy } from '../../src/schemas/case.ts';

/** The seed case as the site builds it, so browser tests know its stages, questions and answers. */
export function seedCase(): CaseStudy {
  const file = fileURLToPath(new URL('../../content/cases/kim-ava-leo.yaml', import.meta.url));
  return caseSchema.parse(parse(readFileSync(file, 'utf8')));
}

/** The module page that embeds the seed case. */
export const SEED_CASE_PAGE = '/courses/assessment-and-decision-making/when-the-household-changes/';

/** The answer the case's authors would give. */
export function modelAnswer(question: CaseQuestion): Answer {
  switch (question.kind) {
    case 'single':
      return { kind: 'single', optionId: question.options.find((o) => o.correct)!.id };
    case 'multiple':
      return { kind: 'multiple', optionIds: question.options.filter((o) => o.correct).map((o) => o.id) };
    case 'ranking':
      return { kind: 'ranking', order: [...question.answer] };
    case 'rating':
      return { kind: 'rating', value: question.expertRange[0] };
    case 'reflection':
      return { kind: 'reflection', text: 'I would check with the nursery and probation.' };
  }
}
