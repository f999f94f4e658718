import type { ProgressDocument } from './document.ts';
import { LIMITS, type TalkProgress } from './records.ts';
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
 * Where the learner is in a talk, and how much they have listened to. It counts as completed once
 * they have listened to 90% of it, and stays completed.
 */
export function saveTalkPosition(
  document: ProgressDocument,
  info: TalkInfo,
  position: number,
  duration: number,
  listened: number,
  now: string,
): ProgressDocument {
  const known = document.talks[info.id];
  const heard = Math.min(duration, Math.max(listened, known?.listened ?? 0));
  const record: TalkProgress = {
    title: clip(info.title, LIMITS.title),
    cpdMinutes: info.cpdMinutes,
    position: Math.min(Math.max(0, position), duration),
    duration,
    listened: heard,
    completedAt: known?.completedAt ?? (duration > 0 && heard >= duration * TALK_COMPLETION_SHARE ? now : null),
    updatedAt: now,
  };
  return {
    ...withSection(document, 'talks', info.id, record),
    lastPlace: { kind: 'talk', id: info.id, title: record.title, href: info.href, updatedAt: now },
  };
}
