import type { Answer, CaseAttempt, QuestionResponse } from '../cases/attempt.ts';
import { caseFingerprint } from '../cases/fingerprint.ts';
import { emptyProgress, readDocument, section, type ProgressDocument } from '../progress/document.ts';
import type { ModuleProgress } from '../progress/records.ts';
import type { CaseQuestion, CaseStudy } from '../schemas/case.ts';
import type { PackagedCourse } from './course-record.ts';

// The course's record in the fewest characters, for SCORM 1.2's 4,096 of suspend data: what the package
// itself knows (module titles, question and option ids, the case an attempt is of) is left out and put
// back from the package when the record is read. Modules and cases are named by their ids, so a new
// version of the package that adds or reorders modules still reads a record made by an older one.
// Questions and options are named by their place, options among their ids sorted, as the case's
// fingerprint takes them, so a record stays readable while the fingerprint stays the same (an attempt at
// a case whose structure has changed since is left out). Times are whole seconds.
//
//   [3, modules, cases, place]
//   modules: { module id: [visited, completed or 0, 0 | 1 learner | 2 case, updated] }
//   cases:   { case id: its attempts, each [id, version, started, updated, completed or 0, stages revealed,
//            responses], responses for each question in order: 0 (none) or [answer or null (skipped),
//            confidence or null]; a reflection's words are never in it }
//   place:   0 or [module id, updated]

const FORMAT = 3;
const BY = [null, 'learner', 'case'] as const;

type Compact = [typeof FORMAT, Record<string, unknown>, Record<string, unknown>, unknown];

// Rounded down, so the LMS's copy of a record is never later than the device's, which then keeps its own.
const seconds = (time: string) => Math.floor(Date.parse(time) / 1000);
const time = (value: unknown) => new Date(Number(value) * 1000).toISOString();
const timeOrNull = (value: unknown) => (value === 0 ? null : time(value));

/** The ids an answer is made of, in the order the fingerprint fixes. */
function choices(question: CaseQuestion): string[] {
  if (question.kind === 'single' || question.kind === 'multiple') return question.options.map((o) => o.id).sort();
  if (question.kind === 'ranking') return [...question.answer].sort();
  return [];
}

function encodeAnswer(question: CaseQuestion, answer: Answer): unknown {
  const place = (id: string) => choices(question).indexOf(id);
  switch (answer.kind) {
    case 'single':
      return place(answer.optionId);
    case 'multiple':
      return answer.optionIds.map(place);
    case 'ranking':
      return answer.order.map(place);
    case 'rating':
      return answer.value;
    case 'reflection':
      return undefined;
  }
}

/** The answer a code stands for; `undefined` when the code cannot be one (the checks after catch the rest). */
function decodeAnswer(question: CaseQuestion, code: unknown): Answer | undefined {
  const ids = choices(question);
  const id = (place: unknown) => (typeof place === 'number' ? ids[place] : undefined);
  const all = (places: unknown) =>
    Array.isArray(places) && places.every((place) => id(place) !== undefined) ? places.map((p) => id(p)!) : undefined;
  switch (question.kind) {
    case 'single': {
      const optionId = id(code);
      return optionId === undefined ? undefined : { kind: 'single', optionId };
    }
    case 'multiple': {
      const optionIds = all(code);
      return optionIds && { kind: 'multiple', optionIds };
    }
    case 'ranking': {
      const order = all(code);
      return order && { kind: 'ranking', order };
    }
    case 'rating':
      return typeof code === 'number' ? { kind: 'rating', value: code } : undefined;
    case 'reflection':
      return undefined;
  }
}

const questionsOf = (study: CaseStudy) => study.stages.flatMap((stage) => stage.questions);

function encodeAttempt(attempt: CaseAttempt, study: CaseStudy): unknown[] {
  const responses = questionsOf(study).map((question) => {
    const response = Object.hasOwn(attempt.responses, question.id) ? attempt.responses[question.id] : undefined;
    if (!response || question.kind === 'reflection') return 0;
    return [response.answer === null ? null : encodeAnswer(question, response.answer), response.confidence];
  });
  return [
    attempt.id,
    attempt.caseVersion,
    seconds(attempt.startedAt),
    seconds(attempt.updatedAt),
    attempt.completedAt === null ? 0 : seconds(attempt.completedAt),
    attempt.revealedStages,
    responses,
  ];
}

function decodeAttempt(code: unknown, study: CaseStudy): CaseAttempt | undefined {
  if (!Array.isArray(code) || code.length !== 7) return undefined;
  const [id, caseVersion, started, updated, completed, revealedStages, responses] = code as unknown[];
  // Places mean nothing against a case whose structure has changed since.
  if (caseVersion !== caseFingerprint(study) || !Array.isArray(responses)) return undefined;
  const answeredAt = time(updated);
  const kept: Record<string, QuestionResponse> = {};
  for (const [index, question] of questionsOf(study).entries()) {
    const response: unknown = responses[index];
    if (!Array.isArray(response)) continue;
    const [answerCode, confidence] = response as unknown[];
    const answer = answerCode === null ? null : decodeAnswer(question, answerCode);
    if (answer === undefined) return undefined;
    kept[question.id] = { questionId: question.id, answer, confidence: confidence as number | null, answeredAt };
  }
  return {
    id: id as string,
    caseId: study.id,
    caseVersion,
    startedAt: time(started),
    updatedAt: answeredAt,
    completedAt: timeOrNull(completed),
    revealedStages: revealedStages as number,
    responses: kept,
  };
}

/** The course's part of `document`, keeping for each case the attempts `keep` chooses, in compact form. */
export function compactRecord(
  document: ProgressDocument,
  course: PackagedCourse,
  studies: ReadonlyMap<string, CaseStudy>,
  keep: (caseId: string, attempts: CaseAttempt[]) => CaseAttempt[],
): Compact {
  const modules: Record<string, unknown> = {};
  for (const { id } of course.modules) {
    const record = Object.hasOwn(document.modules, id) ? document.modules[id] : undefined;
    if (!record) continue;
    const { visitedAt, completedAt, completedBy, updatedAt } = record;
    modules[id] = [
      seconds(visitedAt),
      completedAt ? seconds(completedAt) : 0,
      BY.indexOf(completedBy),
      seconds(updatedAt),
    ];
  }
  const cases: Record<string, unknown> = {};
  for (const { id } of course.cases) {
    const study = studies.get(id);
    const attempts = Object.hasOwn(document.caseAttempts, id) ? (document.caseAttempts[id] ?? []) : [];
    const kept = study ? keep(id, attempts).map((attempt) => encodeAttempt(attempt, study)) : [];
    if (kept.length > 0) cases[id] = kept;
  }
  const place = document.lastPlace;
  const inCourse = place && course.modules.some(({ id }) => id === place.id);
  return [FORMAT, modules, cases, inCourse ? [place.id, seconds(place.updatedAt)] : 0];
}

/** The progress document a compact record stands for, checked as an imported file is; `undefined` if it is not one. */
export function expandRecord(
  compact: unknown,
  course: PackagedCourse,
  studies: ReadonlyMap<string, CaseStudy>,
): ProgressDocument | undefined {
  if (!Array.isArray(compact) || compact[0] !== FORMAT) return undefined;
  const [, modules, cases, place] = compact as unknown[];
  const isMap = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isMap(modules) || !isMap(cases)) return undefined;
  const own = (map: Record<string, unknown>, id: string): unknown => (Object.hasOwn(map, id) ? map[id] : undefined);
  const document = emptyProgress();
  const moduleRecords = section<ModuleProgress>();
  for (const module of course.modules) {
    const code = own(modules, module.id);
    if (!Array.isArray(code)) continue;
    const [visited, completed, by, updated] = code as unknown[];
    moduleRecords[module.id] = {
      courseId: module.courseId,
      title: module.title,
      cpdMinutes: module.cpdMinutes,
      visitedAt: time(visited),
      completedAt: timeOrNull(completed),
      completedBy: BY[by as number] ?? null,
      updatedAt: time(updated),
    };
  }
  const attempts = section<CaseAttempt[]>();
  for (const { id } of course.cases) {
    const study = studies.get(id);
    const codes = own(cases, id);
    if (!study || !Array.isArray(codes)) continue;
    const decoded = codes.flatMap((code) => decodeAttempt(code, study) ?? []);
    if (decoded.length > 0) attempts[id] = decoded;
  }
  const [at, updated] = Array.isArray(place) ? (place as unknown[]) : [];
  const module = course.modules.find(({ id }) => id === at);
  const raw = {
    ...document,
    modules: moduleRecords,
    caseAttempts: attempts,
    lastPlace: module
      ? { kind: 'module', id: module.id, title: module.title, href: module.href, updatedAt: time(updated) }
      : null,
  };
  const result = readDocument(JSON.parse(JSON.stringify(raw)));
  return result.status === 'ok' && result.problems.length === 0 ? result.document : undefined;
}
