import type { Page } from '@playwright/test';

/** Where keyboard focus landed after one key press, and whether the learner can see it. */
export interface FocusStop {
  /** A short description of the focused element, for the failure message. */
  element: string;
  /** What covers it, when something of the page's own does; `null` when it can be seen. */
  coveredBy: string | null;
}

/**
 * Whether the focused element can be seen: some part of it lies in the viewport and the point at the
 * centre of that part belongs to it, not to something drawn over it (a sticky player or table of
 * contents). axe cannot test this (WCAG 2.2, 2.4.11 Focus Not Obscured), as it depends on scrolling.
 * An inline link broken over two lines counts as seen when either of its parts can be.
 */
function focusStop(): FocusStop | undefined {
  const focused = document.activeElement;
  if (!focused || focused === document.body || focused === document.documentElement) return undefined;
  const describe = (element: Element | null): string => {
    if (!element) return 'nothing (off screen)';
    const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ');
    const id = element.id ? `#${element.id}` : '';
    const classes = [...element.classList].map((c) => `.${c}`).join('');
    return `${element.tagName.toLowerCase()}${id}${classes} "${name.slice(0, 40)}"`;
  };
  const width = document.documentElement.clientWidth;
  const height = document.documentElement.clientHeight;
  let coveredBy: Element | null = null;
  for (const rect of focused.getClientRects()) {
    const left = Math.max(rect.left, 0);
    const right = Math.min(rect.right, width);
    const top = Math.max(rect.top, 0);
    const bottom = Math.min(rect.bottom, height);
    if (right <= left || bottom <= top) continue;
    const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
    if (hit && (focused === hit || focused.contains(hit) || hit.contains(focused))) {
      return { element: describe(focused), coveredBy: null };
    }
    coveredBy = hit;
  }
  return { element: describe(focused), coveredBy: describe(coveredBy) };
}

/**
 * Tabs through the whole page, forwards from the top and then backwards from the end, and returns
 * every stop where the focused element could not be seen.
 */
export async function focusHiddenStops(page: Page): Promise<string[]> {
  const hidden: string[] = [];
  for (const key of ['Tab', 'Shift+Tab']) {
    const seen = new Set<string>();
    let first: string | undefined;
    for (let step = 0; step < 1_000; step++) {
      await page.keyboard.press(key);
      const stop = await page.evaluate(focusStop);
      if (!stop) {
        if (step > 0) break;
        continue;
      }
      const where = `${key} ${stop.element}`;
      if (stop.element === first && step > 1) break;
      first ??= stop.element;
      if (stop.coveredBy !== null && !seen.has(where)) hidden.push(`${where} under ${stop.coveredBy}`);
      seen.add(where);
    }
  }
  return hidden;
}
