import type { CourseRecord } from './course-record.ts';

// What a package's launch page needs of an LMS, whichever standard it speaks (scorm-api.ts, cmi5-session.ts).

/** The formats a course is packaged in. */
export type PackageFormat = 'scorm12' | 'scorm2004' | 'cmi5';

/** What the LMS gave the package when it launched. */
export interface LaunchData {
  learnerId: string;
  /** The course's record as the LMS kept it (suspend-data.ts), or `''`. */
  suspendData: string;
  /** The page the learner was on, from the package's root, or `''`. */
  location: string;
}

/** One launch's connection to the LMS. */
export interface LmsSession {
  launch: LaunchData;
  /** The most characters of record the LMS keeps. */
  limit: number;
  /** Tells the LMS the course's record: answers whether the LMS accepted it. */
  report(record: CourseRecord, suspendData: string, location: string): boolean | Promise<boolean>;
  /** Ends the session, as the page goes: no answer can be waited for. */
  finish(record: CourseRecord, sessionSeconds: number): void;
}
