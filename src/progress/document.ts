import { mergeHeard } from './heard.ts';
import { isStoredAttempt } from './stored-attempt.ts';
import { isContentId, isRecord, type Check } from './checks.ts';
import {
  isLastPlace,
  isLearnerName,
  isModuleProgress,
  isNotices,
  isOwnCpdEntry,
  isReflectionNote,
  isTalkProgress,
  type CaseAttempt,
  type LastPlace,
  type LearnerName,
  type ModuleProgress,
  type Notices,
  type OwnCpdEntry,
  type ReflectionNote,
  type TalkProgress,
} from './records.ts';

/** The version of the document this code writes. A document of a later version is never overwritten. */
export const PROGRESS_SCHEMA_VERSION = 3;

/** Most entries one section may hold: far beyond real use, small enough that a hostile file cannot hang a page. */
const MAX_ENTRIES = 5_000;

type Section<T> = Record<string, T>;

/**
 * Everything a learner's browser keeps about their learning, in one document under one storage key.
 * Keys are content ids, never URLs, so renaming a file or moving a page loses nothing, and a module
 * removed from the site keeps its history (shown as archived).
 */
export interface ProgressDocument {
  schemaVersion: number;
  modules: Section<ModuleProgress>;
  /** Attempts by case id, oldest first. Every attempt is kept. */
  caseAttempts: Section<CaseAttempt[]>;
  talks: Section<TalkProgress>;
  /** Notes by Reflection id. */
  reflections: Section<ReflectionNote>;
  /** The learner's own CPD entries by generated id. */
  cpd: Section<OwnCpdEntry>;
  lastPlace: LastPlace | null;
  learner: LearnerName | null;
  notices: Notices | null;
}

/** A map without a prototype: keys come from storage or a file, and `__proto__` must stay a plain key. */
export const section = <T>(): Section<T> => Object.create(null) as Section<T>;

export const emptyProgress = (): ProgressDocument => ({
  schemaVersion: PROGRESS_SCHEMA_VERSION,
  modules: section(),
  caseAttempts: section(),
  talks: section(),
  reflections: section(),
  cpd: section(),
  lastPlace: null,
  learner: null,
  notices: null,
});

/**
 * Each migration turns a document of version i + 1 into version i + 2. Add one (and a fixture under
 * tests/fixtures/progress/) whenever the document changes shape; never edit a published one.
 */
const MIGRATIONS: ((raw: Record<string, unknown>) => Record<string, unknown>)[] = [
  // 1 → 2: case attempts only, to the whole progress record.
  (raw) => ({
    ...raw,
    schemaVersion: 2,
    modules: {},
    talks: {},
    reflections: {},
    cpd: {},
    lastPlace: null,
    learner: null,
    notices: null,
  }),
  // 2 → 3: a talk keeps the parts played, not a total that counted a passage heard twice twice. Where
  // version 2's seconds were heard is unknown: they are taken as the talk's opening.
  (raw) => ({
    ...raw,
    schemaVersion: 3,
    talks: isRecord(raw['talks']) ? mapValues(raw['talks'], talkHeardFromTotal) : raw['talks'],
  }),
];

function mapValues(record: Record<string, unknown>, change: (value: unknown) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, change(value)]));
}

function talkHeardFromTotal(talk: unknown): unknown {
  if (!isRecord(talk) || typeof talk['listened'] !== 'number') return talk;
  const { listened, ...rest } = talk;
  return { ...rest, heard: listened > 0 ? [[0, listened]] : [] };
}

/** What reading a stored or imported document found. `problems` names every record left out. */
export type ReadResult =
  | { status: 'ok'; document: ProgressDocument; problems: string[] }
  | { status: 'newer'; version: number }
  | { status: 'unreadable'; reason: string };

const SECTION_CHECKS = {
  modules: isModuleProgress,
  talks: isTalkProgress,
  reflections: isReflectionNote,
  cpd: isOwnCpdEntry,
} satisfies Record<string, Check<unknown>>;

const SINGLE_CHECKS = { lastPlace: isLastPlace, learner: isLearnerName, notices: isNotices } satisfies Record<
  string,
  Check<unknown>
>;

function readSection<T>(raw: unknown, name: string, check: Check<T>, problems: string[]): Section<T> {
  const out = section<T>();
  if (raw === undefined) return out;
  if (!isRecord(raw) || Object.keys(raw).length > MAX_ENTRIES) {
    problems.push(name);
    return out;
  }
  for (const [key, value] of Object.entries(raw)) {
    if (isContentId(key) && check(value)) out[key] = value;
    else problems.push(`${name}.${key}`);
  }
  return out;
}

function readAttempts(raw: unknown, problems: string[]): Section<CaseAttempt[]> {
  const lists = readSection(raw, 'caseAttempts', (value): value is unknown[] => Array.isArray(value), problems);
  const out = section<CaseAttempt[]>();
  for (const [caseId, list] of Object.entries(lists)) {
    const valid = list.filter((attempt, index) => {
      const ok = list.length <= MAX_ENTRIES && isStoredAttempt(attempt) && attempt.caseId === caseId;
      if (!ok) problems.push(`caseAttempts.${caseId}[${index}]`);
      return ok;
    }) as CaseAttempt[];
    if (valid.length > 0) out[caseId] = valid;
  }
  return out;
}

/**
 * Reads a progress document of any version this code knows, migrating it to the current one. Records
 * that fail their check are left out and named in `problems`, never repaired by guessing.
 */
export function readDocument(raw: unknown): ReadResult {
  if (!isRecord(raw)) return { status: 'unreadable', reason: 'not-an-object' };
  const version = raw['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { status: 'unreadable', reason: 'no-version' };
  }
  if (version > PROGRESS_SCHEMA_VERSION) return { status: 'newer', version };
  const current = MIGRATIONS.slice(version - 1).reduce((doc, migrate) => migrate(doc), raw);
  const problems: string[] = [];
  const known = new Set([
    'schemaVersion',
    'caseAttempts',
    ...Object.keys(SECTION_CHECKS),
    ...Object.keys(SINGLE_CHECKS),
  ]);
  problems.push(...Object.keys(current).filter((key) => !known.has(key)));
  const single = <T>(name: keyof typeof SINGLE_CHECKS, check: Check<T>): T | null => {
    const value = current[name] ?? null;
    if (value === null || check(value)) return value;
    problems.push(name);
    return null;
  };
  const document: ProgressDocument = {
    schemaVersion: PROGRESS_SCHEMA_VERSION,
    modules: readSection(current['modules'], 'modules', SECTION_CHECKS.modules, problems),
    caseAttempts: readAttempts(current['caseAttempts'], problems),
    talks: readSection(current['talks'], 'talks', SECTION_CHECKS.talks, problems),
    reflections: readSection(current['reflections'], 'reflections', SECTION_CHECKS.reflections, problems),
    cpd: readSection(current['cpd'], 'cpd', SECTION_CHECKS.cpd, problems),
    lastPlace: single('lastPlace', SINGLE_CHECKS.lastPlace),
    learner: single('learner', SINGLE_CHECKS.learner),
    notices: single('notices', SINGLE_CHECKS.notices),
  };
  return { status: 'ok', document, problems };
}

/** Parses stored or imported text; `unreadable` when it is not JSON at all. */
export function parseDocument(text: string): ReadResult {
  try {
    return readDocument(JSON.parse(text));
  } catch {
    return { status: 'unreadable', reason: 'not-json' };
  }
}

const timeOf = (record: { updatedAt: string }) => Date.parse(record.updatedAt);

/**
 * The later of two copies of a record. On equal times the choice depends only on the contents, so
 * every tab and every merge order agree.
 */
export function newer<T extends { updatedAt: string }>(a: T | null | undefined, b: T | null | undefined): T | null {
  if (!a || !b) return a ?? b ?? null;
  const difference = timeOf(a) - timeOf(b);
  if (difference !== 0) return difference > 0 ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

/** Each record of either section, the two copies of one merged by `merge` (by default, the later wins). */
function mergeSection<T extends { updatedAt: string }>(
  a: Section<T>,
  b: Section<T>,
  merge: (x: T | undefined, y: T | undefined) => T = (x, y) => newer(x, y)!,
): Section<T> {
  const out = section<T>();
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) out[key] = merge(a[key], b[key]);
  return out;
}

/**
 * Two copies of a talk's record: the later one's place in the talk, the parts heard on either, and the
 * first completion, since a talk once completed stays completed.
 */
function mergeTalk(a: TalkProgress | undefined, b: TalkProgress | undefined): TalkProgress {
  const later = newer(a, b)!;
  if (!a || !b) return later;
  const completed = [a.completedAt, b.completedAt].filter((time) => time !== null).sort();
  return {
    ...later,
    heard: mergeHeard(a.heard, b.heard, later.duration),
    completedAt: completed[0] ?? null,
  };
}

function mergeAttempts(a: Section<CaseAttempt[]>, b: Section<CaseAttempt[]>): Section<CaseAttempt[]> {
  const out = section<CaseAttempt[]>();
  for (const caseId of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const byId = new Map<string, CaseAttempt>();
    for (const attempt of [...(a[caseId] ?? []), ...(b[caseId] ?? [])]) {
      byId.set(attempt.id, newer(byId.get(attempt.id), attempt)!);
    }
    out[caseId] = [...byId.values()].sort(
      (x, y) => Date.parse(x.startedAt) - Date.parse(y.startedAt) || (x.id < y.id ? -1 : 1),
    );
  }
  return out;
}

/**
 * Both documents' records, keeping the later copy of each. The result does not depend on the order
 * of the arguments or on how often it is repeated, so tabs and imports converge on the same data.
 */
export function mergeDocuments(a: ProgressDocument, b: ProgressDocument): ProgressDocument {
  return {
    schemaVersion: PROGRESS_SCHEMA_VERSION,
    modules: mergeSection(a.modules, b.modules),
    caseAttempts: mergeAttempts(a.caseAttempts, b.caseAttempts),
    talks: mergeSection(a.talks, b.talks, mergeTalk),
    reflections: mergeSection(a.reflections, b.reflections),
    cpd: mergeSection(a.cpd, b.cpd),
    lastPlace: newer(a.lastPlace, b.lastPlace),
    learner: newer(a.learner, b.learner),
    notices: newer(a.notices, b.notices),
  };
}

/** The document as stored: sections in key order, so equal documents give equal text. */
export const serializeDocument = (document: ProgressDocument): string =>
  JSON.stringify(mergeDocuments(document, emptyProgress()));
