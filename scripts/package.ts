// Course packages for a learning management system:
//   npm run package -- --course <id> [--format scorm12|scorm2004|cmi5]...   one course
//   npm run package -- --all [--format …]                             every course
// Without --format, every format. Writes packages/<course>-<format>.zip from the built site (npm run
// package builds it first): the course's pages, as saving it for offline use takes them, made to run
// from any address (package/package-pages.ts), with a launch page that reports to the LMS (src/lms/).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync, type Zippable } from 'fflate';
import type { PackageFormat } from '../src/lms/lms-session.ts';
import { basePath } from '../src/utils/base-path.ts';
import { bundleScript } from './bundle-script.ts';
import { addressesIn, courseFiles, descriptionIn, siteFiles } from './offline/course-files.ts';
import { cmi5Structure, courseActivityId } from './package/cmi5-structure.ts';
import { COURSE_FILE, LAUNCH_SCRIPT, launchPage } from './package/launch-page.ts';
import { fileOf, packagePage } from './package/package-pages.ts';
import { packagedCourse } from './package/packaged-course.ts';
import { scormManifest } from './package/scorm-manifest.ts';

export const FORMATS: readonly PackageFormat[] = ['scorm12', 'scorm2004', 'cmi5'];
/** The launch page's script, bundled into LAUNCH_SCRIPT. */
const LAUNCH_ENTRY = 'src/lms/main.ts';
/** Where the packages are written. */
export const PACKAGES_FOLDER = 'packages';
/** Site pages a saved course takes that a package does not: it has no search index of its own. */
const NOT_PACKAGED = /^search\//;
/** The web app's manifest: a package is not installed (package-pages.ts leaves its link out). */
const LEFT_OUT_FILES = /^manifest\.webmanifest$/;

/**
 * The files the pages show that saving a course leaves to the site's shell (its logo, icons, images a
 * trainer put in public/): a package has no shell, so it holds them itself.
 */
function assetsOf(pages: ReadonlyMap<string, string>): string[] {
  const assets = new Set<string>();
  for (const html of pages.values()) {
    for (const address of addressesIn(html, base)) {
      const file = fileOf(`${base}${address}`, base)?.file;
      if (file && !file.endsWith('.html') && !LEFT_OUT_FILES.test(file) && existsSync(join(site, file)))
        assets.add(file);
    }
  }
  return [...assets];
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    course: { type: 'string', multiple: true, default: [] },
    all: { type: 'boolean', default: false },
    format: { type: 'string', multiple: true, default: [] },
    site: { type: 'string', default: 'dist' },
    out: { type: 'string', default: PACKAGES_FOLDER },
  },
});
const site = values.site;
const base = basePath();
if (!existsSync(join(site, 'courses'))) fail(`No built courses in ${site}/: build the site first (npm run build).`);
const known = readdirSync(join(site, 'courses'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const courses = values.all ? known : values.course;
if (courses.length === 0) fail(`Name a course (--course <id>) or ask for --all. The courses: ${known.join(', ')}.`);
const unknownCourse = courses.find((course) => !known.includes(course));
if (unknownCourse) fail(`There is no course "${unknownCourse}". The courses: ${known.join(', ')}.`);
const formats = values.format.length > 0 ? values.format : FORMATS;
const unknownFormat = formats.find((format) => !FORMATS.includes(format as PackageFormat));
if (unknownFormat) fail(`There is no package format "${unknownFormat}". The formats: ${FORMATS.join(', ')}.`);

// The public site, for links to its pages outside a package; the build's stand-in address is not one.
const publicSite = process.env['SITE_URL'];
const work = mkdtempSync(join(tmpdir(), 'triangulate-package-'));
try {
  const scripts = join(work, 'lms');
  await bundleScript(LAUNCH_ENTRY, scripts, {
    format: 'esm',
    splitting: true,
    define: { 'import.meta.env.BASE_URL': JSON.stringify(base) },
  });
  mkdirSync(values.out, { recursive: true });
  const files = siteFiles(site, base);
  for (const course of courses) {
    const list = courseFiles(files, course);
    const pages = list.files
      .flatMap(({ url }) => fileOf(url, base)?.file ?? [])
      .filter((file) => !NOT_PACKAGED.test(file));
    // Each page read once, for what it links to, what it says of its module, and its packaged copy.
    const html = new Map(
      pages.filter((file) => file.endsWith('.html')).map((file) => [file, readFileSync(join(site, file), 'utf8')]),
    );
    const own = new Set([...pages, ...assetsOf(html)]);
    const contents: Zippable = {};
    for (const file of own) {
      const text = html.get(file);
      contents[file] =
        text === undefined
          ? readFileSync(join(site, file))
          : new TextEncoder().encode(packagePage(text, file, { base, files: own, publicSite }));
    }
    const description = packagedCourse(base, course, html);
    contents[COURSE_FILE] = new TextEncoder().encode(JSON.stringify(description));
    for (const script of readdirSync(scripts))
      contents[`${dirname(LAUNCH_SCRIPT)}/${script}`] = readFileSync(join(scripts, script));
    for (const format of formats as PackageFormat[]) {
      const packaged: Zippable = {
        ...contents,
        'index.html': new TextEncoder().encode(launchPage(format, description)),
      };
      if (format === 'cmi5') {
        packaged['cmi5.xml'] = new TextEncoder().encode(
          cmi5Structure({
            id: course,
            title: list.title,
            description: descriptionIn(html.get(description.start) ?? ''),
            hasCases: description.cases.length > 0,
            activityId: courseActivityId(publicSite, base, course),
          }),
        );
      } else {
        const files = Object.keys(packaged).sort();
        const manifest = scormManifest(format, { id: course, title: list.title, version: list.version, files });
        packaged['imsmanifest.xml'] = new TextEncoder().encode(manifest);
      }
      const zip = zipSync(packaged, { level: 9 });
      const out = join(values.out, `${course}-${format}.zip`);
      writeFileSync(out, zip);
      console.log(`Wrote ${out}: ${Object.keys(packaged).length} files, ${(zip.byteLength / 1024).toFixed(0)} KB.`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
