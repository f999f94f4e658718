import type { CollectionEntry } from 'astro:content';
import { entriesOf } from './entries.ts';
import { modulesByCourse, totalMinutes } from '../utils/course-outline.ts';

export type CourseWithModules = {
  course: CollectionEntry<'courses'>;
  modules: CollectionEntry<'modules'>[];
  minutes: number;
};

/** Every course with its modules in order and its total time, sorted by title. */
export async function loadCatalogue(): Promise<CourseWithModules[]> {
  const [courses, modules] = await Promise.all([entriesOf('courses'), entriesOf('modules')]);
  const byCourse = modulesByCourse(modules);
  return courses
    .map((course) => {
      const own = byCourse.get(course.id) ?? [];
      return { course, modules: own, minutes: totalMinutes(own) };
    })
    .sort((a, b) => a.course.data.title.localeCompare(b.course.data.title));
}

/** One page per course, given its course with modules: the static paths of every page under /courses/<course>/. */
export async function coursePaths() {
  return (await loadCatalogue()).map((entry) => ({ params: { course: entry.course.id }, props: entry }));
}
