import type { CaseAttempt } from '../cases/attempt.ts';
import { LIMITS, type ModuleProgress, type OwnCpdEntry, type TalkProgress } from './records.ts';
import { emptyProgress, mergeDocuments, section, type ProgressDocument } from './document.ts';

// The changes pages make to the progress document, as pure functions: each returns a new document and
// stamps what it changed with `now`, which is what lets merging keep the latest change.

/** What a page knows about the module it shows, copied into the record so it outlives the content. */
export interface ModuleInfo {
  id: string;
  courseId: string;
  title: string;
  cpdMinutes: number;
  href: string;
}

export interface TalkInfo {
  id: string;
  title: string;
  cpdMinutes: number;
  href: string;
}

/** Share of a talk a learner must have listened to for it to count as completed. */
export const TALK_COMPLETION_SHARE = 0.9;

const clip = (text: string, max: number) => text.slice(0, max);

function moduleRecord(document: ProgressDocument, info: ModuleInfo, now: string): ModuleProgress {
  const known = document.modules[info.id];
  return {
    courseId: info.courseId,
    title: clip(info.title, LIMITS.title),
    cpdMinutes: info.cpdMinutes,
    visitedAt: known?.visitedAt ?? now,
    completedAt: known?.completedAt ?? null,
    completedBy: known?.completedBy ?? null,
    updatedAt: now,
  };
}

const withSection = <K extends 'modules' | 'talks' | 'reflections' | 'cpd'>(
  document: ProgressDocument,
  name: K,
  key: string,
  record: ProgressDocument[K][string],
): ProgressDocument => ({
  ...document,
  [name]: Object.assign(section<ProgressDocument[K][string]>(), document[name], { [key]: record }),
});

/** The learner opened a module: it becomes the place to continue from. */
export function visitModule(document: ProgressDocument, info: ModuleInfo, now: string): ProgressDocument {
  const visited = withSection(document, 'modules', info.id, moduleRecord(document, info, now));
  return {
    ...visited,
    lastPlace: { kind: 'module', id: info.id, title: clip(info.title, LIMITS.title), href: info.href, updatedAt: now },
  };
}

/** Marks a module complete (or not). Completing keeps the first completion's date and way. */
export function setModuleComplete(
  document: ProgressDocument,
  info: ModuleInfo,
  complete: boolean,
  by: 'learner' | 'case',
  now: string,
): ProgressDocument {
  const record = moduleRecord(document, info, now);
  if (complete === (record.completedAt !== null)) return document;
  return withSection(document, 'modules', info.id, {
    ...record,
    completedAt: complete ? now : null,
    completedBy: complete ? by : null,
  });
}

/** Keeps what the learner wrote in a Reflection prompt; an empty text is kept as empty, not deleted. */
export function saveReflection(
  document: ProgressDocument,
  reflectionId: string,
  pageId: string,
  text: string,
  now: string,
): ProgressDocument {
  return withSection(document, 'reflections', reflectionId, { pageId, text: clip(text, LIMITS.note), updatedAt: now });
}

/**
 * Where the learner is in a talk, and how much they have listened to. It counts as completed once
 * they have listened to 90% of it, and stays completed.
 */
export function saveTalkPosition(
  document: ProgressDocument,
  info: TalkInfo,
  position: number,
  duration: number,
  listened: number,
  now: string,
): ProgressDocument {
  const known = document.talks[info.id];
  const heard = Math.min(duration, Math.max(listened, known?.listened ?? 0));
  const record: TalkProgress = {
    title: clip(info.title, LIMITS.title),
    cpdMinutes: info.cpdMinutes,
    position: Math.min(Math.max(0, position), duration),
    duration,
    listened: heard,
    completedAt: known?.completedAt ?? (duration > 0 && heard >= duration * TALK_COMPLETION_SHARE ? now : null),
    updatedAt: now,
  };
  return {
    ...withSection(document, 'talks', info.id, record),
    lastPlace: { kind: 'talk', id: info.id, title: record.title, href: info.href, updatedAt: now },
  };
}

/** What a learner writes for a CPD entry of their own. */
export type CpdEntryInput = Pick<OwnCpdEntry, 'date' | 'activity' | 'minutes' | 'notes'>;

/** Adds or edits one of the learner's own CPD entries. */
export function saveCpdEntry(
  document: ProgressDocument,
  id: string,
  entry: CpdEntryInput,
  now: string,
): ProgressDocument {
  return withSection(document, 'cpd', id, {
    date: entry.date,
    activity: clip(entry.activity.trim(), LIMITS.title),
    minutes: Math.max(0, Math.round(entry.minutes)),
    notes: clip(entry.notes, LIMITS.note),
    deleted: false,
    updatedAt: now,
  });
}

/** Deletes one of the learner's own CPD entries (kept as deleted, so a merge cannot bring it back). */
export function deleteCpdEntry(document: ProgressDocument, id: string, now: string): ProgressDocument {
  const known = document.cpd[id];
  if (!known) return document;
  return withSection(document, 'cpd', id, { ...known, activity: '', notes: '', deleted: true, updatedAt: now });
}

export function setLearnerName(document: ProgressDocument, name: string, now: string): ProgressDocument {
  return { ...document, learner: { name: clip(name.trim(), LIMITS.name), updatedAt: now } };
}

export function markExportReminderShown(document: ProgressDocument, now: string): ProgressDocument {
  return { ...document, notices: { exportReminder: now, updatedAt: now } };
}

/** The document with one case attempt added, or replacing an earlier copy of itself. */
export function withAttempt(document: ProgressDocument, attempt: CaseAttempt): ProgressDocument {
  const single = emptyProgress();
  single.caseAttempts[attempt.caseId] = [attempt];
  return mergeDocuments(document, single);
}
