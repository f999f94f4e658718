/** The fields of a module that course navigation needs. */
export interface OutlineModule {
  id: string;
  data: { course: string; order: number; minutes: number; title: string };
}

/** The modules of one course, in their order. */
export function modulesOfCourse<M extends OutlineModule>(modules: readonly M[], courseId: string): M[] {
  return modules.filter((m) => m.data.course === courseId).sort((a, b) => a.data.order - b.data.order);
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
