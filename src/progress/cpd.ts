import type { ProgressDocument } from './document.ts';
import type { ModuleProgress, TalkProgress } from './records.ts';

/** One line of the CPD record. Entries from the site are derived from progress; `own` ones the learner wrote. */
export interface CpdLine {
  /** `own:<id>` for the learner's entries, otherwise the kind and content id. */
  key: string;
  kind: 'module' | 'case' | 'talk' | 'own';
  /** YYYY-MM-DD. */
  date: string;
  activity: string;
  /** Minutes to record; a case's minutes are part of its module's, so a case adds none of its own. */
  minutes: number;
  /** The learner's reflections on it, or their notes for their own entries. */
  notes: string;
  /** The content is no longer on the site: kept in the record, shown as archived. */
  archived: boolean;
}

/** What the record needs from the site's content: titles of cases, and which ids still exist. */
export interface CpdCatalogue {
  cases: Record<string, { title: string; moduleId: string | null }>;
  moduleIds: readonly string[];
  talkIds: readonly string[];
}

/**
 * The learner's own calendar day of a moment, not UTC's: a module finished at 00:30 in a British summer
 * is dated that day, not the day before.
 */
function day(time: string): string {
  const date = new Date(time);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** Reflections written on a module or talk, joined for the record. */
function reflectionsOn(document: ProgressDocument, pageId: string): string {
  return Object.values(document.reflections)
    .filter((note) => note.pageId === pageId && note.text.trim() !== '')
    .map((note) => note.text.trim())
    .join('\n\n');
}

/**
 * The learner's CPD record, newest first: every completed module, case and talk, and every entry of
 * their own. It is derived from progress each time, so it can never disagree with it.
 */
export function cpdRecord(document: ProgressDocument, catalogue: CpdCatalogue): CpdLine[] {
  const lines: CpdLine[] = [];
  // Modules and talks add a line each once completed, with the minutes copied in when they were.
  const sources = [
    ['module', document.modules, catalogue.moduleIds],
    ['talk', document.talks, catalogue.talkIds],
  ] as const;
  for (const [kind, records, current] of sources) {
    for (const [id, record] of Object.entries<ModuleProgress | TalkProgress>(records)) {
      if (!record.completedAt) continue;
      lines.push({
        key: `${kind}:${id}`,
        kind,
        date: day(record.completedAt),
        activity: record.title,
        minutes: record.cpdMinutes,
        notes: reflectionsOn(document, id),
        archived: !current.includes(id),
      });
    }
  }
  for (const [caseId, attempts] of Object.entries(document.caseAttempts)) {
    const completed = attempts.flatMap((a) => (a.completedAt ? [a.completedAt] : [])).sort();
    if (completed.length === 0) continue;
    const known = Object.hasOwn(catalogue.cases, caseId) ? catalogue.cases[caseId] : undefined;
    lines.push({
      key: `case:${caseId}`,
      kind: 'case',
      date: day(completed[0]!),
      activity: known?.title ?? caseId,
      minutes: 0,
      notes: '',
      archived: !known,
    });
  }
  for (const [id, entry] of Object.entries(document.cpd)) {
    if (entry.deleted) continue;
    lines.push({
      key: `own:${id}`,
      kind: 'own',
      date: entry.date,
      activity: entry.activity,
      minutes: entry.minutes,
      notes: entry.notes,
      archived: false,
    });
  }
  return lines.sort((a, b) => (a.date === b.date ? a.key.localeCompare(b.key) : a.date < b.date ? 1 : -1));
}

/**
 * A CSV cell: quoted, with quotes doubled, and a leading `'` on text a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@`), since notes are the learner's own text and files get shared.
 */
function cell(value: string | number): string {
  const text = String(value);
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** The record as CSV, with a header row in the learner's language. */
export function cpdCsv(
  lines: CpdLine[],
  headers: [string, string, string, string, string],
  kindNames: Record<CpdLine['kind'], string>,
): string {
  const rows = lines.map((line) => [line.date, line.activity, kindNames[line.kind], line.minutes, line.notes]);
  return [headers, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
