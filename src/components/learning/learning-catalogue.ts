import type { CpdCatalogue } from '../../progress/cpd.ts';

// What the learner's pages need to know about the site's content, serialised at build time into the
// page so that scripts can set progress (kept by content id) beside the content as it is now.

/** A module of a course, as the learner's pages link to it. */
export interface OutlineEntry {
  id: string;
  title: string;
  href: string;
}

/** A course with its modules in order. */
export interface CourseOutline {
  id: string;
  title: string;
  href: string;
  certificateHref: string;
  /** The course's CPD minutes, from its content. */
  cpdMinutes: number;
  modules: OutlineEntry[];
}

export interface LearningCatalogue {
  courses: CourseOutline[];
  /** Modules and talks by id, for naming the page a reflection was written on. */
  pages: Record<string, OutlineEntry>;
  cpd: CpdCatalogue;
}
