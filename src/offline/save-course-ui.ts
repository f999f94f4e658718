import { provideStrings, t as say } from '../i18n/island-t.ts';
import type { UiStrings } from '../i18n/t.ts';
import { formatBytes } from './format-bytes.ts';
import {
  canSaveOffline,
  fetchCourseFiles,
  refreshSavedCourses,
  saveCourse,
  savedCourse,
  SaveFailed,
} from './saved-courses.ts';
import type { CourseFiles } from './course-list.ts';

/**
 * The course page's "Save this course for offline use" (src/components/offline/SaveCourse.astro): says
 * what saving takes before the learner saves, shows progress while saving, and what happened after.
 */
export async function startSaveCourse(section: HTMLElement): Promise<void> {
  const courseId = section.dataset['course'] ?? '';
  provideStrings(JSON.parse(section.dataset['strings'] ?? '{}') as UiStrings);
  const status = section.querySelector<HTMLElement>('[data-save-status]')!;
  const save = section.querySelector<HTMLButtonElement>('[data-save-button]')!;
  const progress = section.querySelector<HTMLProgressElement>('progress')!;
  const tell = (text: string) => (status.textContent = text);
  let list: CourseFiles | undefined;
  let saving = false;

  /** What the section says, and whether it offers to save: run again when the connection comes back. */
  const show = async () => {
    if (saving) return;
    save.hidden = true;
    if (!canSaveOffline()) return void tell(say('offline.saved.unsupported'));
    const saved = await savedCourse(courseId);
    if (saved) {
      tell(say('offline.save.saved', { size: formatBytes(saved.bytes) }));
      // A new version of a saved course since it was saved: brought up to date while the learner reads.
      void refreshSavedCourses();
      return;
    }
    list = await fetchCourseFiles(courseId).catch((error: unknown) => {
      const missing = error instanceof SaveFailed && error.kind === 'missing';
      tell(say(missing ? 'offline.save.missing' : 'offline.save.needsConnection'));
      return undefined;
    });
    if (!list) return;
    tell(say('offline.save.size', { size: formatBytes(list.bytes) }));
    save.hidden = false;
  };

  const saveNow = async () => {
    if (saving || !list) return;
    saving = true;
    // Not disabled: a disabled button would drop the learner's focus to the top of the page.
    save.setAttribute('aria-disabled', 'true');
    const size = formatBytes(list.bytes);
    progress.max = list.bytes;
    progress.value = 0;
    progress.hidden = false;
    tell(say('offline.save.saving', { done: formatBytes(0), size }));
    // The status is spoken: said again at each quarter, not at every file.
    let quarter = 0;
    try {
      await saveCourse(list, (done) => {
        progress.value = done;
        const reached = Math.floor((4 * done) / list!.bytes);
        if (reached > quarter && done < list!.bytes) {
          quarter = reached;
          tell(say('offline.save.saving', { done: formatBytes(done), size }));
        }
      });
      tell(say('offline.save.saved', { size }));
      // The button goes with the choice it offered: focus moves to what happened.
      status.focus();
      save.hidden = true;
    } catch (error) {
      const quota = error instanceof SaveFailed && error.kind === 'quota';
      tell(
        quota ? say('offline.save.quota', { size }) : say('offline.save.failed', { reason: (error as Error).message }),
      );
    } finally {
      saving = false;
      save.removeAttribute('aria-disabled');
      progress.hidden = true;
    }
  };
  save.addEventListener('click', () => void saveNow());
  addEventListener('online', () => void show());
  await show();
}
