import type { ProgressDocument } from './document.ts';
import { LIMITS, type OwnCpdEntry } from './records.ts';
import { clip, withSection } from './updates.ts';

// The changes My learning makes: the learner's own CPD entries and the name on their certificates.

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
