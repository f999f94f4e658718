import type { CaseAttempt } from '../cases/attempt.ts';
import {
  isContentId,
  isDay,
  isId,
  isNullOr,
  isNumberIn,
  isOneOf,
  isShape,
  isText,
  isTime,
  type Check,
} from './checks.ts';

// The records of the progress document. Each one carries `updatedAt`, and merging keeps the later of
// two copies, so two tabs, or an import, never lose a newer change. Deletions are kept as records with
// `deleted: true` so that merging with an older copy cannot bring them back.

/** Longest text a learner can keep in one field, so a pasted novel cannot fill the browser's storage. */
export const LIMITS = { note: 20_000, title: 300, name: 120 } as const;

/** A module the learner has opened. Title and minutes are copied in so the record outlives the content. */
export interface ModuleProgress {
  courseId: string;
  title: string;
  /** CPD minutes of the module when it was completed. */
  cpdMinutes: number;
  visitedAt: string;
  completedAt: string | null;
  /** How it was completed: the learner's "Mark as complete", or passing the module's case. */
  completedBy: 'learner' | 'case' | null;
  updatedAt: string;
}

/**
 * The parts of a talk a learner has played, as [start, end] seconds, sorted and apart
 * (src/progress/heard.ts merges them).
 */
export type Heard = [start: number, end: number][];

/** Most parts one talk keeps: far beyond real listening, small enough that a hostile file cannot hang a page. */
export const MAX_HEARD_PARTS = 1_000;

/** Where the learner got to in a talk, and which parts of it they have played (for the 90% rule). */
export interface TalkProgress {
  title: string;
  cpdMinutes: number;
  position: number;
  duration: number;
  heard: Heard;
  completedAt: string | null;
  updatedAt: string;
}

/** What the learner wrote in a Reflection prompt, kept only on this device. */
export interface ReflectionNote {
  /** The module or talk the prompt is on. */
  pageId: string;
  text: string;
  updatedAt: string;
}

/** Learning done elsewhere, added by the learner to their CPD record. */
export interface OwnCpdEntry {
  date: string;
  activity: string;
  minutes: number;
  notes: string;
  updatedAt: string;
  deleted: boolean;
}

/** The page the learner was last on, for "Continue where you left off". */
export interface LastPlace {
  kind: 'module' | 'talk';
  id: string;
  title: string;
  href: string;
  updatedAt: string;
}

/** The name the learner types for certificates; never leaves the device. */
export interface LearnerName {
  name: string;
  updatedAt: string;
}

/** One-off notices the learner has seen, so they are told once. */
export interface Notices {
  exportReminder: string | null;
  updatedAt: string;
}

export type { CaseAttempt };

const stamp = { updatedAt: isTime };
const minutes = isNumberIn(0, 10_000);
const seconds = isNumberIn(0, 60 * 60 * 24);

function isHeard(value: unknown): value is Heard {
  return (
    Array.isArray(value) &&
    value.length <= MAX_HEARD_PARTS &&
    value.every(
      (part) => Array.isArray(part) && part.length === 2 && seconds(part[0]) && seconds(part[1]) && part[0] <= part[1],
    )
  );
}

export const isModuleProgress: Check<ModuleProgress> = isShape({
  courseId: isContentId,
  title: isText(LIMITS.title),
  cpdMinutes: minutes,
  visitedAt: isTime,
  completedAt: isNullOr(isTime),
  completedBy: isNullOr(isOneOf('learner', 'case')),
  ...stamp,
});

export const isTalkProgress: Check<TalkProgress> = isShape({
  title: isText(LIMITS.title),
  cpdMinutes: minutes,
  position: seconds,
  duration: seconds,
  heard: isHeard,
  completedAt: isNullOr(isTime),
  ...stamp,
});

export const isReflectionNote: Check<ReflectionNote> = isShape({
  pageId: isContentId,
  text: isText(LIMITS.note),
  ...stamp,
});

export const isOwnCpdEntry: Check<OwnCpdEntry> = isShape({
  date: isDay,
  activity: isText(LIMITS.title),
  minutes,
  notes: isText(LIMITS.note),
  deleted: (value: unknown): value is boolean => typeof value === 'boolean',
  ...stamp,
});

export const isLastPlace: Check<LastPlace> = isShape({
  kind: isOneOf('module', 'talk'),
  id: isContentId,
  title: isText(LIMITS.title),
  // A path on this site only: never a link to somewhere else.
  href: (value: unknown): value is string => typeof value === 'string' && /^\/(?!\/)[\w\-./#]*$/.test(value),
  ...stamp,
});

export const isLearnerName: Check<LearnerName> = isShape({ name: isText(LIMITS.name), ...stamp });

export const isNotices: Check<Notices> = isShape({ exportReminder: isNullOr(isTime), ...stamp });

/** Keys for CPD entries the learner adds: generated ids, not content ids. */
export const isEntryKey: Check<string> = isId;
