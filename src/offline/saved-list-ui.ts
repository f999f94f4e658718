import { provideStrings, t as say } from '../i18n/island-t.ts';
import type { UiStrings } from '../i18n/t.ts';
import { routes } from '../utils/routes.ts';
import { formatBytes } from './format-bytes.ts';
import { OFFLINE_COPIES_CHANGED } from './forget-offline-copies.ts';
import { canSaveOffline, refreshSavedCourses, removeSavedCourse, savedCourses } from './saved-courses.ts';

/**
 * The list of saved courses (src/components/offline/SavedCourseList.astro), in My learning and on the
 * offline page: each with its size and a button that removes it, and the space they take in all.
 */
export async function startSavedCourseList(host: HTMLElement): Promise<void> {
  provideStrings(JSON.parse(host.dataset['strings'] ?? '{}') as UiStrings);
  const list = host.querySelector<HTMLUListElement>('ul')!;
  const status = host.querySelector<HTMLElement>('[data-saved-status]')!;
  const summary = host.querySelector<HTMLElement>('[data-saved-summary]')!;
  if (!canSaveOffline()) return void (summary.textContent = say('offline.saved.unsupported'));

  const render = async () => {
    const courses = await savedCourses();
    const total = courses.reduce((sum, course) => sum + course.bytes, 0);
    summary.textContent =
      courses.length === 0
        ? say('offline.saved.none')
        : say('offline.saved.total', { count: courses.length, size: formatBytes(total) });
    list.replaceChildren(
      ...courses.map((course) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = routes.course(course.course);
        link.textContent = course.title;
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.textContent = say('offline.saved.remove', { course: course.title });
        const removeNow = async () => {
          await removeSavedCourse(course.course);
          status.textContent = say('offline.saved.removed', { course: course.title });
          await render();
          // The button is gone with its row: focus goes to the list's heading, not to the page's top.
          host.querySelector<HTMLElement>('h2')?.focus();
        };
        remove.addEventListener('click', () => void removeNow());
        item.append(link, ` · ${formatBytes(course.bytes)} `, remove);
        return item;
      }),
    );
  };
  await render();
  addEventListener(OFFLINE_COPIES_CHANGED, () => void render());
  if (host.dataset['refresh'] !== undefined) void refreshSavedCourses().then(render);
}
