import type { CaseQuestion, CaseStudy } from '../schemas/case.ts';
import { fnv1a32 } from '../utils/fnv1a32.ts';

/**
 * The parts of a question that decide which answers are valid and how they score. Wording, feedback and
 * scale labels are left out, so fixing a typo does not mark saved attempts as made on an earlier version.
 * Options are sorted because authors reorder them to move the right answer around, which changes no score.
 */
function questionShape(question: CaseQuestion): unknown[] {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return [question.kind, question.id, question.options.map((o) => `${o.id}:${o.correct ? 1 : 0}`).sort()];
    case 'ranking':
      // The schema makes the model order a permutation of the items, so it names them all.
      return [question.kind, question.id, question.answer];
    case 'rating':
      return [question.kind, question.id, question.expertRange, [question.scale.min, question.scale.max]];
    case 'reflection':
      return [question.kind, question.id];
  }
}

/**
 * A short, stable hash of the structure of a case that scoring depends on: stage ids and order, question
 * ids, kinds, option ids and correct flags, ranking model orders, expert ranges and scales. Saved attempts
 * store it, so an attempt can tell that the case has changed since it was made.
 *
 * The shape is built from arrays only, so the key order of the parsed objects cannot change the result.
 * The pass mark is left out: it changes whether a score passes, not what any answer means.
 */
export function caseFingerprint(study: CaseStudy): string {
  const shape = study.stages.map((stage) => [stage.id, stage.questions.map(questionShape)]);
  return fnv1a32(JSON.stringify(shape));
}
