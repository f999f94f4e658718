import { openPersistence, progressStore } from '../progress/browser-store.ts';
import type { CaseStudy } from '../schemas/case.ts';
import { courseRecord, type PackagedCourse } from './course-record.ts';
import { takeRecordFor } from './learner-record.ts';
import type { LmsSession, PackageFormat } from './lms-session.ts';
import { startScormSession } from './scorm-api.ts';
import { packSuspendData, restoreFromLms, unpackSuspendData } from './suspend-data.ts';

// The launch page of a course package (index.html, written by scripts/package.ts). It stays loaded for the
// whole session, holding the connection to the LMS, while the course's own pages come and go in its frame:
// SCORM and cmi5 allow one session a launch, and the course has many pages. The pages keep progress on the
// device as on the site; this page hears every change through the storage event and tells the LMS.
/** Changes come in bursts (an answer, then its confidence): the LMS is told once they settle. */
const REPORT_AFTER_MS = 500;

interface LaunchPage {
  format: PackageFormat;
  frame: HTMLIFrameElement;
  notice: HTMLElement;
  strings: Record<'noLms' | 'refused' | 'unreadable' | 'casesMissing', string>;
}

/** The course's cases by id; one that cannot be loaded is missing from the map. */
async function fetchStudies(course: PackagedCourse): Promise<Map<string, CaseStudy>> {
  const studies = new Map<string, CaseStudy>();
  await Promise.all(
    course.cases.map(async ({ id, data }) => {
      try {
        const response = await fetch(data);
        if (response.ok) studies.set(id, ((await response.json()) as { study: CaseStudy }).study);
      } catch {
        // Missing: see `launch`.
      }
    }),
  );
  return studies;
}

/** The page in the frame, from the package's root (`courses/x/y/index.html`), or `undefined` off the package. */
function placeIn(frame: HTMLIFrameElement): string | undefined {
  try {
    const root = new URL('./', location.href).pathname;
    const path = frame.contentWindow?.location.pathname ?? '';
    return path.startsWith(root) ? path.slice(root.length) : undefined;
  } catch {
    return undefined;
  }
}

/** A place the LMS kept, if it is one of this package's pages (a record from elsewhere must not steer the frame). */
const isOwnPage = (place: string) => /^(?:[\w-]+\/)*index\.html$/.test(place);

/** cmi5's code (an xAPI client with its HTTP library) loads only for a cmi5 package. */
const startSession = (format: PackageFormat): LmsSession | undefined | Promise<LmsSession | undefined> =>
  format === 'cmi5' ? import('./cmi5-session.ts').then((cmi5) => cmi5.startCmi5Session()) : startScormSession(format);

export async function launch({ format, frame, notice, strings }: LaunchPage): Promise<void> {
  const tell = (text: string) => (notice.textContent = text);
  const course = (await (await fetch('course.json')).json()) as PackagedCourse;
  const session = await startSession(format);
  if (!session) {
    // The course still works, on the device only; nothing is reported, and the learner knows why.
    tell(strings.noLms);
    frame.src = course.start;
    return;
  }
  takeRecordFor(openPersistence().persistence, session.launch.learnerId);
  const { store } = progressStore();
  const resumeAt = session.launch.location;
  let place = resumeAt !== '' && isOwnPage(resumeAt) ? resumeAt : course.start;
  const studies = await fetchStudies(course);
  frame.src = place;
  if (studies.size < course.cases.length) {
    // Without every case, the record would say the missing ones were never finished, and their attempts
    // would drop out of the LMS's copy: the learner works on the device, and nothing is reported.
    tell(strings.casesMissing);
    return;
  }
  const kept = unpackSuspendData(session.launch.suspendData, course, studies);
  if (kept) store.update((document) => restoreFromLms(document, kept));
  // A record this version cannot read goes back to the LMS as it came: status and score are reported, the
  // record is never written over.
  const unreadable = kept === undefined && session.launch.suspendData !== '' ? session.launch.suspendData : undefined;
  if (unreadable !== undefined) tell(strings.unreadable);
  const started = performance.now();

  const record = () => courseRecord(store.read(), course, studies);
  let reporting: ReturnType<typeof setTimeout> | undefined;
  const report = () => {
    const document = store.read();
    const text = unreadable ?? packSuspendData(document, course, studies, session.limit).text;
    return session.report(courseRecord(document, course, studies), text, place);
  };
  const reportSoon = () => {
    clearTimeout(reporting);
    reporting = setTimeout(() => {
      reporting = undefined;
      void Promise.resolve(report()).then((accepted) => {
        if (!accepted) tell(strings.refused);
        else if (notice.textContent === strings.refused) tell('');
      });
    }, REPORT_AFTER_MS);
  };
  frame.addEventListener('load', () => {
    const shown = placeIn(frame);
    if (shown !== undefined && isOwnPage(shown)) place = shown;
    reportSoon();
  });
  store.subscribe(reportSoon);
  reportSoon();

  let finished = false;
  addEventListener('pagehide', () => {
    if (finished) return;
    finished = true;
    // A change not yet reported goes now: the session ends with the page.
    if (reporting !== undefined) {
      clearTimeout(reporting);
      void report();
    }
    session.finish(record(), (performance.now() - started) / 1000);
  });
}
