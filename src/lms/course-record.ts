import type { CaseAttempt } from '../cases/attempt.ts';
import { bestAndLatest, scoreAttempt } from '../cases/scoring.ts';
import type { ProgressDocument } from '../progress/document.ts';
import type { ModuleInfo } from '../progress/updates.ts';
import type { CaseStudy } from '../schemas/case.ts';

// What a course package reports to an LMS, worked out from the same progress document the site keeps:
// the LMS is told what the learner's own record pages say, never a second opinion.

/** A case in a packaged course, with the file its player reads (from the package's root). */
export interface PackagedCase {
  id: string;
  moduleId: string;
  data: string;
}

/** What a package's launch page knows of its course (`course.json`, written by scripts/package.ts). */
export interface PackagedCourse {
  id: string;
  title: string;
  /** The course page, from the package's root: where a first launch opens. */
  start: string;
  /** In course order; `href` is the address the site built, as pages store it in `lastPlace`. */
  modules: ModuleInfo[];
  cases: PackagedCase[];
}

/** The course's record as an LMS keeps it. */
export interface CourseRecord {
  /** Every module completed and every case finished, as the learner's own pages count them. */
  completed: boolean;
  /** Against the cases' pass marks, once every case is finished: `null` before, or for a course without cases. */
  passed: boolean | null;
  /**
   * The mean of each case's best finished attempt, a case not yet finished counting 0: `null` until a case
   * is finished, so that an LMS does not show a score of 0 for a course only just begun.
   */
  percent: number | null;
  /** The share of modules completed and cases finished, 0 to 1. */
  progress: number;
}

const attemptsAt = (document: ProgressDocument, caseId: string): CaseAttempt[] =>
  Object.hasOwn(document.caseAttempts, caseId) ? (document.caseAttempts[caseId] ?? []) : [];

/** Each case's best finished attempt, by case id, scored against the case as it is now. */
export function bestAttempts(
  document: ProgressDocument,
  studies: ReadonlyMap<string, CaseStudy>,
): Map<string, { attempt: CaseAttempt; percent: number; passed: boolean }> {
  const best = new Map<string, { attempt: CaseAttempt; percent: number; passed: boolean }>();
  for (const [caseId, study] of studies) {
    const attempt = bestAndLatest(study, attemptsAt(document, caseId)).best;
    if (attempt) best.set(caseId, { attempt, ...scoreAttempt(study, attempt) });
  }
  return best;
}

/** The course's record from the learner's progress, with the cases' data as the package has it. */
export function courseRecord(
  document: ProgressDocument,
  course: PackagedCourse,
  studies: ReadonlyMap<string, CaseStudy>,
): CourseRecord {
  const modulesDone = course.modules.filter(({ id }) => Boolean(document.modules[id]?.completedAt)).length;
  const best = bestAttempts(document, studies);
  const casesDone = course.cases.filter(({ id }) => best.has(id)).length;
  const parts = course.modules.length + course.cases.length;
  const completed = parts > 0 && modulesDone + casesDone === parts;
  const hasCases = course.cases.length > 0;
  const percent =
    casesDone > 0
      ? Math.round(course.cases.reduce((sum, { id }) => sum + (best.get(id)?.percent ?? 0), 0) / course.cases.length)
      : null;
  const allFinished = hasCases && casesDone === course.cases.length;
  return {
    completed,
    passed: allFinished ? course.cases.every(({ id }) => best.get(id)?.passed) : null,
    percent,
    progress: parts > 0 ? (modulesDone + casesDone) / parts : 0,
  };
}
