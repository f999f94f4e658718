import { trackModule } from './module-tracker.ts';
import { showContinue, showCourseProgress } from './overview.ts';
import { trackReflections } from './reflections.ts';

// The one script every page loads for progress, so a learner's browser fetches it once for the whole
// site. Each part runs only where its markup is on the page; a page without any opens no storage.

const moduleRoot = document.querySelector<HTMLElement>('[data-module-progress]');
if (moduleRoot) trackModule(moduleRoot);
if (document.querySelector('textarea[data-reflection-id]')) trackReflections();
if (document.querySelector('[data-course-progress]')) showCourseProgress();
if (document.querySelector('[data-continue]')) showContinue();
