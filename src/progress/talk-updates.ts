import type { ProgressDocument } from './document.ts';
import { mergeHeard, secondsHeard } from './heard.ts';
import { LIMITS, type Heard, type TalkProgress } from './records.ts';
import { clip, withSection } from './updates.ts';

export interface TalkInfo {
  id: string;
  title: string;
  cpdMinutes: number;
  href: string;
}

/** Share of a talk a learner must have listened to for it to count as completed. */
export const TALK_COMPLETION_SHARE = 0.9;

/**
 * Where the learner is in a talk, and the parts they have played (added to those of earlier visits). It
 * counts as completed once they have heard 90% of it, each part once, and stays completed.
 */
export function saveTalkPosition(
  document: ProgressDocument,
  info: TalkInfo,
  position: number,
  duration: number,
  played: Heard,
  now: string,
): ProgressDocument {
  const known = document.talks[info.id];
  const heard = mergeHeard(known?.heard ?? [], played, duration);
  const enough = duration > 0 && secondsHeard(heard) >= duration * TALK_COMPLETION_SHARE;
  const record: TalkProgress = {
    title: clip(info.title, LIMITS.title),
    cpdMinutes: info.cpdMinutes,
    position: Math.min(Math.max(0, position), duration),
    duration,
    heard,
    completedAt: known?.completedAt ?? (enough ? now : null),
    updatedAt: now,
  };
  return {
    ...withSection(document, 'talks', info.id, record),
    lastPlace: { kind: 'talk', id: info.id, title: record.title, href: info.href, updatedAt: now },
  };
}
