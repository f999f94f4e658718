import { trackModule } from './module-tracker.ts';
import { trackReflections } from './reflections.ts';

/** Starts each progress part the page has: a module's completion, and the notes of Reflection prompts. */
export function enhanceProgress(): void {
  const moduleRoot = document.querySelector<HTMLElement>('[data-module-progress]');
  if (moduleRoot) trackModule(moduleRoot);
  if (document.querySelector('textarea[data-reflection-id]')) trackReflections();
}
