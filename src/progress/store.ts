import { emptyProgress, mergeDocuments, parseDocument, serializeDocument, type ProgressDocument } from './document.ts';
import type { Persistence } from './persistence.ts';
import { KEY_PREFIX } from './site-prefix.ts';

/** Every key the site stores starts with this, so "delete all my data" can find them all. */
export { KEY_PREFIX };
/** The storage key of the one progress document. */
export const PROGRESS_KEY = `${KEY_PREFIX}progress`;
/** Where stored text this version cannot fully read is copied before anything is written over it. */
export const RESCUE_KEY = `${KEY_PREFIX}progress:unreadable`;
/**
 * Changes whenever the document is replaced rather than added to (delete all, undo an import). A tab
 * that sees it change drops what it holds in memory instead of merging it back.
 */
export const EPOCH_KEY = `${KEY_PREFIX}progress:epoch`;

/** Why a change did not reach storage; it still lives in the page. */
export type SaveProblem = 'unavailable' | 'full' | 'newer-version';

/** What the learner should be told about their stored progress. */
export interface StoreHealth {
  /** False when the browser refuses storage: nothing will be kept after this page. */
  persistent: boolean;
  /** Progress was written by a newer version of the site; this one only reads, never writes. */
  newerVersion: boolean;
  /** Stored data this version could not read was set aside under RESCUE_KEY, not destroyed. */
  rescued: boolean;
  /** The last save's problem, until a save succeeds. */
  problem: SaveProblem | undefined;
}

export interface ProgressStore {
  /** The learner's progress as this page knows it: what is stored, merged with this page's changes. */
  read(): ProgressDocument;
  /** Applies a change, and saves it merged with whatever other tabs saved meanwhile. */
  update(change: (document: ProgressDocument) => ProgressDocument): SaveProblem | undefined;
  /** Replaces the whole document (undoing an import); other tabs follow rather than merge. */
  replace(document: ProgressDocument): SaveProblem | undefined;
  /** Deletes everything the site keeps on this device, in every tab. */
  clear(): SaveProblem | undefined;
  health(): StoreHealth;
  /** Calls back after any change, from this page or another tab. */
  subscribe(listener: () => void): () => void;
}

const problemOf = (error: unknown): SaveProblem =>
  error instanceof DOMException && error.name === 'QuotaExceededError' ? 'full' : 'unavailable';

/**
 * The one progress store. Every save re-reads storage first and merges, so two tabs never lose each
 * other's work; when another tab saves, this one merges that in and, if the other tab's save missed
 * something this one holds, writes the union back, so every tab converges on all the changes.
 */
export function createProgressStore(persistence: Persistence, persistent = true): ProgressStore {
  let memory = emptyProgress();
  const health: StoreHealth = { persistent, newerVersion: false, rescued: false, problem: undefined };
  /** Stored text to copy aside before the next write, because this version could not read all of it. */
  let toRescue: string | undefined;
  let epoch: string | null = null;
  const listeners = new Set<() => void>();

  const attempt = <T>(action: () => T): T | undefined => {
    try {
      return action();
    } catch {
      return undefined;
    }
  };

  /** Brings memory up to date with storage; returns the stored text (undefined when unreadable). */
  function sync(): string | null | undefined {
    const storedEpoch = attempt(() => persistence.read(EPOCH_KEY));
    const text = attempt(() => persistence.read(PROGRESS_KEY));
    if (text === undefined) return undefined;
    if (storedEpoch !== undefined && storedEpoch !== epoch) {
      if (epoch !== null || storedEpoch !== null) memory = emptyProgress();
      epoch = storedEpoch;
    }
    if (text === null) return null;
    const result = parseDocument(text);
    if (result.status === 'newer') {
      health.newerVersion = true;
      return text;
    }
    health.newerVersion = false;
    if (result.status === 'unreadable' || result.problems.length > 0) toRescue = text;
    if (result.status === 'ok') memory = mergeDocuments(memory, result.document);
    return text;
  }

  const notify = () => listeners.forEach((listener) => listener());

  /** Writes memory to storage, first setting aside anything this version could not read. */
  function save(): SaveProblem | undefined {
    if (health.newerVersion) return (health.problem = 'newer-version');
    try {
      if (toRescue !== undefined) {
        // Timestamped and made unique, so a second rescue never lands on the first.
        persistence.write(
          `${RESCUE_KEY}:${new Date().toISOString()}:${Math.random().toString(36).slice(2, 8)}`,
          toRescue,
        );
        health.rescued = true;
        toRescue = undefined;
      }
      persistence.write(PROGRESS_KEY, serializeDocument(memory));
      return (health.problem = undefined);
    } catch (error) {
      return (health.problem = problemOf(error));
    }
  }

  /** Starts a new epoch: other tabs will take the stored document as it is. */
  function newEpoch() {
    epoch = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    persistence.write(EPOCH_KEY, epoch);
  }

  function replace(document: ProgressDocument): SaveProblem | undefined {
    memory = document;
    try {
      newEpoch();
    } catch (error) {
      return (health.problem = problemOf(error));
    }
    const problem = save();
    notify();
    return problem;
  }

  sync();

  persistence.subscribe(KEY_PREFIX, () => {
    const before = serializeDocument(memory);
    const stored = sync();
    const now = serializeDocument(memory);
    // Another tab's save lacked something this tab holds (both saved at once): write the union back.
    if (stored !== undefined && stored !== null && stored !== now && !health.newerVersion) save();
    if (now !== before) notify();
  });

  return {
    read: () => memory,
    update(change) {
      const readable = sync() !== undefined;
      memory = change(memory);
      // Storage that cannot be read must not be written: the write would replace what is there unseen.
      const problem = readable ? save() : (health.problem = 'unavailable');
      notify();
      return problem;
    },
    replace,
    clear() {
      memory = emptyProgress();
      toRescue = undefined;
      health.rescued = false;
      try {
        for (const key of persistence.keys(KEY_PREFIX)) persistence.remove(key);
        newEpoch();
        health.problem = undefined;
      } catch (error) {
        health.problem = problemOf(error);
      }
      notify();
      return health.problem;
    },
    health: () => ({ ...health }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
