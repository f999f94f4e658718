import { createRoot } from 'react-dom/client';
import CasePlayer, { type CasePlayerProps } from './CasePlayer.tsx';

/**
 * Starts the player in a case's container with the case's data (src/pages/cases/[id]/[version].json.ts).
 * Mounting it ourselves, not through an Astro island, keeps Astro's React renderer and island bootstrap
 * off the page (about 5 KB gzipped of a 75 KB budget). The server-rendered player shown until now is
 * replaced. If the player fails while rendering, React empties its container: `onFailure` then shows the
 * learner something else.
 */
export function mountCasePlayer(host: HTMLElement, props: unknown, onFailure: () => void): void {
  createRoot(host, { onUncaughtError: onFailure }).render(<CasePlayer {...(props as CasePlayerProps)} />);
}
