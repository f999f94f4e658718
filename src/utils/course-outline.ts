/** The fields of a module that course navigation needs. */
export interface OutlineModule {
  id: string;
  data: { course: string; order: number; minutes: number; title: string };
}

/**
 * Every course's modules, in their order, keyed by course id. One pass over all modules, so a
 * catalogue of thousands of courses is not scanned once per course.
 */
export function modulesByCourse<M extends OutlineModule>(modules: readonly M[]): Map<string, M[]> {
  const byCourse = Map.groupBy(modules, (m) => m.data.course);
  for (const own of byCourse.values()) own.sort((a, b) => a.data.order - b.data.order);
  return byCourse;
}

/** Total minutes of a list of modules: a course's time is derived, never written by hand. */
export const totalMinutes = (modules: readonly OutlineModule[]) => modules.reduce((sum, m) => sum + m.data.minutes, 0);

/** The modules before and after `moduleId` in its course, for previous/next links. */
export function neighbours<M extends OutlineModule>(
  ordered: readonly M[],
  moduleId: string,
): { previous?: M; next?: M } {
  const index = ordered.findIndex((m) => m.id === moduleId);
  if (index === -1) return {};
  const previous = ordered[index - 1];
  const next = ordered[index + 1];
  return { ...(previous && { previous }), ...(next && { next }) };
}
