// The `cmi5.xml` of a cmi5 package: the course and its one assignable unit, the launch page. The unit
// moves on when the course is completed and passed, as the learner's own pages count it
// (src/lms/course-record.ts); a course without cases moves on when completed. Activity ids are IRIs made
// from the site's address and the course's content id, so they stay the same across versions.
import { escapeHtml } from '../../src/utils/html-entities.ts';
import { activityBase, activityId } from '../../src/xapi/activity-ids.ts';

export interface StructureCourse {
  id: string;
  title: string;
  description: string;
  hasCases: boolean;
  /** The course's IRI. */
  activityId: string;
}

/** The course's IRI, as the open site's statements name it (src/xapi/activity-ids.ts). */
export const courseActivityId = (publicSite: string | undefined, base: string, course: string): string =>
  activityId(activityBase(publicSite, base), `courses/${course}/`);

export function cmi5Structure(course: StructureCourse): string {
  const text = (value: string) => `<langstring lang="en-GB">${escapeHtml(value)}</langstring>`;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">',
    `  <course id="${escapeHtml(course.activityId)}">`,
    `    <title>${text(course.title)}</title>`,
    `    <description>${text(course.description)}</description>`,
    '  </course>',
    `  <au id="${escapeHtml(`${course.activityId}#au`)}" moveOn="${course.hasCases ? 'CompletedAndPassed' : 'Completed'}" launchMethod="AnyWindow">`,
    `    <title>${text(course.title)}</title>`,
    `    <description>${text(course.description)}</description>`,
    '    <url>index.html</url>',
    '  </au>',
    '</courseStructure>',
    '',
  ].join('\n');
}
