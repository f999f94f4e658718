import { format, type UiKey, type UiStrings } from '../i18n/t.ts';
import { formatBytes } from './format-bytes.ts';
import {
  canSaveOffline,
  fetchCourseFiles,
  refreshSavedCourses,
  saveCourse,
  savedCourse,
  SaveFailed,
} from './saved-courses.ts';

/**
 * The course page's "Save this course for offline use" (src/components/offline/SaveCourse.astro): says
 * what saving takes before the learner saves, shows progress while saving, and what happened after.
 */
export async function startSaveCourse(section: HTMLElement): Promise<void> {
  const courseId = section.dataset['course'] ?? '';
  const strings = JSON.parse(section.dataset['strings'] ?? '{}') as UiStrings;
  const say = (key: UiKey, vars: Record<string, string | number> = {}) => format(strings[key] ?? key, vars);
  const status = section.querySelector<HTMLElement>('[data-save-status]')!;
  const save = section.querySelector<HTMLButtonElement>('[data-save-button]')!;
  const progress = section.querySelector<HTMLProgressElement>('progress')!;
  const tell = (text: string) => (status.textContent = text);

  if (!canSaveOffline()) return void tell(say('offline.saved.unsupported'));
  const saved = await savedCourse(courseId);
  if (saved) {
    tell(say('offline.save.saved', { size: formatBytes(saved.bytes) }));
    // A new version of the course since it was saved: brought up to date while the learner reads.
    void refreshSavedCourses();
    return;
  }
  if (!navigator.onLine) return void tell(say('offline.save.needsConnection'));
  const list = await fetchCourseFiles(courseId).catch(() => undefined);
  if (!list) return void tell(say('offline.save.needsConnection'));
  const size = formatBytes(list.bytes);
  tell(say('offline.save.size', { size }));
  save.hidden = false;
  const saveNow = async () => {
    save.disabled = true;
    progress.max = list.bytes;
    progress.value = 0;
    progress.hidden = false;
    tell(say('offline.save.saving', { done: formatBytes(0), size }));
    try {
      await saveCourse(list, (done) => {
        progress.value = done;
        progress.textContent = say('offline.save.saving', { done: formatBytes(done), size });
      });
      save.hidden = true;
      tell(say('offline.save.saved', { size }));
    } catch (error) {
      save.disabled = false;
      const quota = error instanceof SaveFailed && error.kind === 'quota';
      tell(
        quota ? say('offline.save.quota', { size }) : say('offline.save.failed', { reason: (error as Error).message }),
      );
    } finally {
      progress.hidden = true;
    }
  };
  save.addEventListener('click', () => void saveNow());
}
