import { describe, expect, it } from 'vitest';
import type { CaseAttempt } from '../../../src/cases/attempt.ts';
import { caseAttemptsOf } from '../../../src/progress/case-attempt-store.ts';
import { createProgressStore, PROGRESS_KEY, RESCUE_KEY } from '../../../src/progress/store.ts';
import { memoryPersistence, type Persistence } from '../../../src/progress/persistence.ts';
import { sharedStorage } from '../../support/tabs.ts';

const createCaseAttemptStore = (persistence: Persistence) => caseAttemptsOf(createProgressStore(persistence));

const attempt = (id: string, updatedAt = '2026-11-25T10:00:00.000Z', caseId = 'kim-ava-leo'): CaseAttempt => ({
  id,
  caseId,
  caseVersion: 'abcd1234',
  startedAt: '2026-11-25T09:00:00.000Z',
  updatedAt,
  completedAt: null,
  revealedStages: 1,
  responses: {
    'first-step': {
      questionId: 'first-step',
      answer: { kind: 'single', optionId: 'check-history' },
      confidence: 80,
      answeredAt: updatedAt,
    },
  },
});

/** A persistence whose read or write fails the way a real browser's storage does. */
function failing(on: 'read' | 'write', error: Error): Persistence {
  const inner = memoryPersistence();
  return {
    read: (key) => {
      if (on === 'read') throw error;
      return inner.read(key);
    },
    write: (key, text) => {
      if (on === 'write') throw error;
      inner.write(key, text);
    },
    remove: (key) => inner.remove(key),
    keys: (prefix) => inner.keys(prefix),
    subscribe: (key, onChange) => inner.subscribe(key, onChange),
  };
}

describe('the case attempt store', () => {
  it('lists nothing on a new device, then what was saved', () => {
    const store = createCaseAttemptStore(memoryPersistence());
    expect(store.list('kim-ava-leo')).toEqual([]);
    expect(store.save(attempt('a1'))).toBeUndefined();
    expect(store.list('kim-ava-leo')).toEqual([attempt('a1')]);
  });

  it('keeps the attempts two tabs save, whichever saves last', () => {
    const shared = sharedStorage();
    const tabOne = createCaseAttemptStore(shared.tab());
    const tabTwo = createCaseAttemptStore(shared.tab());
    tabOne.save(attempt('from-tab-one'));
    tabTwo.save(attempt('from-tab-two'));
    tabOne.save(attempt('from-tab-one', '2026-11-25T11:00:00.000Z'));
    expect(tabTwo.list('kim-ava-leo').map((a) => [a.id, a.updatedAt])).toEqual([
      ['from-tab-one', '2026-11-25T11:00:00.000Z'],
      ['from-tab-two', '2026-11-25T10:00:00.000Z'],
    ]);
  });

  it('never replaces an attempt with an older copy of itself', () => {
    const store = createCaseAttemptStore(memoryPersistence());
    store.save(attempt('a1', '2026-11-25T12:00:00.000Z'));
    store.save(attempt('a1', '2026-11-25T10:00:00.000Z'));
    expect(store.list('kim-ava-leo')[0]?.updatedAt).toBe('2026-11-25T12:00:00.000Z');
  });

  it('rescues unreadable stored text under its own key before saving afresh', () => {
    const persistence = memoryPersistence({ [PROGRESS_KEY]: '{"schemaVersion":1,"caseAttempts":' });
    const store = createCaseAttemptStore(persistence);
    expect(store.list('kim-ava-leo')).toEqual([]);
    expect(store.save(attempt('a1'))).toBeUndefined();
    const [rescued] = persistence.keys(RESCUE_KEY);
    expect(persistence.read(rescued ?? '')).toBe('{"schemaVersion":1,"caseAttempts":');
    expect(store.list('kim-ava-leo')).toHaveLength(1);
  });

  it('refuses to write over progress saved by a newer version, leaving it as it was', () => {
    const newer = JSON.stringify({ schemaVersion: 99, caseAttempts: {}, somethingNew: true });
    const persistence = memoryPersistence({ [PROGRESS_KEY]: newer });
    expect(createCaseAttemptStore(persistence).save(attempt('a1'))).toBe('newer-version');
    expect(persistence.read(PROGRESS_KEY)).toBe(newer);
  });

  it('hides attempts it cannot read and sets the stored text aside before saving another', () => {
    const unreadable = { id: 'odd', caseId: 'kim-ava-leo', revealedStages: 'two' };
    const persistence = memoryPersistence({
      [PROGRESS_KEY]: JSON.stringify({ schemaVersion: 1, caseAttempts: { 'kim-ava-leo': [unreadable] } }),
    });
    const store = createCaseAttemptStore(persistence);
    expect(store.list('kim-ava-leo')).toEqual([]);
    store.save(attempt('a1'));
    const stored = JSON.parse(persistence.read(PROGRESS_KEY) ?? '') as { caseAttempts: Record<string, unknown[]> };
    expect(stored.caseAttempts['kim-ava-leo']).toEqual([attempt('a1')]);
    const [rescued] = persistence.keys(RESCUE_KEY);
    expect(persistence.read(rescued ?? '')).toContain('"revealedStages":"two"');
  });

  it('is not fooled by a hostile __proto__ key', () => {
    const hostile = `{"schemaVersion":1,"caseAttempts":{"__proto__":[{"polluted":true}]}}`;
    const store = createCaseAttemptStore(memoryPersistence({ [PROGRESS_KEY]: hostile }));
    expect(store.list('__proto__')).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each([
    ['storage that cannot be read', failing('read', new Error('SecurityError')), 'unavailable'],
    ['storage that refuses writes', failing('write', new Error('SecurityError')), 'unavailable'],
    ['storage that is full', failing('write', new DOMException('full', 'QuotaExceededError')), 'full'],
  ] as const)('reports %s without throwing', (_, persistence, problem) => {
    const store = createCaseAttemptStore(persistence);
    expect(store.list('kim-ava-leo')).toEqual([]);
    expect(store.save(attempt('a1'))).toBe(problem);
  });
});
