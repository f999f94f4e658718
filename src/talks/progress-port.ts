import type { Heard } from '../progress/records.ts';

/** What the talk player knows about a learner's earlier listening. */
export interface SavedTalkProgress {
  /** Seconds into the talk where the learner stopped. */
  position: number;
  /** The parts played on earlier visits: what the 90% rule counts, each part once. */
  heard: Heard;
  completed: boolean;
}

/** What the player reports as the learner listens. */
export interface TalkListening {
  position: number;
  duration: number;
  /** The parts played in this visit. */
  played: Heard;
}

/**
 * The player's only way to the progress store: it reads where the learner was and reports where they
 * are. The store decides how and where that is kept; the player never touches storage itself.
 */
export interface TalkProgressPort {
  read(talkId: string): SavedTalkProgress | undefined;
  save(talkId: string, listening: TalkListening): void;
}
