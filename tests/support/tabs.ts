import type { Persistence } from '../../src/progress/persistence.ts';

/**
 * Browser tabs sharing one localStorage, in memory: like real storage events, a write in one tab
 * calls back every other tab's listeners, never its own.
 */
export function sharedStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  const tabs: { listeners: Set<{ prefix: string; onChange: () => void }> }[] = [];
  const announce = (from: (typeof tabs)[number], key: string) => {
    for (const tab of tabs) {
      if (tab === from) continue;
      for (const { prefix, onChange } of tab.listeners) if (key.startsWith(prefix)) onChange();
    }
  };
  return {
    items,
    /** A new tab's view of the shared storage. */
    tab(): Persistence {
      const tab = { listeners: new Set<{ prefix: string; onChange: () => void }>() };
      tabs.push(tab);
      return {
        read: (key) => items.get(key) ?? null,
        write(key, text) {
          items.set(key, text);
          announce(tab, key);
        },
        remove(key) {
          items.delete(key);
          announce(tab, key);
        },
        keys: (prefix) => [...items.keys()].filter((key) => key.startsWith(prefix)),
        subscribe(prefix, onChange) {
          const listener = { prefix, onChange };
          tab.listeners.add(listener);
          return () => tab.listeners.delete(listener);
        },
      };
    },
  };
}
