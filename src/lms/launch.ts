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
  strings: Record<'noLms' | 'refused' | 'unreadable', string>;
}

async function fetchStudies(course: PackagedCourse): Promise<Map<string, CaseStudy>> {
  const studies = new Map<string, CaseStudy>();
  await Promise.all(
    course.cases.map(async ({ id, data }) => {
      const response = await fetch(data);
      if (response.ok) studies.set(id, ((await response.json()) as { study: CaseStudy }).study);
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
  const tell = (text: string) => {
    notice.textContent = text;
    notice.hidden = false;
  };
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
  const studies = await fetchStudies(course);
  const kept = unpackSuspendData(session.launch.suspendData, course, studies);
  if (kept) store.update((document) => restoreFromLms(document, kept));
  else if (session.launch.suspendData !== '') tell(strings.unreadable);

  const resumeAt = session.launch.location;
  frame.src = resumeAt !== '' && isOwnPage(resumeAt) ? resumeAt : course.start;
  let location = course.start;
  const started = performance.now();

  const record = () => courseRecord(store.read(), course, studies);
  let reporting: ReturnType<typeof setTimeout> | undefined;
  const report = () => {
    const document = store.read();
    const { text } = packSuspendData(document, course, studies, session.limit);
    return session.report(courseRecord(document, course, studies), text, location);
  };
  const reportSoon = () => {
    clearTimeout(reporting);
    reporting = setTimeout(() => {
      void Promise.resolve(report()).then((accepted) => {
        if (accepted) notice.hidden = true;
        else tell(strings.refused);
      });
    }, REPORT_AFTER_MS);
  };
  frame.addEventListener('load', () => {
    const place = placeIn(frame);
    if (place !== undefined && isOwnPage(place)) location = place;
    reportSoon();
  });
  store.subscribe(reportSoon);
  reportSoon();

  let finished = false;
  addEventListener('pagehide', () => {
    if (finished) return;
    finished = true;
    clearTimeout(reporting);
    // Whatever changed since the last report goes now: the session ends with the page.
    void report();
    session.finish(record(), (performance.now() - started) / 1000);
  });
}
