import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  mergeDocuments,
  parseDocument,
  PROGRESS_SCHEMA_VERSION,
  serializeDocument,
  type ProgressDocument,
} from '../../../src/progress/document.ts';
import { memoryPersistence, type Persistence } from '../../../src/progress/persistence.ts';
import {
  createProgressStore,
  EPOCH_KEY,
  KEY_PREFIX,
  PROGRESS_KEY,
  RESCUE_KEY,
  type ProgressStore,
} from '../../../src/progress/store.ts';
import { importProgress, readImport, undoLastImport, exportText } from '../../../src/progress/transfer.ts';
import { saveReflection, setModuleComplete, visitModule } from '../../../src/progress/updates.ts';
import { at, busyLearner, moduleInfo, progressFixture, recordNames } from '../../support/progress.ts';
import { sharedStorage } from '../../support/tabs.ts';

// The fault matrix: every way storage, data, versions and tabs can go wrong, each checked for the one
// thing that matters: no record the learner had is lost. A record counts as kept when it is in the
// stored document, in a tab's memory, or in a rescued copy of unreadable text.

type Items = Map<string, string>;

/** Storage whose reads, writes or capacity fail on demand, the way browsers' do. */
function faulty(items: Items, faults: { read?: boolean; write?: boolean; quotaBytes?: number } = {}): Persistence {
  const base = memoryPersistence();
  const fail = (name: string) => {
    throw new DOMException('refused', name);
  };
  return {
    ...base,
    read: (key) => (faults.read ? fail('SecurityError') : (items.get(key) ?? null)),
    write(key, text) {
      if (faults.write) fail('SecurityError');
      if (faults.quotaBytes !== undefined && text.length > faults.quotaBytes) fail('QuotaExceededError');
      items.set(key, text);
    },
    remove: (key) => void items.delete(key),
    keys: (prefix) => [...items.keys()].filter((key) => key.startsWith(prefix)),
  };
}

const stored = (doc: ProgressDocument) => serializeDocument(doc);

/** Records named in `expected` that appear nowhere the learner's data can still be found. */
function lostRecords(expected: string[], items: Items, stores: ProgressStore[]): string[] {
  const found = new Set<string>();
  const text = items.get(PROGRESS_KEY);
  const result = text ? parseDocument(text) : undefined;
  if (result?.status === 'ok') recordNames(result.document).forEach((n) => found.add(n));
  stores.forEach((store) => recordNames(store.read()).forEach((n) => found.add(n)));
  const rescued = [...items].filter(([key]) => key.startsWith(RESCUE_KEY)).map(([, value]) => value);
  // A newer version's document is kept untouched: everything in it counts as kept.
  if (result?.status === 'newer') rescued.push(text ?? '');
  return expected.filter(
    (name) => !found.has(name) && !rescued.some((t) => t.includes(name.split('.').at(-1) ?? name)),
  );
}

const learner = busyLearner();
const learnerRecords = recordNames(learner);
const complete = (id: string, minute: number) => (d: ProgressDocument) =>
  setModuleComplete(visitModule(d, moduleInfo(id), at(minute)), moduleInfo(id), true, 'learner', at(minute));

interface Fault {
  name: string;
  run: () => { items: Items; stores: ProgressStore[]; expected?: string[]; check?: () => void };
}

const withStored = (text: string | undefined) => new Map(text === undefined ? [] : [[PROGRESS_KEY, text]]);

const faults: Fault[] = [
  {
    name: 'storage that cannot be read: the change stays on the page, nothing is written',
    run() {
      const items = withStored(stored(learner));
      const store = createProgressStore(faulty(items, { read: true }));
      const before = items.get(PROGRESS_KEY);
      return {
        items,
        stores: [store],
        check: () => {
          expect(store.update(complete('lundys-model', 9))).toBe('unavailable');
          expect(items.get(PROGRESS_KEY)).toBe(before);
          expect(store.read().modules['lundys-model']?.completedAt).toBe(at(9));
        },
      };
    },
  },
  {
    name: 'storage that refuses writes',
    run() {
      const items = withStored(stored(learner));
      const store = createProgressStore(faulty(items, { write: true }));
      return {
        items,
        stores: [store],
        check: () => expect(store.update(complete('lundys-model', 9))).toBe('unavailable'),
      };
    },
  },
  {
    name: 'storage that is full keeps the last good copy',
    run() {
      const items = withStored(stored(learner));
      const before = items.get(PROGRESS_KEY);
      const store = createProgressStore(faulty(items, { quotaBytes: 10 }));
      return {
        items,
        stores: [store],
        check: () => {
          expect(store.update(complete('lundys-model', 9))).toBe('full');
          expect(items.get(PROGRESS_KEY)).toBe(before);
          expect(store.health().problem).toBe('full');
        },
      };
    },
  },
  {
    name: 'a note too big for the remaining space is refused, earlier progress intact',
    run() {
      const items = withStored(stored(learner));
      const store = createProgressStore(faulty(items, { quotaBytes: 4_000 }));
      return {
        items,
        stores: [store],
        check: () => {
          expect(store.update((d) => saveReflection(d, 'long', 'lundys-model', 'x'.repeat(5_000), at(9)))).toBe('full');
          expect(parseDocument(items.get(PROGRESS_KEY) ?? '').status).toBe('ok');
        },
      };
    },
  },
  {
    name: 'a private window: memory only, the learner can still work',
    run() {
      const items: Items = new Map();
      const store = createProgressStore(memoryPersistence(), false);
      store.update(() => learner);
      return { items, stores: [store], check: () => expect(store.health().persistent).toBe(false) };
    },
  },
  {
    name: 'storage that fails for a while, then recovers: the next save writes everything',
    run() {
      const items = withStored(stored(learner));
      const faults = { write: true };
      const store = createProgressStore(faulty(items, faults));
      store.update(complete('lundys-model', 9));
      faults.write = false;
      store.update(complete('article-12-and-the-law', 10));
      return {
        items,
        stores: [],
        expected: [...learnerRecords, 'modules.lundys-model', 'modules.article-12-and-the-law'],
      };
    },
  },
  ...[
    ['text that is not JSON', 'garbage'],
    ['truncated JSON', stored(learner).slice(0, 200)],
    ['an array', '[1,2,3]'],
    ['no schema version', JSON.stringify({ modules: {} })],
    [
      'a schema version that is text',
      stored(learner).replace(
        `"schemaVersion":${PROGRESS_SCHEMA_VERSION}`,
        `"schemaVersion":"${PROGRESS_SCHEMA_VERSION}"`,
      ),
    ],
    ['an empty string', ''],
    ['null', 'null'],
  ].map(([what, text]): Fault => ({
    name: `stored ${what} is set aside, not destroyed, and saving starts afresh`,
    run() {
      const items = withStored(text);
      const store = createProgressStore(faulty(items));
      return {
        items,
        stores: [store],
        // The unreadable text holds no record this version can name; it must survive as it was.
        expected: [],
        check: () => {
          expect(store.update(complete('lundys-model', 9))).toBeUndefined();
          if (text !== '' && text !== 'null') expect([...items.values()]).toContain(text);
          expect(store.read().modules['lundys-model']).toBeDefined();
        },
      };
    },
  })),
  ...[
    [
      'a module record of the wrong shape',
      (s: Record<string, Record<string, unknown>>) => void (s['modules']!['broken-one'] = { title: 1 }),
    ],
    [
      'an attempt filed under another case',
      (s: Record<string, Record<string, unknown>>) =>
        void (s['caseAttempts']!['other-case'] = [
          { ...((s['caseAttempts']!['kim-ava-leo'] as unknown[])[0] as object) },
        ]),
    ],
    [
      'a __proto__ key',
      (s: Record<string, Record<string, unknown>>) =>
        void Object.defineProperty(s['modules'], '__proto__', { value: { polluted: true }, enumerable: true }),
    ],
    ['an unknown section', (s: Record<string, Record<string, unknown>>) => void (s['badges'] = { gold: {} })],
    [
      'a section far too large',
      (s: Record<string, Record<string, unknown>>) =>
        void (s['talks'] = Object.fromEntries(Array.from({ length: 5_001 }, (_, i) => [`t-${i}`, {}]))),
    ],
    [
      'a note longer than any learner writes',
      (s: Record<string, Record<string, unknown>>) =>
        void (s['reflections']!['huge'] = {
          pageId: 'why-assessment-matters',
          text: 'x'.repeat(20_001),
          updatedAt: at(1),
        }),
    ],
  ].map(([what, spoil]): Fault => ({
    name: `stored data with ${what as string}: the rest is read, the whole text is rescued before saving`,
    run() {
      const text = JSON.parse(stored(learner)) as Record<string, Record<string, unknown>>;
      (spoil as (s: typeof text) => void)(text);
      const original = JSON.stringify(text);
      const items = withStored(original);
      const store = createProgressStore(faulty(items));
      return {
        items,
        stores: [store],
        check: () => {
          store.update(complete('lundys-model', 9));
          expect(store.health().rescued).toBe(true);
          expect(items.get(`${[...items.keys()].find((k) => k.startsWith(RESCUE_KEY))}`)).toBe(original);
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        },
      };
    },
  })),
  {
    name: 'a version 1 document is migrated and its attempts kept',
    run() {
      const items = withStored(progressFixture(1));
      const store = createProgressStore(faulty(items));
      store.update(complete('lundys-model', 9));
      return {
        items,
        stores: [],
        expected: ['caseAttempts.kim-ava-leo.0f8b5a2e-7c1d-4a57-9a0e-3d7f4b2c1a10'],
        check: () =>
          expect(JSON.parse(items.get(PROGRESS_KEY) ?? '{}')).toMatchObject({ schemaVersion: PROGRESS_SCHEMA_VERSION }),
      };
    },
  },
  {
    name: 'progress saved by a newer version is never overwritten',
    run() {
      const newer = JSON.stringify({
        schemaVersion: PROGRESS_SCHEMA_VERSION + 1,
        modules: { 'why-assessment-matters': { whatever: true } },
      });
      const items = withStored(newer);
      const store = createProgressStore(faulty(items));
      return {
        items,
        stores: [store],
        expected: [],
        check: () => {
          expect(store.update(complete('lundys-model', 9))).toBe('newer-version');
          expect(items.get(PROGRESS_KEY)).toBe(newer);
          expect(store.health().newerVersion).toBe(true);
        },
      };
    },
  },
  {
    name: 'a newer version takes over in another tab mid-session: this tab stops writing',
    run() {
      const shared = sharedStorage({ [PROGRESS_KEY]: stored(learner) });
      const store = createProgressStore(shared.tab());
      const newer = JSON.stringify({ schemaVersion: PROGRESS_SCHEMA_VERSION + 1 });
      shared.tab().write(PROGRESS_KEY, newer);
      return {
        items: shared.items,
        stores: [],
        expected: [],
        check: () => {
          expect(store.update(complete('lundys-model', 9))).toBe('newer-version');
          expect(shared.items.get(PROGRESS_KEY)).toBe(newer);
        },
      };
    },
  },
  {
    name: 'two tabs completing different modules keep both',
    run() {
      const shared = sharedStorage({ [PROGRESS_KEY]: stored(learner) });
      const [one, two] = [createProgressStore(shared.tab()), createProgressStore(shared.tab())];
      one.update(complete('lundys-model', 9));
      two.update(complete('article-12-and-the-law', 10));
      return {
        items: shared.items,
        stores: [],
        expected: [...learnerRecords, 'modules.lundys-model', 'modules.article-12-and-the-law'],
      };
    },
  },
  {
    name: 'two tabs editing the same note keep the later text',
    run() {
      const shared = sharedStorage({ [PROGRESS_KEY]: stored(learner) });
      const [one, two] = [createProgressStore(shared.tab()), createProgressStore(shared.tab())];
      one.update((d) => saveReflection(d, 'first-impressions', 'why-assessment-matters', 'first', at(20)));
      two.update((d) => saveReflection(d, 'first-impressions', 'why-assessment-matters', 'second', at(21)));
      return {
        items: shared.items,
        stores: [one, two],
        check: () => {
          expect(one.read().reflections['first-impressions']?.text).toBe('second');
          expect(readStored(shared.items).reflections['first-impressions']?.text).toBe('second');
        },
      };
    },
  },
  {
    name: 'a save that raced past another tab is healed: the other tab writes the union back',
    run() {
      const shared = sharedStorage({ [PROGRESS_KEY]: stored(learner) });
      const tab = createProgressStore(shared.tab());
      tab.update(complete('lundys-model', 9));
      // An older copy written over it, as when two tabs write at the same instant.
      shared
        .tab()
        .write(PROGRESS_KEY, stored(mergeDocuments(learner, complete('article-12-and-the-law', 10)(emptyProgress()))));
      return {
        items: shared.items,
        stores: [],
        expected: [...learnerRecords, 'modules.lundys-model', 'modules.article-12-and-the-law'],
      };
    },
  },
  {
    name: 'deleting all data in one tab is not undone by another tab',
    run() {
      const shared = sharedStorage({ [PROGRESS_KEY]: stored(learner) });
      const [one, two] = [createProgressStore(shared.tab()), createProgressStore(shared.tab())];
      one.clear();
      two.update(complete('lundys-model', 9));
      return {
        items: shared.items,
        stores: [],
        expected: [],
        check: () => expect(recordNames(readStored(shared.items))).toEqual(['modules.lundys-model']),
      };
    },
  },
  {
    name: 'deleting all data removes every key the site keeps, rescues and undo included',
    run() {
      const items: Items = new Map([[PROGRESS_KEY, 'garbage']]);
      const store = createProgressStore(faulty(items));
      store.update(complete('lundys-model', 9));
      store.clear();
      return {
        items,
        stores: [],
        expected: [],
        check: () => expect([...items.keys()].filter((k) => k.startsWith(KEY_PREFIX))).toEqual([EPOCH_KEY]),
      };
    },
  },
  {
    name: 'site data cleared by the browser while a page is open is written back from the page',
    run() {
      const items = withStored(stored(learner));
      const store = createProgressStore(faulty(items));
      items.clear();
      store.update(complete('lundys-model', 9));
      return { items, stores: [], expected: [...learnerRecords, 'modules.lundys-model'] };
    },
  },
  {
    name: "an import keeps this device's newer copies",
    run() {
      const items = withStored(stored(learner));
      const persistence = faulty(items);
      const store = createProgressStore(persistence);
      const older = saveReflection(emptyProgress(), 'first-impressions', 'why-assessment-matters', 'old text', at(0));
      importProgress(store, persistence, older);
      return {
        items,
        stores: [],
        expected: learnerRecords,
        check: () => expect(readStored(items).reflections['first-impressions']?.text).toBe('Settled too early.'),
      };
    },
  },
  {
    name: 'undoing an import keeps what the learner did after it',
    run() {
      const items = withStored(stored(learner));
      const persistence = faulty(items);
      const store = createProgressStore(persistence);
      importProgress(store, persistence, complete('lundys-model', 30)(emptyProgress()));
      store.update(complete('article-12-and-the-law', 31));
      undoLastImport(store, persistence);
      return {
        items,
        stores: [],
        expected: [...learnerRecords, 'modules.article-12-and-the-law'],
        check: () => expect(readStored(items).modules['lundys-model']).toBeUndefined(),
      };
    },
  },
  {
    name: 'a refused import file changes nothing',
    run() {
      const items = withStored(stored(learner));
      const before = new Map(items);
      const result = readImport(exportText(learner, at(0)).slice(0, 300));
      return {
        items,
        stores: [],
        check: () => {
          expect(result.ok).toBe(false);
          expect(items).toEqual(before);
        },
      };
    },
  },
  {
    name: 'two rescues never overwrite each other',
    run() {
      const items = withStored('first garbage');
      createProgressStore(faulty(items)).update(complete('lundys-model', 9));
      items.set(PROGRESS_KEY, 'second garbage');
      createProgressStore(faulty(items)).update(complete('lundys-model', 10));
      return {
        items,
        stores: [],
        expected: [],
        check: () => {
          const rescued = [...items].filter(([k]) => k.startsWith(RESCUE_KEY)).map(([, v]) => v);
          expect(rescued.sort()).toEqual(['first garbage', 'second garbage']);
        },
      };
    },
  },
];

function readStored(items: Items): ProgressDocument {
  const result = parseDocument(items.get(PROGRESS_KEY) ?? '');
  if (result.status !== 'ok') throw new Error(`stored progress is ${result.status}`);
  return result.document;
}

describe('the fault matrix', () => {
  it('has at least 30 cases', () => expect(faults.length).toBeGreaterThanOrEqual(30));

  it.each(faults.map((fault) => [fault.name, fault] as const))('%s', (_, fault) => {
    const { items, stores, expected = learnerRecords, check } = fault.run();
    expect(() => check?.()).not.toThrow();
    check?.();
    expect(lostRecords(expected, items, stores)).toEqual([]);
  });
});
