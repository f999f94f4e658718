/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access --
   Hostile files are built by editing an export freely: typing each edit would hide what the file holds. */
import { describe, expect, it } from 'vitest';
import { emptyProgress, PROGRESS_SCHEMA_VERSION, serializeDocument } from '../../../src/progress/document.ts';
import {
  EXPORT_FORMAT,
  exportText,
  MAX_IMPORT_BYTES,
  previewImport,
  readImport,
} from '../../../src/progress/transfer.ts';
import { saveReflection, visitModule } from '../../../src/progress/updates.ts';
import { at, busyLearner, moduleInfo, recordNames } from '../../support/progress.ts';

const good = JSON.parse(exportText(busyLearner(), at(30))) as Record<string, unknown>;
const withBody = (change: (file: Record<string, any>) => void) => {
  const file = structuredClone(good) as Record<string, any>;
  change(file);
  return JSON.stringify(file);
};

describe('importing a progress file', () => {
  it('reads back everything it exported', () => {
    const result = readImport(exportText(busyLearner(), at(30)));
    expect(result.ok && recordNames(result.document)).toEqual(recordNames(busyLearner()));
  });

  // Hostile or broken files: each is refused whole, with the reason the learner is told.
  it.each([
    ['an empty file', '', 'not-json'],
    ['truncated JSON', exportText(busyLearner(), at(30)).slice(0, -20), 'not-json'],
    ['plain text', 'hello', 'not-json'],
    ['a JSON number', '42', 'not-progress'],
    ['a JSON array', '[]', 'not-progress'],
    ['JSON null', 'null', 'not-progress'],
    ["another program's JSON", '{"name":"package","version":"1.0.0"}', 'not-progress'],
    ['a file without the format mark', JSON.stringify({ ...good, format: undefined }), 'not-progress'],
    ['a file with a different format mark', withBody((f) => (f['format'] = 'moodle-backup')), 'not-progress'],
    ['a file over 5 MB', ' '.repeat(MAX_IMPORT_BYTES + 1), 'too-large'],
    ['a file from a newer version', withBody((f) => (f['schemaVersion'] = 99)), 'newer-version'],
    ['a schema version that is text', withBody((f) => (f['schemaVersion'] = '2')), 'not-progress'],
    ['a negative schema version', withBody((f) => (f['schemaVersion'] = -1)), 'not-progress'],
    [
      'a module record of the wrong type',
      withBody((f) => (f['modules']['why-assessment-matters'] = 'done')),
      'invalid-records',
    ],
    ['minutes that are text', withBody((f) => (f['cpd']['own-1']['minutes'] = '45')), 'invalid-records'],
    ['minutes that are negative', withBody((f) => (f['cpd']['own-1']['minutes'] = -5)), 'invalid-records'],
    ['a date that is not a date', withBody((f) => (f['cpd']['own-1']['date'] = '31/12/2026')), 'invalid-records'],
    [
      'a __proto__ key in a section',
      '{"format":"triangulate-progress","schemaVersion":2,"modules":{"__proto__":{"polluted":true}}}',
      'invalid-records',
    ],
    ['a constructor key', withBody((f) => (f['reflections']['constructor'] = { polluted: true })), 'invalid-records'],
    ['an unknown section', withBody((f) => (f['badges'] = {})), 'invalid-records'],
    ['a section that is a list', withBody((f) => (f['talks'] = [])), 'invalid-records'],
    [
      'an extra field in a record',
      withBody((f) => (f['modules']['why-assessment-matters']['score'] = 100)),
      'invalid-records',
    ],
    [
      'a note of 20,001 characters',
      withBody((f) => (f['reflections']['first-impressions']['text'] = 'x'.repeat(20_001))),
      'invalid-records',
    ],
    [
      'a last place that links to another site',
      withBody((f) => (f['lastPlace']['href'] = '//evil.example/')),
      'invalid-records',
    ],
    [
      'a last place with a javascript: link',
      withBody((f) => (f['lastPlace']['href'] = 'javascript:alert(1)')),
      'invalid-records',
    ],
    [
      'an attempt under another case',
      withBody((f) => (f['caseAttempts']['other-case'] = f['caseAttempts']['kim-ava-leo'])),
      'invalid-records',
    ],
    [
      'an attempt with a hostile answer',
      withBody(
        (f) =>
          (f['caseAttempts']['kim-ava-leo'][0]['responses'] = {
            q: { questionId: 'q', answer: { kind: 'eval', code: 'x' }, confidence: 50, answeredAt: at(1) },
          }),
      ),
      'invalid-records',
    ],
  ])('refuses %s', (_, text, problem) => {
    const result = readImport(text);
    expect(result.ok ? 'accepted' : result.problem).toBe(problem);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each<[string, string, object[]]>([
    [
      'a record of the wrong type',
      withBody((f) => (f['modules']['why-assessment-matters'] = 'done')),
      [{ place: { part: 'modules', id: 'why-assessment-matters' }, reason: 'malformed' }],
    ],
    [
      'a talk kept under prototype, not even a talk',
      withBody((f) => (f['talks'] = { prototype: {} })),
      [{ place: { part: 'talks', id: 'prototype' }, reason: 'reserved-id', values: { id: 'prototype' } }],
    ],
    [
      'a reflection kept under __proto__',
      '{"format":"triangulate-progress","schemaVersion":3,"reflections":{"__proto__":{"polluted":true}}}',
      [{ place: { part: 'reflections', id: '__proto__' }, reason: 'reserved-id', values: { id: '__proto__' } }],
    ],
    [
      'an id of 65 characters',
      withBody((f) => (f['modules']['a'.repeat(65)] = f['modules']['why-assessment-matters'])),
      [{ place: { part: 'modules', id: 'a'.repeat(65) }, reason: 'malformed' }],
    ],
    [
      'a CPD entry dated 31/12/2026',
      withBody((f) => (f['cpd']['own-1']['date'] = '31/12/2026')),
      [{ place: { part: 'cpd', id: 'own-1' }, reason: 'malformed' }],
    ],
    [
      'a broken attempt',
      withBody((f) => (f['caseAttempts']['kim-ava-leo'][0]['revealedStages'] = 0)),
      [{ place: { part: 'caseAttempts', id: 'kim-ava-leo', attempt: 0 }, reason: 'malformed' }],
    ],
    [
      'a part the site does not keep',
      withBody((f) => (f['badges'] = {})),
      [{ place: { part: 'badges' }, reason: 'unknown-part' }],
    ],
    [
      'a section that is a list',
      withBody((f) => (f['talks'] = [])),
      [{ place: { part: 'talks' }, reason: 'malformed' }],
    ],
  ])('names every record that is wrong, and why: %s', (_, text, records) => {
    const result = readImport(text);
    expect(result.ok ? [] : result.records).toEqual(records);
  });

  it('keeps markup in a note as the text it is', () => {
    const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const file = exportText(saveReflection(emptyProgress(), 'r', 'why-assessment-matters', markup, at(1)), at(2));
    const result = readImport(file);
    expect(result.ok && result.document.reflections['r']?.text).toBe(markup);
  });

  it('marks its files so they can be told from any other JSON', () => {
    expect(JSON.parse(exportText(emptyProgress(), at(0)))).toMatchObject({
      format: EXPORT_FORMAT,
      schemaVersion: PROGRESS_SCHEMA_VERSION,
    });
  });
});

describe('the import preview', () => {
  it('counts what would be added, updated, kept because it is newer here, and unchanged', () => {
    const mine = busyLearner();
    const theirs = visitModule(
      saveReflection(busyLearner(), 'first-impressions', 'why-assessment-matters', 'older', at(0)),
      moduleInfo('lundys-model'),
      at(40),
    );
    // Their visit also moved the last place; their note is older than mine.
    expect(previewImport(mine, theirs)).toEqual({ added: 1, updated: 1, keptNewer: 1, unchanged: 4 });
    expect(serializeDocument(mine)).toBe(serializeDocument(busyLearner()));
  });
});
