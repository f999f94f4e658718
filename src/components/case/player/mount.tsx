import { createRoot } from 'react-dom/client';
import CasePlayer, { type CasePlayerProps } from './CasePlayer.tsx';

/**
 * Starts the player in a case's container with the case's data (src/pages/cases/[id].json.ts). Mounting
 * it ourselves, not through an Astro island, keeps Astro's React renderer and island bootstrap off the
 * page (about 5 KB gzipped of a 75 KB budget). The server-rendered player shown until now is replaced.
 */
export function mountCasePlayer(host: HTMLElement, props: unknown): void {
  createRoot(host).render(<CasePlayer {...(props as CasePlayerProps)} />);
}
