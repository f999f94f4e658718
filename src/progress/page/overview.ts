import { progressStore } from '../browser-store.ts';

// Progress shown on pages that list courses: a bar per course, and on the home page the place to
// continue from. Hidden until there is something to show, so a first visit looks uncluttered.

/** Fills every `[data-course-progress]` (its value: the course's module ids, space-separated). */
function showCourseProgress() {
  const { store } = progressStore();
  const render = () => {
    const { modules } = store.read();
    for (const element of document.querySelectorAll<HTMLElement>('[data-course-progress]')) {
      const ids = (element.dataset['courseProgress'] ?? '').split(' ');
      const done = ids.filter((id) => Object.hasOwn(modules, id) && modules[id]?.completedAt).length;
      const started = ids.some((id) => Object.hasOwn(modules, id));
      const bar = element.querySelector('progress');
      const label = element.querySelector<HTMLElement>('[data-template]');
      if (bar) bar.value = done;
      if (label)
        label.textContent = (label.dataset['template'] ?? '')
          .replace('{done}', String(done))
          .replace('{total}', String(ids.length));
      element.hidden = !started;
    }
  };
  store.subscribe(render);
  render();
}

/** Fills `[data-continue]` with the last module or talk the learner was on. */
function showContinue() {
  const element = document.querySelector<HTMLElement>('[data-continue]');
  const link = element?.querySelector('a');
  if (!element || !link) return;
  const { store } = progressStore();
  const render = () => {
    const place = store.read().lastPlace;
    if (place) {
      link.href = place.href;
      link.textContent = place.title;
    }
    element.hidden = !place;
  };
  store.subscribe(render);
  render();
}

/** Starts the progress parts of a page that lists courses. */
export function showOverview(): void {
  if (document.querySelector('[data-course-progress]')) showCourseProgress();
  if (document.querySelector('[data-continue]')) showContinue();
}
