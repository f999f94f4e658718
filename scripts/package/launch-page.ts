// The page an LMS launches (the SCO): it holds the LMS's API for the whole session while the course's
// pages come and go in its frame (src/lms/launch.ts). A bar above the frame keeps the way back to the
// course's contents, since an LMS's own frame may have no back button.
import { stringsFor, t } from '../../src/i18n/t.ts';
import type { PackageFormat } from '../../src/lms/lms-session.ts';
import { escapeHtml } from '../../src/utils/html-entities.ts';

/** The launch script's file in the package, bundled from src/lms/main.ts (with its lazily loaded parts beside it). */
export const LAUNCH_SCRIPT = 'lms/main.js';
/** The course's description for the launch script (src/lms/course-record.ts). */
export const COURSE_FILE = 'course.json';
const FRAME = 'course';

export function launchPage(format: PackageFormat, course: { title: string; start: string }): string {
  const strings = Object.fromEntries(
    Object.entries(stringsFor(['lms.'])).map(([key, value]) => [key.slice('lms.'.length), value]),
  );
  const title = escapeHtml(course.title);
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
  html, body { height: 100%; margin: 0; }
  body { display: flex; flex-direction: column; font: 100%/1.5 system-ui, sans-serif; }
  nav, [data-lms-notice] { padding: 0.25rem 1rem; }
  [data-lms-notice] { margin: 0; border-block-end: 2px solid; }
  [data-lms-notice]:empty { padding: 0; border: 0; }
  main { display: contents; }
  iframe { flex: 1; width: 100%; border: 0; }
</style>
<script type="module" src="${LAUNCH_SCRIPT}"></script>
</head>
<body>
<main data-lms-launch data-format="${format}" data-strings="${escapeHtml(JSON.stringify(strings))}">
<nav aria-label="${escapeHtml(t('lms.contents'))}"><a href="${escapeHtml(course.start)}" target="${FRAME}">${escapeHtml(t('lms.contents'))}</a></nav>
<p role="status" data-lms-notice></p>
<iframe name="${FRAME}" title="${title}"></iframe>
</main>
</body>
</html>
`;
}
