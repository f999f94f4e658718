/**
 * Where the progress document is kept. The browser's localStorage in the site; an in-memory copy in
 * tests and where storage is blocked. Every method may fail the way real storage fails.
 */
export interface Persistence {
  /** The stored text, or null when nothing is stored. Throws when storage cannot be read. */
  read(key: string): string | null;
  /** Throws when storage is unavailable or full (QuotaExceededError). */
  write(key: string, text: string): void;
  /** Calls back when another tab changes `key`; returns a function that stops listening. */
  subscribe(key: string, onChange: () => void): () => void;
}

/** Keeps the document in memory only: for tests, and as the fallback when the browser refuses storage. */
export function memoryPersistence(initial: Record<string, string> = {}): Persistence {
  const items = new Map(Object.entries(initial));
  return {
    read: (key) => items.get(key) ?? null,
    write: (key, text) => void items.set(key, text),
    subscribe: () => () => undefined,
  };
}

/** The browser's localStorage, shared by every tab of the site. */
export function browserPersistence(storage: Storage, target: Window): Persistence {
  return {
    read: (key) => storage.getItem(key),
    write: (key, text) => storage.setItem(key, text),
    subscribe(key, onChange) {
      const listener = (event: StorageEvent) => {
        if (event.key === key || event.key === null) onChange();
      };
      target.addEventListener('storage', listener);
      return () => target.removeEventListener('storage', listener);
    },
  };
}
