import type { TalkInfo } from '../progress/talk-updates.ts';
import { reserveStickySpace } from '../components/sticky-space.ts';
import { startEmbedFacades } from './embed-facade.ts';
import { startTalkPlayer } from './talk-player.ts';
import { talkProgress } from './talk-progress.ts';

/** Starts a talk's page: its player, or the facade of a video from another service. */
export function startTalkPage(): void {
  startEmbedFacades();
  const root = document.querySelector<HTMLElement>('[data-talk-player]');
  const transcript = document.querySelector<HTMLElement>('[data-transcript]');
  if (!root || !transcript) return;
  reserveStickySpace(root);
  const info = JSON.parse(root.dataset['talkInfo'] ?? '{}') as TalkInfo;
  startTalkPlayer(root, transcript, talkProgress(info, root.querySelector('[data-progress-health]')));
}
