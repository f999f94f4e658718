import type { ProgressDocument } from '../../progress/document.ts';
import type { CourseOutline, OutlineEntry } from './learning-catalogue.ts';

/** A module the learner completed that is no longer part of the course: kept, shown as archived. */
export interface ArchivedModule {
  id: string;
  title: string;
  completedAt: string | null;
}

export interface CourseProgress {
  /** Modules of the course as it is now that the learner has completed, in course order. */
  completed: OutlineEntry[];
  /** Modules still to complete, in course order. */
  remaining: OutlineEntry[];
  /** Modules the learner has a record of that the course no longer has. */
  archived: ArchivedModule[];
  /** Every current module is completed (and the course has modules). */
  complete: boolean;
  /** When the last module was completed, once the course is complete. */
  completedAt: string | null;
}

/**
 * Where the learner stands in a course: progress is matched to the course's modules by their ids, so
 * a module that is renamed keeps its progress, and one that is removed is listed as archived.
 */
export function courseProgress(document: ProgressDocument, course: CourseOutline): CourseProgress {
  const isDone = (id: string) => Boolean(document.modules[id]?.completedAt);
  const completed = course.modules.filter((module) => isDone(module.id));
  const remaining = course.modules.filter((module) => !isDone(module.id));
  const current = new Set(course.modules.map((module) => module.id));
  const archived = Object.entries(document.modules)
    .filter(([id, record]) => record.courseId === course.id && !current.has(id))
    .map(([id, record]) => ({ id, title: record.title, completedAt: record.completedAt }))
    .sort((a, b) => a.title.localeCompare(b.title));
  const complete = course.modules.length > 0 && remaining.length === 0;
  const times = completed.map((module) => document.modules[module.id]!.completedAt!);
  const completedAt = complete
    ? times.reduce((latest, time) => (Date.parse(time) > Date.parse(latest) ? time : latest))
    : null;
  return { completed, remaining, archived, complete, completedAt };
}
