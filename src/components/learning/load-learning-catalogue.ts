import { entriesOf } from '../../data/entries.ts';
import { loadCatalogue, type CourseWithModules } from '../../data/catalogue.ts';
import { routes } from '../../utils/routes.ts';
import { caseHomes as homesOf } from '../../data/case-homes.ts';
import type { CourseOutline, LearningCatalogue, OutlineEntry } from './learning-catalogue.ts';

/** Each case with the module that embeds it (the place where it is played). */
export async function caseHomes() {
  const [cases, modules] = await Promise.all([entriesOf('cases'), entriesOf('modules')]);
  const homes = homesOf(modules);
  return cases.map((entry) => ({ entry, module: homes.get(entry.id) }));
}

/** A course and its modules as the learner's pages link to them. */
export const courseOutline = ({ course, modules }: CourseWithModules): CourseOutline => ({
  id: course.id,
  title: course.data.title,
  href: routes.course(course.id),
  certificateHref: routes.certificate(course.id),
  cpdMinutes: course.data.cpdMinutes,
  modules: modules.map((m) => ({ id: m.id, title: m.data.title, href: routes.module(course.id, m.id) })),
});

/** Everything the learner's pages need to know about the content, read at build time. */
export async function loadLearningCatalogue(): Promise<LearningCatalogue> {
  const [catalogue, talks, homes] = await Promise.all([loadCatalogue(), entriesOf('talks'), caseHomes()]);
  const courses = catalogue.map(courseOutline);
  const pages: Record<string, OutlineEntry> = {};
  for (const module of courses.flatMap((course) => course.modules)) pages[module.id] = module;
  for (const talk of talks) pages[talk.id] = { id: talk.id, title: talk.data.title, href: routes.talk(talk.id) };
  return {
    courses,
    pages,
    cpd: {
      cases: Object.fromEntries(
        homes.map(({ entry, module }) => [entry.id, { title: entry.data.title, moduleId: module?.id ?? null }]),
      ),
      moduleIds: courses.flatMap((course) => course.modules.map((m) => m.id)),
      talkIds: talks.map((talk) => talk.id),
    },
  };
}
