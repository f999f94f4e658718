import { isReservedId } from './content-limits.ts';

/**
 * Where a record is in a progress document: a section and the record's key (`modules`, `why-it-matters`),
 * an attempt at a case by its place in the list and, in it, a question; or one of the single records
 * (`learner`). A part the site does not keep at all is named as the file names it.
 */
export interface ImportProblemPlace {
  part: string;
  id?: string;
  attempt?: number;
  question?: string;
}

/** Why a record of an imported file is refused; each has its own message (`data.reason.*` in en.json). */
export type ImportProblemReason =
  /** Not in the form the site saves: a wrong type, a missing or unknown field, a section that is not a list of records. */
  | 'malformed'
  /** An id no content can have (`constructor`, `prototype`, `__proto__`). */
  | 'reserved-id'
  /** A part of the document this site does not keep. */
  | 'unknown-part'
  /** More answers in an attempt than any case asks for. */
  | 'too-many'
  /** A time after now. */
  | 'future'
  /** A CPD entry's date that is not a day of the calendar (30 February). */
  | 'date'
  /** CPD minutes outside what the content or the form allows. */
  | 'minutes'
  /** A place in a talk after its end. */
  | 'talk-place'
  /** More stages revealed than the case has. */
  | 'stages'
  | 'unknown-question'
  | 'stage-not-revealed'
  | 'wrong-kind'
  /** An option or item the question does not have, or one given twice. */
  | 'unknown-choice'
  /** A rating off the question's scale. */
  | 'rating-off-scale'
  /** A rating off every scale a case may have (for an attempt on an earlier version, or a case since removed). */
  | 'rating-out-of-range'
  /** A confidence the player never offers, or one given where it asks for none. */
  | 'confidence'
  /** The case could not be loaded to check the attempt against. */
  | 'case-unchecked';

/** One refused record, with the figures its message names (the value found, the range allowed). */
export interface RecordProblem {
  place: ImportProblemPlace;
  reason: ImportProblemReason;
  values?: Record<string, string | number>;
}

const SECTIONS = ['modules', 'talks', 'reflections', 'cpd', 'caseAttempts'];
const SINGLES = ['lastPlace', 'learner', 'notices'];

/**
 * A record that failed its shape check, from the name `readDocument` gives it: `modules.some-id`,
 * `caseAttempts.some-case[2]`, `learner`, or a section or part name alone.
 */
export function shapeProblem(name: string): RecordProblem {
  const [, part = name, id, attempt] = /^([A-Za-z]+)\.(.*?)(?:\[(\d+)\])?$/s.exec(name) ?? [];
  if (!SECTIONS.includes(part) && !SINGLES.includes(part)) return { place: { part }, reason: 'unknown-part' };
  // A section named alone is not a set of records, or holds more than the site keeps.
  if (id === undefined) return { place: { part }, reason: 'malformed' };
  const place: ImportProblemPlace = attempt === undefined ? { part, id } : { part, id, attempt: Number(attempt) };
  return isReservedId(id) ? { place, reason: 'reserved-id', values: { id } } : { place, reason: 'malformed' };
}
