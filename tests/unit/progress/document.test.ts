import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  mergeDocuments,
  parseDocument,
  PROGRESS_SCHEMA_VERSION,
  serializeDocument,
} from '../../../src/progress/document.ts';
import { withAttempt } from '../../../src/progress/case-attempt-store.ts';
import { deleteCpdEntry, saveCpdEntry } from '../../../src/progress/learner-updates.ts';
import { saveTalkPosition } from '../../../src/progress/talk-updates.ts';
import { saveReflection, visitModule } from '../../../src/progress/updates.ts';
import { at, attempt, busyLearner, moduleInfo, progressFixture, recordNames } from '../../support/progress.ts';

describe('reading stored progress of every version', () => {
  it.each([
    [1, ['caseAttempts.kim-ava-leo.0f8b5a2e-7c1d-4a57-9a0e-3d7f4b2c1a10']],
    [
      2,
      [
        'caseAttempts.kim-ava-leo.0f8b5a2e-7c1d-4a57-9a0e-3d7f4b2c1a10',
        'cpd.3b241101-e2bb-4255-8caf-4136c566a962',
        'modules.why-assessment-matters',
        'reflections.first-impressions',
        'talks.intuition-and-analysis',
      ],
    ],
    [
      3,
      [
        'caseAttempts.kim-ava-leo.0f8b5a2e-7c1d-4a57-9a0e-3d7f4b2c1a10',
        'cpd.3b241101-e2bb-4255-8caf-4136c566a962',
        'modules.why-assessment-matters',
        'reflections.first-impressions',
        'talks.intuition-and-analysis',
      ],
    ],
  ])('reads the version %i fixture whole, as the current version', (version, records) => {
    const result = parseDocument(progressFixture(version));
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.problems).toEqual([]);
    expect(result.document.schemaVersion).toBe(PROGRESS_SCHEMA_VERSION);
    expect(recordNames(result.document)).toEqual(records);
  });

  it("turns version 2's seconds listened into the talk's opening heard, since where they were heard is unknown", () => {
    const result = parseDocument(progressFixture(2));
    expect(result.status === 'ok' && result.document.talks['intuition-and-analysis']).toMatchObject({
      heard: [[0, 540]],
      completedAt: '2026-11-02T10:00:00.000Z',
    });
  });

  it('has a fixture for every version up to the current one', () => {
    for (let version = 1; version <= PROGRESS_SCHEMA_VERSION; version += 1) {
      expect(() => progressFixture(version)).not.toThrow();
    }
  });

  it.each([
    ['text that is not JSON', 'not json', 'unreadable'],
    ['an array', '[]', 'unreadable'],
    ['no version', '{"modules":{}}', 'unreadable'],
    ['a version that is text', '{"schemaVersion":"2"}', 'unreadable'],
    ['version zero', '{"schemaVersion":0}', 'unreadable'],
    ['a later version', `{"schemaVersion":${PROGRESS_SCHEMA_VERSION + 1},"modules":{}}`, 'newer'],
  ])('tells %s apart from progress it can read', (_, text, status) => {
    expect(parseDocument(text).status).toBe(status);
  });

  it('names every record it leaves out, and keeps the rest', () => {
    const stored = JSON.parse(serializeDocument(busyLearner())) as Record<string, Record<string, unknown>>;
    stored['modules']!['a-structured-approach'] = { title: 42 };
    stored['reflections']!['Not An Id'] = { pageId: 'x', text: 'y', updatedAt: at(1) };
    const result = parseDocument(JSON.stringify(stored));
    expect(result.status === 'ok' && result.problems).toEqual([
      'modules.a-structured-approach',
      'reflections.Not An Id',
    ]);
    expect(result.status === 'ok' && recordNames(result.document)).toContain('modules.why-assessment-matters');
  });
});

describe('merging two copies of progress', () => {
  const tabOne = visitModule(busyLearner(), moduleInfo('lundys-model'), at(10));
  const tabTwo = saveReflection(
    busyLearner(),
    'first-impressions',
    'why-assessment-matters',
    'Changed my mind.',
    at(11),
  );
  const imported = withAttempt(emptyProgress(), attempt('attempt-2', at(12)));

  it('keeps every record of both', () => {
    const merged = mergeDocuments(tabOne, tabTwo);
    expect(recordNames(merged)).toEqual([...new Set([...recordNames(tabOne), ...recordNames(tabTwo)])].sort());
    expect(merged.reflections['first-impressions']?.text).toBe('Changed my mind.');
  });

  it('gives the same result in any order, and when repeated', () => {
    const a = serializeDocument(mergeDocuments(mergeDocuments(tabOne, tabTwo), imported));
    expect(serializeDocument(mergeDocuments(imported, mergeDocuments(tabTwo, tabOne)))).toBe(a);
    expect(serializeDocument(mergeDocuments(tabOne, mergeDocuments(imported, tabTwo)))).toBe(a);
    const merged = mergeDocuments(tabOne, tabTwo);
    expect(serializeDocument(mergeDocuments(merged, merged))).toBe(serializeDocument(merged));
  });

  it('keeps a deletion against an older copy of the entry', () => {
    const entry = { date: '2026-11-20', activity: 'Course', minutes: 60, notes: '' };
    const added = saveCpdEntry(emptyProgress(), 'own-2', entry, at(1));
    const deleted = deleteCpdEntry(added, 'own-2', at(2));
    expect(mergeDocuments(added, deleted).cpd['own-2']?.deleted).toBe(true);
    expect(mergeDocuments(deleted, added).cpd['own-2']?.deleted).toBe(true);
  });

  it("keeps a talk's parts heard on either device and its completion, whichever copy is later", () => {
    const talk = { id: 'intuition-and-analysis', title: 'Intuition and analysis', cpdMinutes: 20, href: '/talks/x/' };
    const phone = saveTalkPosition(emptyProgress(), talk, 590, 600, [[0, 590]], at(1));
    const laptop = saveTalkPosition(emptyProgress(), talk, 120, 600, [[100, 120]], at(5));
    for (const merged of [mergeDocuments(phone, laptop), mergeDocuments(laptop, phone)]) {
      expect(merged.talks[talk.id]).toMatchObject({ position: 120, heard: [[0, 590]], completedAt: at(1) });
    }
  });

  it('picks one of two copies changed at the same moment the same way on every side', () => {
    const a = saveReflection(emptyProgress(), 'r', 'why-assessment-matters', 'one', at(1));
    const b = saveReflection(emptyProgress(), 'r', 'why-assessment-matters', 'two', at(1));
    expect(mergeDocuments(a, b).reflections['r']).toEqual(mergeDocuments(b, a).reflections['r']);
  });
});
