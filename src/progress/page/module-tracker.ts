import { progressStore } from '../browser-store.ts';
import { markExportReminderShown, setModuleComplete, visitModule, type ModuleInfo } from '../updates.ts';
import { longDate, showHealth } from './health.ts';
import { recordLearning, whenStore } from '../../xapi/store-meta.ts';
import { saveProgress } from './save.ts';

// Progress on a module page: the visit, "Mark as complete", and completion when its case is passed
// (Reflection notes are kept by reflections.ts). Plain TypeScript, not an island: a module page's whole
// budget for this is 5 KB gzipped.

const now = () => new Date().toISOString();

export function trackModule(root: HTMLElement) {
  const info = JSON.parse(root.dataset['module'] ?? '{}') as ModuleInfo;
  const { store } = progressStore();
  const button = root.querySelector<HTMLButtonElement>('[data-complete]');
  const status = root.querySelector<HTMLElement>('[data-completion]');
  const reminder = root.querySelector<HTMLElement>('[data-reminder]');

  function render() {
    const progress = store.read();
    const record = progress.modules[info.id];
    const completedAt = record?.completedAt;
    if (button) {
      button.setAttribute('aria-pressed', String(Boolean(completedAt)));
      button.disabled = false;
    }
    if (status) {
      const template = completedAt
        ? status.dataset[record.completedBy === 'case' ? 'byCase' : 'done']
        : status.dataset['todo'];
      status.textContent = (template ?? '').replace('{date}', completedAt ? longDate(completedAt) : '');
    }
    // Told once, after the first completion, that export keeps a copy.
    if (reminder)
      reminder.hidden = !(progress.notices === null && Object.values(progress.modules).some((m) => m.completedAt));
    showHealth(root.querySelector('[data-progress-health]'), store.health());
  }

  saveProgress((d) => visitModule(d, info, now()));
  store.subscribe(render);
  render();
  whenStore((recorder) => recorder.resumeSending());

  /** Completes the module (or not), and records a completion for the organisation's store, if chosen. */
  const complete = (done: boolean, by: 'learner' | 'case') => {
    const before = store.read().modules[info.id]?.completedAt;
    saveProgress((d) => setModuleComplete(d, info, done, by, now()));
    const at = store.read().modules[info.id]?.completedAt;
    if (!before && at)
      recordLearning({ kind: 'module', courseId: info.courseId, moduleId: info.id, title: info.title, at });
  };
  button?.addEventListener('click', () => complete(button.getAttribute('aria-pressed') !== 'true', 'learner'));
  // The case player announces a passed attempt; passing the module's case completes the module.
  document.addEventListener('triangulate:case-passed', () => complete(true, 'case'));
  reminder?.querySelector('button')?.addEventListener('click', () => {
    saveProgress((d) => markExportReminderShown(d, now()));
  });
}
