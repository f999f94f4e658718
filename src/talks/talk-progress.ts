import { progressStore } from '../progress/browser-store.ts';
import { showHealth } from '../progress/page/health.ts';
import { saveProgress } from '../progress/page/save.ts';
import { saveTalkPosition, type TalkInfo } from '../progress/talk-updates.ts';
import { recordLearning, whenStore } from '../xapi/store-meta.ts';
import type { TalkProgressPort } from './progress-port.ts';

/**
 * Connects the talk player to the one progress store (src/progress): where the learner got to, how
 * of it they have played, and completion at 90% heard, which the store decides and keeps.
 * `health` is the page's storage message, shown when nothing can be kept.
 */
export function talkProgress(info: TalkInfo, health: HTMLElement | null): TalkProgressPort {
  const { store } = progressStore();
  whenStore((recorder) => recorder.resumeSending());
  const render = () => showHealth(health, store.health());
  store.subscribe(render);
  render();
  return {
    read: (talkId) => {
      const record = store.read().talks[talkId];
      return record && { position: record.position, heard: record.heard, completed: record.completedAt !== null };
    },
    save: (talkId, { position, duration, played }) => {
      if (talkId !== info.id) return;
      const before = store.read().talks[talkId]?.completedAt ?? null;
      saveProgress((document) =>
        saveTalkPosition(document, info, position, duration, played, new Date().toISOString()),
      );
      // Completed just now: recorded for the organisation's store, if the learner chose to send.
      const at = store.read().talks[talkId]?.completedAt ?? null;
      if (before === null && at !== null) recordLearning({ kind: 'talk', talkId, title: info.title, at });
    },
  };
}
