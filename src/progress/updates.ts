import { section, type ProgressDocument } from './document.ts';
import { LIMITS, type ModuleProgress } from './records.ts';

// The changes module pages make to the progress document, as pure functions (talks, the CPD record and
// case attempts have theirs beside this file, so a module page loads only these): each returns a new document and
// stamps what it changed with `now`, which is what lets merging keep the latest change.

/** What a page knows about the module it shows, copied into the record so it outlives the content. */
export interface ModuleInfo {
  id: string;
  courseId: string;
  title: string;
  cpdMinutes: number;
  href: string;
}

/** Text cut to the length the stored records allow. */
export const clip = (text: string, max: number) => text.slice(0, max);

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

/** The document with one record of a section set. */
export const withSection = <K extends 'modules' | 'talks' | 'reflections' | 'cpd'>(
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

export function markExportReminderShown(document: ProgressDocument, now: string): ProgressDocument {
  return { ...document, notices: { exportReminder: now, updatedAt: now } };
}
