import { progressStore } from '../browser-store.ts';
import { saveReflection } from '../updates.ts';
import { saveProgress } from './save.ts';

/**
 * Keeps the notes learners write in Reflection prompts: restored on load and when another tab changes
 * them, saved as they type. Each note belongs to the page's content id (`data-page-id` on an ancestor).
 */
export function trackReflections() {
  const { store } = progressStore();
  const notes = [...document.querySelectorAll<HTMLTextAreaElement>('textarea[data-reflection-id]')];
  const restore = () => {
    for (const note of notes) {
      const saved = store.read().reflections[note.dataset['reflectionId'] ?? ''];
      // Never overwrite what the learner is typing.
      if (saved && document.activeElement !== note && note.value !== saved.text) note.value = saved.text;
    }
  };
  for (const note of notes) {
    const pageId = note.closest<HTMLElement>('[data-page-id]')?.dataset['pageId'];
    if (!pageId) continue;
    note.disabled = false;
    const status = note.parentElement?.querySelector<HTMLElement>('[data-note-status]');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      clearTimeout(timer);
      timer = undefined;
      const id = note.dataset['reflectionId'] ?? '';
      const problem = saveProgress((d) => saveReflection(d, id, pageId, note.value, new Date().toISOString()));
      if (status) status.textContent = problem ? '' : (status.dataset['saved'] ?? '');
    };
    note.addEventListener('input', () => {
      if (status) status.textContent = status.dataset['saving'] ?? '';
      clearTimeout(timer);
      timer = setTimeout(save, 500);
    });
    note.addEventListener('blur', () => timer !== undefined && save());
  }
  store.subscribe(restore);
  restore();
}
