// What a package's launch page needs to know of its course (src/lms/course-record.ts): its modules in
// course order and its cases with their data, read from the built pages, as the offline lists are, so
// the package reports exactly what the pages record.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeEntities } from '../../src/utils/html-entities.ts';
import type { PackagedCourse } from '../../src/lms/course-record.ts';
import type { ModuleInfo } from '../../src/progress/updates.ts';
import { titleIn } from '../offline/course-files.ts';
import { fileOf } from './package-pages.ts';

/** The course `course` of the site built in `site` for the folder `base`. */
export function packagedCourse(site: string, base: string, course: string, pages: readonly string[]): PackagedCourse {
  const coursePage = readFileSync(join(site, 'courses', course, 'index.html'), 'utf8');
  const modules: ModuleInfo[] = [];
  const cases: PackagedCourse['cases'] = [];
  for (const page of pages) {
    const html = readFileSync(join(site, page), 'utf8');
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
  return { id: course, title: titleIn(coursePage), start: `courses/${course}/index.html`, modules, cases };
}
