/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access --
   Files are edited freely here, as a learner or an attacker could edit an export: typing each edit
   would hide what the file holds. */
import { describe, expect, it } from 'vitest';
import type { ProgressDocument } from '../../../src/progress/document.ts';
import { checkAgainstSite, MAX_RESPONSES, type SiteCases } from '../../../src/progress/import-check.ts';
import { readImport, exportText } from '../../../src/progress/transfer.ts';
import { saveTalkPosition } from '../../../src/progress/talk-updates.ts';
import { withAttempt } from '../../../src/progress/case-attempt-store.ts';
import { at, busyLearner } from '../../support/progress.ts';
import { modelAttempt, seedCase } from '../../support/seed-case.ts';

const study = seedCase();
const NOW = Date.parse(at(60));
const FAR_FUTURE = '2999-01-01T00:00:00.000Z';
const cases: SiteCases = new Map([[study.id, study]]);

/** A learner with a module done, a note, a CPD entry, a talk and a finished attempt at the seed case. */
function learner(): ProgressDocument {
  const talk = { id: 'intuition-and-analysis', title: 'Intuition and analysis', cpdMinutes: 20, href: '/talks/x/' };
  const document = saveTalkPosition(busyLearner(), talk, 60, 283, [[0, 60]], at(7));
  return withAttempt({ ...document, caseAttempts: {} }, { ...modelAttempt(study), startedAt: at(8), updatedAt: at(9) });
}

/** The document after an edit, as a file read back: the edit may be anything a file can hold. */
function edited(change: (file: Record<string, any>) => void): ProgressDocument {
  const file = JSON.parse(exportText(learner(), at(30))) as Record<string, any>;
  change(file);
  const result = readImport(JSON.stringify(file));
  if (!result.ok) throw new Error(`the edit broke the file's shape: ${JSON.stringify(result.records)}`);
  return result.document;
}

const attemptOf = (file: Record<string, any>) => file['caseAttempts'][study.id][0];
const responseTo = (file: Record<string, any>, questionId: string) => attemptOf(file)['responses'][questionId];
const question = (id: string) => ({ part: 'caseAttempts', id: study.id, attempt: 0, question: id });

describe('checking an import against the site', () => {
  it('accepts everything a learner could have saved', () => {
    expect(checkAgainstSite(learner(), cases, NOW)).toEqual([]);
  });

  it.each<[string, (file: Record<string, any>) => void]>([
    [
      'a module the site no longer has (kept, shown as archived)',
      (f) => (f['modules']['old-module'] = f['modules']['why-assessment-matters']),
    ],
    [
      'an attempt on an earlier version of the case, rated on its scale then',
      (f) => {
        attemptOf(f)['caseVersion'] = '00000000';
        responseTo(f, 'visit-concern')['answer']['value'] = 50;
      },
    ],
    [
      'an attempt at a case the site no longer has',
      (f) => {
        const attempt = attemptOf(f);
        f['caseAttempts'] = { 'a-removed-case': [{ ...attempt, caseId: 'a-removed-case' }] };
      },
    ],
    [
      'a time a little ahead of this device: the other one may run fast',
      (f) => (f['lastPlace']['updatedAt'] = at(60 + 120)),
    ],
    ['a CPD entry of the most minutes the form takes', (f) => (f['cpd']['own-1']['minutes'] = 10_000)],
    [
      'a skipped question, with no confidence',
      (f) => {
        responseTo(f, 'visit-next')['answer'] = null;
        responseTo(f, 'visit-next')['confidence'] = null;
      },
    ],
  ])('accepts %s', (_, change) => {
    expect(checkAgainstSite(edited(change), cases, NOW)).toEqual([]);
  });

  it.each<[string, (file: Record<string, any>) => void, object]>([
    [
      'a rating of 1e308 on a 1 to 10 scale',
      (f) => (responseTo(f, 'visit-concern')['answer']['value'] = 1e308),
      { place: question('visit-concern'), reason: 'rating-off-scale', values: { value: 1e308, min: 1, max: 10 } },
    ],
    [
      'a rating of 11',
      (f) => (responseTo(f, 'checks-concern')['answer']['value'] = 11),
      { place: question('checks-concern'), reason: 'rating-off-scale', values: { value: 11, min: 1, max: 10 } },
    ],
    [
      'a rating between two points of the scale',
      (f) => (responseTo(f, 'visit-concern')['answer']['value'] = 5.5),
      { place: question('visit-concern'), reason: 'rating-off-scale', values: { value: 5.5, min: 1, max: 10 } },
    ],
    [
      'a rating of 1e308 on an earlier version of the case',
      (f) => {
        attemptOf(f)['caseVersion'] = '00000000';
        responseTo(f, 'visit-concern')['answer']['value'] = 1e308;
      },
      {
        place: question('visit-concern'),
        reason: 'rating-out-of-range',
        values: { value: 1e308, min: -100, max: 100 },
      },
    ],
    [
      'a confidence of 55',
      (f) => (responseTo(f, 'visit-concern')['confidence'] = 55),
      { place: question('visit-concern'), reason: 'confidence', values: { value: 55 } },
    ],
    [
      'a confidence of 45 on an earlier version',
      (f) => {
        attemptOf(f)['caseVersion'] = '00000000';
        responseTo(f, 'visit-concern')['confidence'] = 45;
      },
      { place: question('visit-concern'), reason: 'confidence', values: { value: 45 } },
    ],
    [
      'no confidence for an answered judgement',
      (f) => (responseTo(f, 'gp-weight')['confidence'] = null),
      { place: question('gp-weight'), reason: 'confidence', values: { value: '–' } },
    ],
    [
      'a confidence for a reflection',
      (f) => (responseTo(f, 'gp-reflection')['confidence'] = 80),
      { place: question('gp-reflection'), reason: 'confidence', values: { value: 80 } },
    ],
    [
      'an answer to a question the case does not have, named constructor',
      (f) => {
        attemptOf(f)['responses']['constructor'] = { ...responseTo(f, 'gp-weight'), questionId: 'constructor' };
      },
      { place: question('constructor'), reason: 'unknown-question' },
    ],
    [
      'an option the question does not have',
      (f) => (responseTo(f, 'gp-weight')['answer']['optionId'] = 'prototype'),
      { place: question('gp-weight'), reason: 'unknown-choice' },
    ],
    [
      'an option picked twice',
      (f) => {
        const answer = responseTo(f, 'visit-next')['answer'];
        answer['optionIds'] = [answer['optionIds'][0], answer['optionIds'][0]];
      },
      { place: question('visit-next'), reason: 'unknown-choice' },
    ],
    [
      'a ranking that leaves an item out',
      (f) => void (responseTo(f, 'checks-priorities')['answer']['order'] as string[]).pop(),
      { place: question('checks-priorities'), reason: 'unknown-choice' },
    ],
    [
      'an answer of another kind',
      (f) => (responseTo(f, 'gp-weight')['answer'] = { kind: 'rating', value: 5 }),
      { place: question('gp-weight'), reason: 'wrong-kind' },
    ],
    [
      'more stages shown than the case has',
      (f) => (attemptOf(f)['revealedStages'] = 99),
      { place: { part: 'caseAttempts', id: study.id, attempt: 0 }, reason: 'stages', values: { value: 99, max: 4 } },
    ],
    [
      'an answer in a stage the attempt had not reached',
      (f) => (attemptOf(f)['revealedStages'] = 1),
      { place: question('visit-concern'), reason: 'stage-not-revealed' },
    ],
    [
      `more than ${MAX_RESPONSES} answers in an attempt`,
      (f) => {
        attemptOf(f)['caseVersion'] = '00000000';
        for (let i = 0; i <= MAX_RESPONSES; i++)
          attemptOf(f)['responses'][`q${i}`] = { ...responseTo(f, 'gp-weight'), questionId: `q${i}` };
      },
      {
        place: { part: 'caseAttempts', id: study.id, attempt: 0 },
        reason: 'too-many',
        values: { value: 509, max: 500 },
      },
    ],
    [
      'an attempt started in the future',
      (f) => (attemptOf(f)['startedAt'] = FAR_FUTURE),
      { place: { part: 'caseAttempts', id: study.id, attempt: 0 }, reason: 'future', values: { time: FAR_FUTURE } },
    ],
    [
      'an answer given in the future',
      (f) => (responseTo(f, 'gp-weight')['answeredAt'] = FAR_FUTURE),
      { place: question('gp-weight'), reason: 'future', values: { time: FAR_FUTURE } },
    ],
    [
      'a module completed in the future',
      (f) => (f['modules']['why-assessment-matters']['completedAt'] = FAR_FUTURE),
      { place: { part: 'modules', id: 'why-assessment-matters' }, reason: 'future', values: { time: FAR_FUTURE } },
    ],
    [
      'a module worth 601 minutes',
      (f) => (f['modules']['why-assessment-matters']['cpdMinutes'] = 601),
      {
        place: { part: 'modules', id: 'why-assessment-matters' },
        reason: 'minutes',
        values: { value: 601, min: 1, max: 600 },
      },
    ],
    [
      'a talk worth 2.5 minutes',
      (f) => (f['talks']['intuition-and-analysis']['cpdMinutes'] = 2.5),
      {
        place: { part: 'talks', id: 'intuition-and-analysis' },
        reason: 'minutes',
        values: { value: 2.5, min: 1, max: 600 },
      },
    ],
    [
      'a place in a talk after its end',
      (f) => (f['talks']['intuition-and-analysis']['position'] = 300),
      { place: { part: 'talks', id: 'intuition-and-analysis' }, reason: 'talk-place' },
    ],
    [
      'a CPD entry of 2.5 minutes',
      (f) => (f['cpd']['own-1']['minutes'] = 2.5),
      { place: { part: 'cpd', id: 'own-1' }, reason: 'minutes', values: { value: 2.5, min: 1, max: 10_000 } },
    ],
    [
      'a module kept under constructor',
      (f) => (f['modules']['constructor'] = f['modules']['why-assessment-matters']),
      { place: { part: 'modules', id: 'constructor' }, reason: 'reserved-id', values: { id: 'constructor' } },
    ],
    [
      'a case attempt kept under prototype',
      (f) => (f['caseAttempts']['prototype'] = [{ ...attemptOf(f), caseId: 'prototype' }]),
      { place: { part: 'caseAttempts', id: 'prototype' }, reason: 'reserved-id', values: { id: 'prototype' } },
    ],
    [
      'a module of the course constructor',
      (f) => (f['modules']['why-assessment-matters']['courseId'] = 'constructor'),
      {
        place: { part: 'modules', id: 'why-assessment-matters' },
        reason: 'reserved-id',
        values: { id: 'constructor' },
      },
    ],
    [
      'a reflection on the page prototype',
      (f) => (f['reflections']['first-impressions']['pageId'] = 'prototype'),
      { place: { part: 'reflections', id: 'first-impressions' }, reason: 'reserved-id', values: { id: 'prototype' } },
    ],
    [
      'a CPD entry dated 30 February',
      (f) => (f['cpd']['own-1']['date'] = '2026-02-30'),
      { place: { part: 'cpd', id: 'own-1' }, reason: 'date', values: { value: '2026-02-30' } },
    ],
    [
      'a reflection saved in the future',
      (f) => (f['reflections']['first-impressions']['updatedAt'] = FAR_FUTURE),
      { place: { part: 'reflections', id: 'first-impressions' }, reason: 'future', values: { time: FAR_FUTURE } },
    ],
    [
      'a notice seen in the future',
      (f) => (f['notices'] = { exportReminder: FAR_FUTURE, updatedAt: at(1) }),
      { place: { part: 'notices' }, reason: 'future', values: { time: FAR_FUTURE } },
    ],
  ])('refuses %s, naming the record and why', (_, change, problem) => {
    expect(checkAgainstSite(edited(change), cases, NOW)).toEqual([problem]);
  });

  it('refuses attempts at a case it could not load, rather than take them unchecked', () => {
    expect(checkAgainstSite(learner(), new Map([[study.id, null]]), NOW)).toEqual([
      { place: { part: 'caseAttempts', id: study.id, attempt: 0 }, reason: 'case-unchecked' },
    ]);
  });
});
