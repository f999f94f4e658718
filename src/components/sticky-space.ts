/** The root's custom property that `scroll-padding-block-start` reads (src/styles/base.css). */
export const STICKY_TOP_PROPERTY = '--tg-sticky-top';

/**
 * Keeps focus and in-page jumps clear of a part of the page that sticks to the top of the viewport
 * over the content (a talk's player), WCAG 2.2's 2.4.11 Focus Not Obscured: the browser scrolls a
 * focused element into view below the root's scroll padding, and this sets that padding to the space
 * the part really covers. Its height changes with the screen, the zoom, wrapped controls and messages,
 * so it is measured, not guessed; while the part does not stick (a phone, a short window) it is none.
 * A part that sticks in a column of its own (a table of contents beside the text) covers nothing and
 * needs none of this.
 */
export function reserveStickySpace(part: HTMLElement): void {
  const root = document.documentElement;
  const update = () => {
    const style = getComputedStyle(part);
    const sticks = style.position === 'sticky' || style.position === 'fixed';
    const top = Number.parseFloat(style.insetBlockStart) || 0;
    const covered = sticks ? Math.ceil(top + part.getBoundingClientRect().height) : 0;
    // A little room below the part, so the focus outline shows whole.
    root.style.setProperty(STICKY_TOP_PROPERTY, covered > 0 ? `calc(${covered}px + var(--tg-space-3))` : '0px');
  };
  new ResizeObserver(update).observe(part);
  addEventListener('resize', update);
  update();
}
