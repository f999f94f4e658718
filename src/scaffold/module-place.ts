import { closestMatch } from '../utils/closest-match.ts';
import { entriesOf, type ExistingEntry } from './existing-entry.ts';

/** Where a new module goes: its course's folder (from the content root, ending `/`) and its number. */
export interface ModulePlace {
  course: string;
  folder: string;
  order: number;
}

/**
 * The place of a new module in the course with this id, or the problem that stops it, naming the
 * course the trainer probably meant. A new module goes last: one more than the course's highest `order`.
 */
export function modulePlace(
  course: string | undefined,
  existing: readonly ExistingEntry[],
): ModulePlace | { problem: string } {
  const courses = entriesOf(existing, 'courses');
  const ids = courses.map((entry) => entry.id).sort();
  if (ids.length === 0)
    return { problem: 'There is no course yet: start one with `npm run new -- course`, then add its modules.' };
  const home = courses.find((entry) => entry.id === course);
  if (course === undefined || !home) return { problem: unknownCourse(course, ids) };
  const orders = existing.flatMap((e) =>
    e.collection === 'modules' && e.course === course && e.order ? [e.order] : [],
  );
  return { course, folder: home.path.slice(0, home.path.lastIndexOf('/') + 1), order: Math.max(0, ...orders) + 1 };
}

function unknownCourse(course: string | undefined, ids: string[]): string {
  const list = `Write one of: ${ids.map((id) => `\`${id}\``).join(', ')}.`;
  if (course === undefined) return `Say which course the module is for, with --course. ${list}`;
  const guess = closestMatch(course, ids);
  if (guess) return `There is no course with the id \`${course}\`: did you mean \`${guess}\`?`;
  return `There is no course with the id \`${course}\`. ${list}`;
}
