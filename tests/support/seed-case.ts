import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import {
  advance,
  finish,
  isScored,
  respond,
  startAttempt,
  type Answer,
  type CaseAttempt,
} from '../../src/cases/attempt.ts';
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

/** The seed case played through with the model answers at 80% confidence. */
export function modelAttempt(study: CaseStudy): CaseAttempt {
  const now = '2026-11-20T10:00:00.000Z';
  let attempt = startAttempt(study, 'a-model-attempt', now);
  for (const [index, stage] of study.stages.entries()) {
    for (const question of stage.questions) {
      const confidence = isScored(question) ? 80 : null;
      attempt = respond(study, attempt, {
        questionId: question.id,
        answer: modelAnswer(question),
        confidence,
        answeredAt: now,
      });
    }
    attempt = index + 1 < study.stages.length ? advance(study, attempt, now) : finish(study, attempt, now);
  }
  return attempt;
}
