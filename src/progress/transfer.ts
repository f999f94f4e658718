import { isRecord } from './checks.ts';
import { mergeDocuments, newer, readDocument, section, serializeDocument, type ProgressDocument } from './document.ts';
import { shapeProblem, type RecordProblem } from './import-problem.ts';
import type { Persistence } from './persistence.ts';
import { KEY_PREFIX, type ProgressStore, type SaveProblem } from './store.ts';

// Export and import of everything a learner keeps, as one JSON file they own. Kept apart from the store
// so that pages which only track progress do not carry it.

/** The document before and right after the last import, so the import can be undone. */
export const UNDO_KEY = `${KEY_PREFIX}progress:undo-import`;

/** Marks an exported file, so any other JSON file is refused with a clear message. */
export const EXPORT_FORMAT = 'triangulate-progress';
/** Far above a heavy learner's file (a few hundred KB), and small enough to read without stalling a phone. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The file a learner downloads: the document with a header saying what it is. */
export function exportText(document: ProgressDocument, now: string): string {
  const body = JSON.parse(serializeDocument(document)) as Record<string, unknown>;
  return JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now, ...body }, null, 2);
}

/** Why an import was refused; each has its own message for the learner. */
export type ImportProblem = 'too-large' | 'not-json' | 'not-progress' | 'newer-version' | 'invalid-records';

export type ImportResult =
  { ok: true; document: ProgressDocument } | { ok: false; problem: ImportProblem; records: RecordProblem[] };

/**
 * Checks the shape of an imported file completely before anything is changed; `checkAgainstSite`
 * (src/progress/import-check.ts) then checks its values against the site. A file with any record that
 * fails is refused whole, each such record named with its reason: importing part of a file would leave
 * the learner unsure what they have, and the file and the device it came from still hold all of it.
 */
export function readImport(text: string): ImportResult {
  const refuse = (problem: ImportProblem, records: RecordProblem[] = []): ImportResult => ({
    ok: false,
    problem,
    records,
  });
  if (text.length > MAX_IMPORT_BYTES) return refuse('too-large');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse('not-json');
  }
  if (!isRecord(raw) || raw['format'] !== EXPORT_FORMAT) return refuse('not-progress');
  const { format: _format, exportedAt: _exportedAt, ...body } = raw;
  const result = readDocument(body);
  if (result.status === 'newer') return refuse('newer-version');
  if (result.status === 'unreadable') return refuse('not-progress');
  if (result.problems.length > 0) return refuse('invalid-records', result.problems.map(shapeProblem));
  return { ok: true, document: result.document };
}

/** What an import would do, counted over every record. */
export interface ImportPreview {
  /** Records this device does not have. */
  added: number;
  /** Records the file has a later copy of. */
  updated: number;
  /** Records this device has a later copy of: kept, never replaced. */
  keptNewer: number;
  unchanged: number;
}

type Comparable = { updatedAt: string };

/** Every record of a document by a key naming its place, for comparing two documents record by record. */
export function recordsOf(document: ProgressDocument): Map<string, Comparable> {
  const records = new Map<string, Comparable>();
  for (const name of ['modules', 'talks', 'reflections', 'cpd'] as const) {
    for (const [key, record] of Object.entries<Comparable>(document[name])) records.set(`${name}.${key}`, record);
  }
  for (const [caseId, attempts] of Object.entries(document.caseAttempts)) {
    for (const attempt of attempts) records.set(`caseAttempts.${caseId}.${attempt.id}`, attempt);
  }
  for (const name of ['lastPlace', 'learner', 'notices'] as const) {
    const record = document[name];
    if (record) records.set(name, record);
  }
  return records;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function previewImport(current: ProgressDocument, incoming: ProgressDocument): ImportPreview {
  const mine = recordsOf(current);
  const preview: ImportPreview = { added: 0, updated: 0, keptNewer: 0, unchanged: 0 };
  for (const [key, theirs] of recordsOf(incoming)) {
    const own = mine.get(key);
    if (!own) preview.added += 1;
    else if (same(own, theirs)) preview.unchanged += 1;
    else if (newer(own, theirs) === theirs) preview.updated += 1;
    else preview.keptNewer += 1;
  }
  return preview;
}

/** What undoing an import needs: the document before it, and right after it. */
export interface ImportUndo {
  before: ProgressDocument;
  after: ProgressDocument;
}

/**
 * The current document without what the import brought: each record the import added or changed goes
 * back to how it was before, unless the learner has changed it since, so undo never loses later work.
 */
export function undoImport(current: ProgressDocument, undo: ImportUndo): ProgressDocument {
  const before = recordsOf(undo.before);
  const after = recordsOf(undo.after);
  const restored: ProgressDocument = {
    ...current,
    modules: section(),
    talks: section(),
    reflections: section(),
    cpd: section(),
    caseAttempts: section(),
  };
  const keep = (key: string, record: Comparable | undefined): Comparable | undefined => {
    const untouchedSinceImport = same(record, after.get(key));
    return untouchedSinceImport && !same(before.get(key), after.get(key)) ? before.get(key) : record;
  };
  for (const name of ['modules', 'talks', 'reflections', 'cpd'] as const) {
    for (const [key, record] of Object.entries<Comparable>(current[name])) {
      const kept = keep(`${name}.${key}`, record);
      if (kept) (restored[name] as Record<string, Comparable>)[key] = kept;
    }
  }
  for (const [caseId, attempts] of Object.entries(current.caseAttempts)) {
    const kept = attempts.flatMap((attempt) => {
      const record = keep(`caseAttempts.${caseId}.${attempt.id}`, attempt);
      return record ? [record as typeof attempt] : [];
    });
    if (kept.length > 0) restored.caseAttempts[caseId] = kept;
  }
  for (const name of ['lastPlace', 'learner', 'notices'] as const) {
    (restored as unknown as Record<string, unknown>)[name] = keep(name, current[name] ?? undefined) ?? null;
  }
  return restored;
}

/** The undo record of the last import, if there is one and it is readable. */
function readUndo(persistence: Persistence): ImportUndo | undefined {
  let raw: { before?: unknown; after?: unknown } | null;
  try {
    raw = JSON.parse(persistence.read(UNDO_KEY) ?? 'null') as typeof raw;
  } catch {
    return undefined;
  }
  const before = readDocument(raw?.before);
  const after = readDocument(raw?.after);
  return before.status === 'ok' && after.status === 'ok'
    ? { before: before.document, after: after.document }
    : undefined;
}

/**
 * Merges an imported document into the learner's (later copies win, so nothing newer is replaced),
 * first keeping what undo needs. Without that record the import is refused whole.
 */
export function importProgress(
  store: ProgressStore,
  persistence: Persistence,
  incoming: ProgressDocument,
): SaveProblem | undefined {
  let undo: ImportUndo | undefined;
  const problem = store.update((current) => {
    undo = { before: current, after: mergeDocuments(current, incoming) };
    return undo.after;
  });
  if (problem || !undo) return problem;
  try {
    const plain = (document: ProgressDocument) => JSON.parse(serializeDocument(document)) as unknown;
    persistence.write(UNDO_KEY, JSON.stringify({ before: plain(undo.before), after: plain(undo.after) }));
    return undefined;
  } catch {
    // The import itself was saved; only undo is unavailable, and the learner is told.
    return 'full';
  }
}

/** True when there is an import to undo. */
export const canUndoImport = (persistence: Persistence) => readUndo(persistence) !== undefined;

/** Takes back what the last import brought, keeping every change made since. */
export function undoLastImport(store: ProgressStore, persistence: Persistence): SaveProblem | undefined {
  const undo = readUndo(persistence);
  if (!undo) return undefined;
  const problem = store.replace(undoImport(store.read(), undo));
  if (!problem) persistence.remove(UNDO_KEY);
  return problem;
}
