/** One file a saved course downloads: its address in the site, and its size as built. */
export interface OfflineFile {
  url: string;
  bytes: number;
}

/**
 * What saving a course for offline use downloads: the list written after the build
 * (scripts/offline/course-files.ts), served at `offline/<course>.json`.
 */
export interface CourseFiles {
  course: string;
  title: string;
  /** A hash of every file's content: a new version of any of them is a new version of the saved course. */
  version: string;
  /** The sum of the files' sizes. */
  bytes: number;
  files: OfflineFile[];
}
