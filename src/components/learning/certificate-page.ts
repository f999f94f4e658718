import { format } from '../../i18n/t.ts';
import { progressStore } from '../../progress/browser-store.ts';
import { setLearnerName } from '../../progress/learner-updates.ts';
import { courseProgress } from './course-progress.ts';
import { formatDay } from './format-date.ts';
import type { CourseOutline } from './learning-catalogue.ts';

const part = <T extends Element>(root: Element, selector: string) => root.querySelector<T>(selector)!;

/**
 * The certificate page: shows the certificate once every module of the course is completed on this
 * device, with the name the learner types (kept in their progress), or else the modules still to do.
 */
export function startCertificate(root: HTMLElement): void {
  const course = JSON.parse(root.dataset['certificate'] ?? '{}') as CourseOutline;
  const { store } = progressStore();
  const complete = part<HTMLElement>(root, '[data-complete]');
  const incomplete = part<HTMLElement>(root, '[data-incomplete]');
  const nameInput = part<HTMLInputElement>(root, '#learner-name');
  const name = part<HTMLElement>(root, '[data-name]');
  const lang = document.documentElement.lang || 'en-GB';

  const showName = () => {
    name.textContent = nameInput.value.trim() || (name.dataset['placeholder'] ?? '');
  };

  function render() {
    const document = store.read();
    const progress = courseProgress(document, course);
    complete.hidden = !progress.complete;
    incomplete.hidden = progress.complete;
    if (progress.complete && progress.completedAt) {
      const completedOn = part<HTMLElement>(root, '[data-completed-on]');
      completedOn.textContent = format(completedOn.dataset['template'] ?? '', {
        date: formatDay(progress.completedAt, lang),
      });
      // Typing in this tab wins over what is stored; another tab's name fills an empty field.
      if (globalThis.document.activeElement !== nameInput) nameInput.value = document.learner?.name ?? '';
      showName();
    } else {
      const remaining = new Set(progress.remaining.map((module) => module.id));
      for (const item of incomplete.querySelectorAll<HTMLElement>('[data-module-id]'))
        item.hidden = !remaining.has(item.dataset['moduleId'] ?? '');
      const count = part<HTMLElement>(incomplete, '[data-remaining-count]');
      count.textContent = format(count.dataset['template'] ?? '', { count: remaining.size });
    }
  }

  nameInput.addEventListener('input', () => {
    showName();
    store.update((current) => setLearnerName(current, nameInput.value, new Date().toISOString()));
  });
  part<HTMLButtonElement>(root, '[data-print]').addEventListener('click', () => window.print());
  render();
  store.subscribe(render);
}
