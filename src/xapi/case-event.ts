import type { CaseAttempt } from '../cases/attempt.ts';
import { calibrate, calibrationPoints } from '../cases/calibration.ts';
import { scoreAttempt } from '../cases/scoring.ts';
import type { ModuleInfo } from '../progress/updates.ts';
import type { CaseStudy } from '../schemas/case.ts';
import type { LearningEvent } from './statements.ts';

/** A finished attempt at a case on a module page, as a learning event: score, calibration and reflections. */
export function caseEvent(study: CaseStudy, attempt: CaseAttempt, module: ModuleInfo, base: string): LearningEvent {
  const { percent, passed } = scoreAttempt(study, attempt);
  const { count, brier, meanConfidence, accuracy } = calibrate(calibrationPoints(study, attempt));
  const reflections = study.stages.flatMap((stage) =>
    stage.questions.flatMap((question) => {
      const answer = Object.hasOwn(attempt.responses, question.id) ? attempt.responses[question.id]?.answer : undefined;
      return answer?.kind === 'reflection' ? [{ question: question.prompt, text: answer.text }] : [];
    }),
  );
  return {
    kind: 'case',
    caseId: study.id,
    title: study.title,
    attemptId: attempt.id,
    modulePath: module.href.slice(base.length),
    percent,
    passed,
    calibration: { count, brier, meanConfidence, accuracy },
    reflections,
    at: attempt.completedAt ?? attempt.updatedAt,
  };
}
