import type { CaseQuestion, CaseStudy } from '../schemas/case.ts';
import { isScored, responseTo, type Answer, type CaseAttempt } from './attempt.ts';

type Question<K extends CaseQuestion['kind']> = Extract<CaseQuestion, { kind: K }>;

/** Partial credit where wrong picks cost: a guess at every option earns nothing. */
function scoreMultiple(question: Question<'multiple'>, picks: string[]): number {
  const correct = new Set(question.options.filter((o) => o.correct).map((o) => o.id));
  // A pick of an option the case no longer has counts as wrong.
  const unique = [...new Set(picks)];
  const right = unique.filter((pick) => correct.has(pick)).length;
  const wrong = unique.length - right;
  return correct.size === 0 ? 0 : Math.max(0, (right - wrong) / correct.size);
}

/**
 * One minus the Kendall distance: the share of pairs of the model order that the learner put the same way
 * round. An item the learner did not place (added to the case since) breaks every pair it is in; an item
 * the case no longer has is in no pair, so it is ignored.
 */
function scoreRanking(question: Question<'ranking'>, order: string[]): number {
  const model = question.answer;
  const position = (id: string) => order.indexOf(id);
  let pairs = 0;
  let agreeing = 0;
  for (const [i, first] of model.entries()) {
    for (const second of model.slice(i + 1)) {
      pairs += 1;
      if (position(first) !== -1 && position(second) !== -1 && position(first) < position(second)) agreeing += 1;
    }
  }
  return pairs === 0 ? 1 : agreeing / pairs;
}

/** Full marks inside the expert range, half a mark one point either side of it. */
function scoreRating(question: Question<'rating'>, value: number): number {
  const [low, high] = question.expertRange;
  const distance = Math.max(low - value, value - high, 0);
  if (distance === 0) return 1;
  return distance <= 1 ? 0.5 : 0;
}

/**
 * The score of one answer, from 0 to 1, or `null` for a reflection, which is never scored.
 * A skipped question scores 0. Never throws: an answer saved before the case was edited may name options
 * or items the question no longer has, or even be of another kind; those parts score as wrong.
 */
export function scoreQuestion(question: CaseQuestion, answer: Answer | null): number | null {
  if (!isScored(question)) return null;
  if (answer === null) return 0;
  if (question.kind === 'single' && answer.kind === 'single') {
    return question.options.some((o) => o.id === answer.optionId && o.correct) ? 1 : 0;
  }
  if (question.kind === 'multiple' && answer.kind === 'multiple') return scoreMultiple(question, answer.optionIds);
  if (question.kind === 'ranking' && answer.kind === 'ranking') return scoreRanking(question, answer.order);
  if (question.kind === 'rating' && answer.kind === 'rating') return scoreRating(question, answer.value);
  return 0;
}

/** Marks for one stage; `percent` is `null` when the stage has no scored questions. */
export interface StageScore {
  stageId: string;
  title: string;
  earned: number;
  possible: number;
  percent: number | null;
}

/** Marks for a whole attempt, one per scored question, against the case's pass mark. */
export interface AttemptScore {
  stages: StageScore[];
  earned: number;
  possible: number;
  /** Whole percent; 0 when the case has no scored questions. */
  percent: number;
  passed: boolean;
  passMark: number;
}

const wholePercent = (earned: number, possible: number) => Math.round((earned / possible) * 100);

function scoreStage(stage: CaseStudy['stages'][number], attempt: CaseAttempt): StageScore {
  const scores = stage.questions.flatMap((q) => scoreQuestion(q, responseTo(attempt, q.id)?.answer ?? null) ?? []);
  const earned = scores.reduce((sum, score) => sum + score, 0);
  const possible = scores.length;
  return {
    stageId: stage.id,
    title: stage.title,
    earned,
    possible,
    percent: possible ? wholePercent(earned, possible) : null,
  };
}

/**
 * Scores an attempt against the case as it is now, each scored question worth one mark. A question removed
 * since the attempt is ignored; one added since counts as skipped. `passed` compares the rounded percent,
 * so the learner never sees "70%" beside "not passed" with a pass mark of 70.
 */
export function scoreAttempt(study: CaseStudy, attempt: CaseAttempt): AttemptScore {
  const stages = study.stages.map((stage) => scoreStage(stage, attempt));
  const earned = stages.reduce((sum, stage) => sum + stage.earned, 0);
  const possible = stages.reduce((sum, stage) => sum + stage.possible, 0);
  const percent = possible ? wholePercent(earned, possible) : 0;
  return { stages, earned, possible, percent, passed: percent >= study.passMark, passMark: study.passMark };
}

/** One risk rating in "how your judgement moved": the learner's value beside the experts' range. */
export interface RatingPoint {
  stageId: string;
  stageTitle: string;
  questionId: string;
  /** `null` when skipped or not yet reached. */
  value: number | null;
  expertRange: [number, number];
  scale: { min: number; max: number };
}

/** Every rating question of the case in stage order, with the learner's rating: how their judgement moved. */
export function judgementTrail(study: CaseStudy, attempt: CaseAttempt): RatingPoint[] {
  return study.stages.flatMap((stage) =>
    stage.questions.flatMap((question): RatingPoint[] => {
      if (question.kind !== 'rating') return [];
      const answer = responseTo(attempt, question.id)?.answer;
      const point: RatingPoint = {
        stageId: stage.id,
        stageTitle: stage.title,
        questionId: question.id,
        value: answer?.kind === 'rating' ? answer.value : null,
        expertRange: [question.expertRange[0], question.expertRange[1]],
        scale: { min: question.scale.min, max: question.scale.max },
      };
      return [point];
    }),
  );
}

/** Milliseconds for an ISO timestamp; an unreadable one sorts first rather than throwing. */
const time = (iso: string) => Date.parse(iso) || 0;

/**
 * The best and the latest completed attempts at this case. Best is by percent as the case now scores,
 * ties going to the later attempt; latest is by `completedAt`, ties going to the one later in the list.
 */
export function bestAndLatest(study: CaseStudy, attempts: CaseAttempt[]): { best?: CaseAttempt; latest?: CaseAttempt } {
  const completed = attempts
    .flatMap((attempt) =>
      attempt.caseId === study.id && attempt.completedAt !== null ? [{ attempt, at: attempt.completedAt }] : [],
    )
    .sort((a, b) => time(a.at) - time(b.at));
  const latest = completed.at(-1)?.attempt;
  let best: { attempt: CaseAttempt; percent: number } | undefined;
  for (const { attempt } of completed) {
    const { percent } = scoreAttempt(study, attempt);
    if (!best || percent >= best.percent) best = { attempt, percent };
  }
  return { ...(best && { best: best.attempt }), ...(latest && { latest }) };
}
