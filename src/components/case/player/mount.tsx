import { createRoot } from 'react-dom/client';
import CasePlayer, { type CasePlayerProps } from './CasePlayer.tsx';

/**
 * Starts the player in a case's container, with the props the page wrote beside it as JSON. Mounting
 * it ourselves, not through an Astro island, keeps Astro's React renderer and island bootstrap off the
 * page (about 5 KB gzipped of a 75 KB budget). The server-rendered player shown until now is replaced.
 */
export function mountCasePlayer(host: HTMLElement, propsJson: string): void {
  const props = JSON.parse(propsJson) as CasePlayerProps;
  createRoot(host).render(<CasePlayer {...props} />);
}
