import type { CaseQuestion, CaseStudy } from '../schemas/case.ts';
import { caseFingerprint } from './fingerprint.ts';

/** What the learner gave for one question; `kind` matches the question's kind. */
export type Answer =
  | { kind: 'single'; optionId: string }
  | { kind: 'multiple'; optionIds: string[] }
  | { kind: 'ranking'; order: string[] }
  | { kind: 'rating'; value: number }
  | { kind: 'reflection'; text: string };

/** The learner's response to one question: an answer, or `null` when they skipped it. */
export interface QuestionResponse {
  questionId: string;
  /** `null`: the learner skipped the question. */
  answer: Answer | null;
  /** 50 to 100 in steps of 10 for an answered scored question; `null` for a reflection or a skip. */
  confidence: number | null;
  /** ISO timestamp. */
  answeredAt: string;
}

/** One learner's way through one case. Saved as it is; every attempt is kept. */
export interface CaseAttempt {
  id: string;
  caseId: string;
  /** `caseFingerprint()` of the case when the attempt started. */
  caseVersion: string;
  startedAt: string;
  updatedAt: string;
  completedAt: string | null;
  /** Stages shown so far, 1 to `stages.length`. */
  revealedStages: number;
  /** Responses by question id. */
  responses: Record<string, QuestionResponse>;
}

/** The confidence, in percent, that a learner can state for a scored judgement. */
export const CONFIDENCE_LEVELS = [50, 60, 70, 80, 90, 100] as const;

/** A new attempt at `study`, showing its first stage. */
export function startAttempt(study: CaseStudy, id: string, now: string): CaseAttempt {
  return {
    id,
    caseId: study.id,
    caseVersion: caseFingerprint(study),
    startedAt: now,
    updatedAt: now,
    completedAt: null,
    revealedStages: 1,
    responses: {},
  };
}

/** Whether a question counts towards the score and asks for confidence: every kind but reflection. */
export function isScored(question: CaseQuestion): boolean {
  return question.kind !== 'reflection';
}

/** Index of the stage the learner is working on: the last one revealed. */
export function currentStageIndex(attempt: CaseAttempt): number {
  return attempt.revealedStages - 1;
}

/** True when the saved attempt was made on a case whose scoring structure has changed since. */
export function isOnEarlierVersion(study: CaseStudy, attempt: CaseAttempt): boolean {
  return attempt.caseVersion !== caseFingerprint(study);
}

/**
 * The attempt's response to a question, if any. Use this rather than indexing `responses`: a question id
 * such as `constructor` is valid and would otherwise find a property of every object.
 */
export function responseTo(attempt: CaseAttempt, questionId: string): QuestionResponse | undefined {
  return Object.hasOwn(attempt.responses, questionId) ? attempt.responses[questionId] : undefined;
}

/** Where a question sits in the case, or `undefined` when the case has no such question. */
function locate(study: CaseStudy, questionId: string): { stageIndex: number; question: CaseQuestion } | undefined {
  for (const [stageIndex, stage] of study.stages.entries()) {
    const question = stage.questions.find((q) => q.id === questionId);
    if (question) return { stageIndex, question };
  }
  return undefined;
}

/** Why the attempt cannot change any more, if it cannot. */
function frozenReason(study: CaseStudy, attempt: CaseAttempt): string | undefined {
  if (attempt.caseId !== study.id)
    return `Attempt ${attempt.id} belongs to case "${attempt.caseId}", not "${study.id}".`;
  // Gating and the stored answers assume the structure the attempt started on; start again instead.
  if (isOnEarlierVersion(study, attempt)) return `Attempt ${attempt.id} was made on an earlier version of the case.`;
  if (attempt.completedAt !== null) return `Attempt ${attempt.id} is finished.`;
  return undefined;
}

const hasDuplicates = (ids: string[]) => new Set(ids).size !== ids.length;

/** What is wrong with an answer to this question, if anything. */
function answerProblem(question: CaseQuestion, answer: Answer): string | undefined {
  const { id } = question;
  if (question.kind === 'single' && answer.kind === 'single') {
    const known = question.options.some((o) => o.id === answer.optionId);
    return known ? undefined : `Question "${id}" has no option "${answer.optionId}".`;
  }
  if (question.kind === 'multiple' && answer.kind === 'multiple') {
    const unknown = answer.optionIds.filter((pick) => !question.options.some((o) => o.id === pick));
    if (unknown.length > 0) return `Question "${id}" has no option ${unknown.map((u) => `"${u}"`).join(', ')}.`;
    return hasDuplicates(answer.optionIds) ? `Pick each option of "${id}" at most once.` : undefined;
  }
  if (question.kind === 'ranking' && answer.kind === 'ranking') {
    const items = question.items.map((item) => item.id);
    const complete = answer.order.length === items.length && items.every((item) => answer.order.includes(item));
    return complete ? undefined : `Rank every item of "${id}" exactly once: ${items.join(', ')}.`;
  }
  if (question.kind === 'rating' && answer.kind === 'rating') {
    const { min, max } = question.scale;
    const onScale = Number.isInteger(answer.value) && answer.value >= min && answer.value <= max;
    return onScale ? undefined : `Rate "${id}" with a whole number from ${min} to ${max}.`;
  }
  if (question.kind === 'reflection' && answer.kind === 'reflection') return undefined;
  return `Question "${id}" takes a ${question.kind} answer, not a ${answer.kind} one.`;
}

const isConfidenceLevel = (value: number | null) => (CONFIDENCE_LEVELS as readonly (number | null)[]).includes(value);

/** What is wrong with the stated confidence, if anything. */
function confidenceProblem(question: CaseQuestion, response: QuestionResponse): string | undefined {
  if (response.answer !== null && isScored(question)) {
    return isConfidenceLevel(response.confidence)
      ? undefined
      : `Give a confidence of ${CONFIDENCE_LEVELS.join(', ')} for "${question.id}".`;
  }
  if (response.confidence === null) return undefined;
  return `Question "${question.id}" takes no confidence when ${response.answer === null ? 'skipped' : 'it is a reflection'}.`;
}

/** Why this response cannot be recorded now, if it cannot. */
function responseProblem(study: CaseStudy, attempt: CaseAttempt, response: QuestionResponse): string | undefined {
  const frozen = frozenReason(study, attempt);
  if (frozen) return frozen;
  const found = locate(study, response.questionId);
  if (!found) return `The case has no question "${response.questionId}".`;
  const current = currentStageIndex(attempt);
  if (found.stageIndex < current) return `Question "${response.questionId}" is in an earlier stage, now locked.`;
  if (found.stageIndex > current) return `Question "${response.questionId}" is in a stage not yet revealed.`;
  if (responseTo(attempt, response.questionId)) return `Question "${response.questionId}" is already answered.`;
  if (response.answer !== null) {
    const problem = answerProblem(found.question, response.answer);
    if (problem) return problem;
  }
  return confidenceProblem(found.question, response);
}

/**
 * Records a response to a question in the current stage and returns a new attempt; the input is never
 * changed. Answers are final once feedback is shown, so a second response to the same question throws,
 * as does a question outside the current stage, an answer of the wrong kind or with unknown ids, a
 * missing or invalid confidence, or an attempt that is finished or was made on an earlier version.
 */
export function respond(study: CaseStudy, attempt: CaseAttempt, response: QuestionResponse): CaseAttempt {
  const problem = responseProblem(study, attempt, response);
  if (problem) throw new Error(problem);
  return {
    ...attempt,
    updatedAt: response.answeredAt,
    // A deep copy, so the caller changing its answer arrays later cannot rewrite the saved attempt.
    responses: { ...attempt.responses, [response.questionId]: structuredClone(response) },
  };
}

/** Records that the learner skipped a question: no answer, no confidence. Same rules as `respond`. */
export function skip(study: CaseStudy, attempt: CaseAttempt, questionId: string, now: string): CaseAttempt {
  return respond(study, attempt, { questionId, answer: null, confidence: null, answeredAt: now });
}

/** True when every question of the stage has a response (a skip counts). False for a stage that does not exist. */
export function isStageComplete(study: CaseStudy, attempt: CaseAttempt, stageIndex: number): boolean {
  const stage = study.stages[stageIndex];
  return stage !== undefined && stage.questions.every((q) => responseTo(attempt, q.id) !== undefined);
}

/** True when the current stage is complete, another stage remains and the attempt can still change. */
export function canAdvance(study: CaseStudy, attempt: CaseAttempt): boolean {
  return (
    frozenReason(study, attempt) === undefined &&
    attempt.revealedStages < study.stages.length &&
    isStageComplete(study, attempt, currentStageIndex(attempt))
  );
}

/** Reveals the next stage, which locks the earlier ones. Throws unless `canAdvance`. */
export function advance(study: CaseStudy, attempt: CaseAttempt, now: string): CaseAttempt {
  if (!canAdvance(study, attempt)) {
    throw new Error(
      frozenReason(study, attempt) ??
        (attempt.revealedStages >= study.stages.length
          ? 'This is the last stage: finish the attempt instead.'
          : 'Answer or skip every question in this stage before moving on.'),
    );
  }
  return { ...attempt, revealedStages: attempt.revealedStages + 1, updatedAt: now };
}

/**
 * True when the learner can no longer answer the question: it is answered, it sits in an earlier stage,
 * the case has no such question, or the attempt is finished or was made on an earlier version.
 * A question in a stage not yet revealed is hidden rather than locked, so this is false for it.
 */
export function isLocked(study: CaseStudy, attempt: CaseAttempt, questionId: string): boolean {
  if (responseTo(attempt, questionId) || frozenReason(study, attempt)) return true;
  const found = locate(study, questionId);
  return found === undefined || found.stageIndex < currentStageIndex(attempt);
}

/** Marks the attempt complete. Throws unless the last stage is revealed and complete. */
export function finish(study: CaseStudy, attempt: CaseAttempt, now: string): CaseAttempt {
  const frozen = frozenReason(study, attempt);
  if (frozen) throw new Error(frozen);
  const last = study.stages.length - 1;
  if (currentStageIndex(attempt) !== last) throw new Error('Reveal the last stage before finishing.');
  if (!isStageComplete(study, attempt, last)) throw new Error('Answer or skip every question before finishing.');
  return { ...attempt, completedAt: now, updatedAt: now };
}
