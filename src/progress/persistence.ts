/**
 * Where the progress document is kept. The browser's localStorage in the site; an in-memory copy in
 * tests and where storage is blocked. Every method may fail the way real storage fails.
 */
export interface Persistence {
  /** The stored text, or null when nothing is stored. Throws when storage cannot be read. */
  read(key: string): string | null;
  /** Throws when storage is unavailable or full (QuotaExceededError). */
  write(key: string, text: string): void;
  remove(key: string): void;
  /** Every stored key starting with `prefix`. */
  keys(prefix: string): string[];
  /** Calls back when another tab changes a key starting with `prefix`; returns a function that stops listening. */
  subscribe(prefix: string, onChange: () => void): () => void;
}

/** Keeps the document in memory only: for tests, and as the fallback when the browser refuses storage. */
export function memoryPersistence(initial: Record<string, string> = {}): Persistence {
  const items = new Map(Object.entries(initial));
  return {
    read: (key) => items.get(key) ?? null,
    write: (key, text) => void items.set(key, text),
    remove: (key) => void items.delete(key),
    keys: (prefix) => [...items.keys()].filter((key) => key.startsWith(prefix)),
    subscribe: () => () => undefined,
  };
}

/** The browser's localStorage, shared by every tab of the site. */
export function browserPersistence(storage: Storage, target: Window): Persistence {
  return {
    read: (key) => storage.getItem(key),
    write: (key, text) => storage.setItem(key, text),
    remove: (key) => storage.removeItem(key),
    keys: (prefix) =>
      Array.from({ length: storage.length }, (_, index) => storage.key(index) ?? '').filter((key) =>
        key.startsWith(prefix),
      ),
    subscribe(prefix, onChange) {
      const listener = (event: StorageEvent) => {
        if (event.key === null || event.key.startsWith(prefix)) onChange();
      };
      target.addEventListener('storage', listener);
      return () => target.removeEventListener('storage', listener);
    },
  };
}
