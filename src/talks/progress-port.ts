/** What the talk player knows about a learner's earlier listening. */
export interface SavedTalkProgress {
  /** Seconds into the talk where the learner stopped. */
  position: number;
  /** Seconds actually played, across visits: what the 90% rule counts. */
  listened: number;
  completed: boolean;
}

/** What the player reports as the learner listens. */
export interface TalkListening {
  position: number;
  duration: number;
  listened: number;
}

/**
 * The player's only way to the progress store: it reads where the learner was and reports where they
 * are. The store decides how and where that is kept; the player never touches storage itself.
 */
export interface TalkProgressPort {
  read(talkId: string): SavedTalkProgress | undefined;
  save(talkId: string, listening: TalkListening): void;
}
