import type { TalkInfo } from '../progress/talk-updates.ts';
import { startTalkPlayer } from './talk-player.ts';
import { talkProgress } from './talk-progress.ts';

/** Starts the talk player on a talk's page. */
export function startTalkPage(): void {
  const root = document.querySelector<HTMLElement>('[data-talk-player]');
  const transcript = document.querySelector<HTMLElement>('[data-transcript]');
  if (!root || !transcript) return;
  const info = JSON.parse(root.dataset['talkInfo'] ?? '{}') as TalkInfo;
  startTalkPlayer(root, transcript, talkProgress(info, root.querySelector('[data-progress-health]')));
}
