// What a package's launch page needs to know of its course (src/lms/course-record.ts): its modules in
// course order and its cases with their data, read from the built pages, as the offline lists are, so
// the package reports exactly what the pages record.
import { decodeEntities } from '../../src/utils/html-entities.ts';
import type { PackagedCourse } from '../../src/lms/course-record.ts';
import type { ModuleInfo } from '../../src/progress/updates.ts';
import { titleIn } from '../offline/course-files.ts';
import { fileOf } from './package-pages.ts';

/** The course `course` of a site built for the folder `base`, from its pages' HTML by file. */
export function packagedCourse(base: string, course: string, pages: ReadonlyMap<string, string>): PackagedCourse {
  const start = `courses/${course}/index.html`;
  const coursePage = pages.get(start) ?? '';
  const modules: ModuleInfo[] = [];
  const cases: PackagedCourse['cases'] = [];
  for (const html of pages.values()) {
    const info = /\sdata-module="([^"]*)"/.exec(html)?.[1];
    if (info === undefined) continue;
    const module = JSON.parse(decodeEntities(info)) as ModuleInfo;
    modules.push(module);
    for (const [, data = ''] of html.matchAll(/\sdata-case-src="([^"]*)"/g)) {
      const file = fileOf(data, base)?.file;
      const id = file?.split('/')[1];
      if (file && id) cases.push({ id, moduleId: module.id, data: file });
    }
  }
  // In the order the course page lists them: its outline is the course's own order.
  const position = (module: ModuleInfo) => coursePage.indexOf(`href="${module.href}"`);
  modules.sort((a, b) => position(a) - position(b));
  return { id: course, title: titleIn(coursePage), start, modules, cases };
}
