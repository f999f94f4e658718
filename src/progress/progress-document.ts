import type { CaseAttempt } from '../cases/attempt.ts';
import { isStoredAttempt } from './stored-attempt.ts';

/** The version of the stored document this code writes. A later version is never overwritten by this one. */
export const PROGRESS_SCHEMA_VERSION = 1;

/**
 * Everything a learner's browser keeps about their learning, in one document under one storage key.
 * Keys are content ids, never URLs. The progress issue extends this document (visits, completion,
 * reflections, CPD); case attempts are its first part.
 */
export interface ProgressDocument {
  schemaVersion: number;
  /** Attempts by case id, oldest first. Every attempt is kept. */
  caseAttempts: Record<string, CaseAttempt[]>;
}

export const emptyProgress = (): ProgressDocument => ({ schemaVersion: PROGRESS_SCHEMA_VERSION, caseAttempts: {} });

/** What reading the stored text found. */
export type ReadResult =
  | { status: 'empty'; document: ProgressDocument }
  | { status: 'ok'; document: ProgressDocument; dropped: number }
  | { status: 'newer'; document: ProgressDocument }
  | { status: 'corrupt'; document: ProgressDocument };

/**
 * Reads stored progress. Attempts that fail their check are left out of what the page sees (and
 * counted), never repaired by guessing; the caller keeps the stored text itself untouched.
 */
export function readProgress(text: string | null): ReadResult {
  if (text === null || text === '') return { status: 'empty', document: emptyProgress() };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { status: 'corrupt', document: emptyProgress() };
  }
  const stored = raw as { schemaVersion?: unknown; caseAttempts?: unknown } | null;
  const version = stored?.schemaVersion;
  const lists = stored?.caseAttempts ?? {};
  const listsOk = typeof lists === 'object' && lists !== null && !Array.isArray(lists);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || !listsOk) {
    return { status: 'corrupt', document: emptyProgress() };
  }
  if (version > PROGRESS_SCHEMA_VERSION) return { status: 'newer', document: emptyProgress() };
  let dropped = 0;
  const caseAttempts: Record<string, CaseAttempt[]> = Object.create(null) as Record<string, CaseAttempt[]>;
  for (const [caseId, attempts] of Object.entries(lists)) {
    const list: unknown[] = Array.isArray(attempts) ? attempts : [attempts];
    const valid = list.filter(
      (attempt): attempt is CaseAttempt => isStoredAttempt(attempt) && attempt.caseId === caseId,
    );
    dropped += list.length - valid.length;
    if (valid.length > 0) caseAttempts[caseId] = valid;
  }
  return { status: 'ok', document: { schemaVersion: PROGRESS_SCHEMA_VERSION, caseAttempts }, dropped };
}

/**
 * The stored text with one attempt added or replaced (matched by id), leaving every other entry exactly
 * as it was, even ones this version cannot read, so a save never destroys data. Of two copies of the
 * same attempt, the later-updated wins. `stored` must be readable (status empty or ok).
 */
export function withAttempt(stored: string | null, attempt: CaseAttempt): string {
  const raw = (stored ? JSON.parse(stored) : {}) as {
    schemaVersion?: number;
    caseAttempts?: Record<string, unknown[]>;
  };
  // A prototype-free copy: keys come from storage, which may be hostile.
  const caseAttempts = Object.assign(Object.create(null) as Record<string, unknown[]>, raw.caseAttempts);
  const earlier: unknown = caseAttempts[attempt.caseId] ?? [];
  const attempts: unknown[] = Array.isArray(earlier) ? [...(earlier as unknown[])] : [earlier];
  const index = attempts.findIndex((a) => (a as { id?: unknown } | null)?.id === attempt.id);
  const existing = attempts[index];
  if (isStoredAttempt(existing) && existing.updatedAt > attempt.updatedAt) return stored ?? '';
  if (index === -1) attempts.push(attempt);
  else attempts[index] = attempt;
  caseAttempts[attempt.caseId] = attempts;
  return JSON.stringify({ ...raw, schemaVersion: raw.schemaVersion ?? PROGRESS_SCHEMA_VERSION, caseAttempts });
}
