import { trackModule } from './module-tracker.ts';
import { PROGRESS_PARTS } from './parts.ts';
import { trackReflections } from './reflections.ts';

/** Starts each progress part the page has; a page without any opens no storage. */
export function enhanceProgress(): void {
  const moduleRoot = document.querySelector<HTMLElement>(PROGRESS_PARTS.module);
  if (moduleRoot) trackModule(moduleRoot);
  if (document.querySelector(PROGRESS_PARTS.reflection)) trackReflections();
}
