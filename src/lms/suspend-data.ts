import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { CaseAttempt } from '../cases/attempt.ts';
import { newer, section, type ProgressDocument } from '../progress/document.ts';
import type { CaseStudy } from '../schemas/case.ts';
import { compactRecord, expandRecord } from './compact-record.ts';
import { bestAttempts, type PackagedCourse } from './course-record.ts';

// The learner's record of one course as the LMS keeps it between launches (SCORM's `cmi.suspend_data`),
// so that a learner who moves to another computer resumes where they were. The device keeps the whole
// record as the site does; the LMS keeps what resuming needs, in compact form (compact-record.ts),
// deflated, in base64. Reading it back goes through the same checks as an imported file, so an LMS that
// hands back something else changes nothing. A reflection's words never go: they stay on the device.

/** SCORM 1.2's limit on `cmi.suspend_data` (CMIString4096); SCORM 2004 allows 64,000. */
export const SCORM12_SUSPEND_LIMIT = 4096;

/**
 * How much of the course's record a suspend text holds, most first: each case's best finished attempt
 * and the one in progress; only the best finished; no attempts (the LMS has the score and status in
 * its own fields, and the device keeps every attempt).
 */
export type SuspendLevel = 'best-and-current' | 'best' | 'modules';
const LEVELS: SuspendLevel[] = ['best-and-current', 'best', 'modules'];

/** The attempts of a case each level keeps. */
function keeper(
  level: SuspendLevel,
  best: ReadonlyMap<string, { attempt: CaseAttempt }>,
): (caseId: string, attempts: CaseAttempt[]) => CaseAttempt[] {
  return (caseId, attempts) => {
    if (level === 'modules') return [];
    const kept = [best.get(caseId)?.attempt];
    if (level === 'best-and-current') kept.push(attempts.findLast((attempt) => attempt.completedAt === null));
    return kept.filter((attempt): attempt is CaseAttempt => attempt !== undefined);
  };
}

// Synchronous, so that the record can be packed at the very end of a session, when a page may not wait.
function deflateToBase64(text: string): string {
  let binary = '';
  for (const byte of deflateSync(strToU8(text), { level: 9 })) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const inflateFromBase64 = (text: string): string =>
  strFromU8(inflateSync(Uint8Array.from(atob(text), (char) => char.charCodeAt(0))));

/** The suspend text for the course: the most of its record that fits in `limit` characters. */
export function packSuspendData(
  document: ProgressDocument,
  course: PackagedCourse,
  studies: ReadonlyMap<string, CaseStudy>,
  limit: number,
): { text: string; level: SuspendLevel } {
  const best = bestAttempts(document, studies);
  for (const level of LEVELS) {
    const text = deflateToBase64(JSON.stringify(compactRecord(document, course, studies, keeper(level, best))));
    if (text.length <= limit) return { text, level };
  }
  // Not even the modules fit (a course of hundreds of modules): the LMS keeps its status and score only.
  return { text: '', level: 'modules' };
}

/** The record a suspend text holds, checked as an imported file is; `undefined` if it is not one. */
export function unpackSuspendData(
  text: string,
  course: PackagedCourse,
  studies: ReadonlyMap<string, CaseStudy>,
): ProgressDocument | undefined {
  if (text === '') return undefined;
  try {
    return expandRecord(JSON.parse(inflateFromBase64(text)), course, studies);
  } catch {
    return undefined;
  }
}

/**
 * The device's record with what the LMS kept added in. The device's copy of an attempt wins unless the
 * LMS's is later (worked on elsewhere since); then the device's reflections are kept in it, so nothing
 * the learner wrote here is lost.
 */
export function restoreFromLms(local: ProgressDocument, kept: ProgressDocument): ProgressDocument {
  const caseAttempts = section<CaseAttempt[]>();
  Object.assign(caseAttempts, local.caseAttempts);
  for (const [caseId, attempts] of Object.entries(kept.caseAttempts)) {
    const mine = Object.hasOwn(local.caseAttempts, caseId) ? (local.caseAttempts[caseId] ?? []) : [];
    const byId = new Map(mine.map((attempt) => [attempt.id, attempt]));
    for (const attempt of attempts) {
      const own = byId.get(attempt.id);
      if (!own) byId.set(attempt.id, attempt);
      else if (Date.parse(attempt.updatedAt) > Date.parse(own.updatedAt))
        byId.set(attempt.id, { ...attempt, responses: { ...own.responses, ...attempt.responses } });
    }
    caseAttempts[caseId] = [...byId.values()].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  }
  // Module records and the last place hold nothing the LMS's copy leaves out: the later copy wins, as in a merge.
  const modules = section<ProgressDocument['modules'][string]>();
  for (const key of new Set([...Object.keys(local.modules), ...Object.keys(kept.modules)]))
    modules[key] = newer(local.modules[key], kept.modules[key])!;
  return { ...local, modules, caseAttempts, lastPlace: newer(local.lastPlace, kept.lastPlace) };
}
