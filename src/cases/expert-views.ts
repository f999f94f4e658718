/** One rating and how many experts gave it. */
export interface ExpertView {
  value: number;
  count: number;
}

/** The spread of expert ratings, lowest rating first, with the total number of experts. */
export function expertSpread(views: Record<string, number> | undefined): { total: number; views: ExpertView[] } {
  const list = Object.entries(views ?? {})
    .map(([value, count]) => ({ value: Number(value), count }))
    .sort((a, b) => a.value - b.value);
  return { total: list.reduce((sum, view) => sum + view.count, 0), views: list };
}

/** How many experts rated at or above `threshold`: "7 of 10 rated this 7 or higher". */
export const countAtOrAbove = (views: readonly ExpertView[], threshold: number) =>
  views.filter((view) => view.value >= threshold).reduce((sum, view) => sum + view.count, 0);
