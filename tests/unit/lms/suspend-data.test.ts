import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { respond, startAttempt } from '../../../src/cases/attempt.ts';
import { emptyProgress, serializeDocument } from '../../../src/progress/document.ts';
import { withAttempt } from '../../../src/progress/case-attempt-store.ts';
import { setModuleComplete, visitModule } from '../../../src/progress/updates.ts';
import type { PackagedCourse } from '../../../src/lms/course-record.ts';
import {
  packSuspendData,
  restoreFromLms,
  SCORM12_SUSPEND_LIMIT,
  unpackSuspendData,
} from '../../../src/lms/suspend-data.ts';
import { modelAnswer, modelAttempt, seedCase } from '../../support/seed-case.ts';

const study = seedCase();
const module = { id: 'two', courseId: 'c', title: 'Two', cpdMinutes: 30, href: '/courses/c/two/' };
const course: PackagedCourse = {
  id: 'c',
  title: 'C',
  start: 'courses/c/index.html',
  modules: [module],
  cases: [{ id: study.id, moduleId: 'two', data: 'cases/x.json' }],
};
const studies = new Map([[study.id, study]]);
const now = '2026-12-01T10:00:00.000Z';
const later = '2026-12-01T11:00:00.000Z';

/** Best attempt finished, a second one begun, the module complete, and a note on another course. */
function fullRecord() {
  let document = setModuleComplete(visitModule(emptyProgress(), module, now), module, true, 'case', now);
  document = withAttempt(document, modelAttempt(study));
  const question = study.stages[0]!.questions[0]!;
  const current = respond(study, startAttempt(study, 'second', later), {
    questionId: question.id,
    answer: modelAnswer(question),
    confidence: 60,
    answeredAt: later,
  });
  document = withAttempt(document, current);
  document.modules['elsewhere'] = { ...document.modules['two']!, courseId: 'other' };
  return document;
}
const pack = (limit = SCORM12_SUSPEND_LIMIT) => {
  const document = fullRecord();
  return packSuspendData(document, course, studies, limit);
};

describe("the course's record as the LMS keeps it between launches", () => {
  it('holds the course’s modules, its best and current attempts, and the place, within SCORM 1.2’s limit', () => {
    const { text, level } = pack();
    expect(level).toBe('best-and-current');
    expect(text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
    const kept = unpackSuspendData(text, course, studies)!;
    expect(Object.keys(kept.modules)).toEqual(['two']);
    expect(kept.caseAttempts[study.id]!.map((attempt) => attempt.id)).toEqual(['a-model-attempt', 'second']);
    expect(kept.lastPlace?.id).toBe('two');
  });

  it('brings back every answer of every kind as it was given, to the second', () => {
    const original = fullRecord().caseAttempts[study.id]![0]!;
    const kinds = new Set(Object.values(original.responses).map((response) => response.answer?.kind));
    expect([...kinds].sort()).toEqual(['multiple', 'ranking', 'rating', 'reflection', 'single']);
    const restored = unpackSuspendData(pack().text, course, studies)!.caseAttempts[study.id]![0]!;
    for (const [questionId, response] of Object.entries(original.responses)) {
      if (response.answer?.kind === 'reflection') continue;
      expect(restored.responses[questionId]).toMatchObject({
        answer: response.answer,
        confidence: response.confidence,
      });
    }
    expect(restored).toMatchObject({
      id: original.id,
      caseVersion: original.caseVersion,
      startedAt: original.startedAt,
      completedAt: original.completedAt,
      revealedStages: original.revealedStages,
    });
  });

  it('keeps the learner’s own words on the device: no reflection goes to the LMS', () => {
    const reflections = Object.values(fullRecord().caseAttempts[study.id]![0]!.responses).filter(
      (response) => response.answer?.kind === 'reflection',
    );
    expect(reflections.length).toBeGreaterThan(0);
    const kept = unpackSuspendData(pack().text, course, studies)!;
    for (const attempt of kept.caseAttempts[study.id]!)
      for (const response of Object.values(attempt.responses)) expect(response.answer?.kind).not.toBe('reflection');
  });

  it('gives up the current attempt, then every attempt, rather than go over the limit', () => {
    const full = pack(100_000).text.length;
    const best = pack(full - 1);
    expect(best.level).toBe('best');
    expect(unpackSuspendData(best.text, course, studies)!.caseAttempts[study.id]!.map((a) => a.id)).toEqual([
      'a-model-attempt',
    ]);
    const modulesOnly = pack(best.text.length - 1);
    expect(modulesOnly.level).toBe('modules');
    expect(unpackSuspendData(modulesOnly.text, course, studies)!.caseAttempts).toEqual({});
    expect(pack(10)).toEqual({ text: '', level: 'modules' });
  });

  it('reads back nothing from a record that is not one of its own, and throws no error', () => {
    const deflated = (value: unknown) => btoa(String.fromCharCode(...deflateSync(strToU8(JSON.stringify(value)))));
    const nothing = ['', 'not base64 at all!', btoa('plain text'), deflated({ schemaVersion: 3 })];
    const notThisFormat = [deflated([2, [], [], 0]), deflated([3, 'modules', {}, 0]), deflated([3, {}, [], 0])];
    const badTime = deflated([3, { two: ['not a time', 0, 0, 0] }, {}, 0]);
    for (const text of [...nothing, ...notThisFormat, badTime])
      expect(unpackSuspendData(text, course, studies), text).toBeUndefined();
  });

  it('leaves out what does not fit the course as it is now, and reads the rest', () => {
    const deflated = (value: unknown) => btoa(String.fromCharCode(...deflateSync(strToU8(JSON.stringify(value)))));
    const otherVersion = [['id', 'not-this-version', 0, 0, 0, 1, []]];
    const kept = unpackSuspendData(
      deflated([3, { two: [1, 0, 0, 1], removed: [1, 0, 0, 1] }, { [study.id]: otherVersion }, ['removed', 1]]),
      course,
      studies,
    )!;
    expect(Object.keys(kept.modules)).toEqual(['two']);
    expect(kept.caseAttempts).toEqual({});
    expect(kept.lastPlace).toBeNull();
  });

  it('brings back on a new device what the LMS kept', () => {
    const kept = unpackSuspendData(pack().text, course, studies)!;
    const restored = restoreFromLms(emptyProgress(), kept);
    expect(restored.modules['two']?.completedAt).toBe(now);
    expect(restored.caseAttempts[study.id]).toHaveLength(2);
  });

  it('keeps the device’s own copy, with its reflections, over the LMS’s copy of the same attempt', () => {
    const local = fullRecord();
    const kept = unpackSuspendData(pack().text, course, studies)!;
    expect(serializeDocument(restoreFromLms(local, kept))).toBe(serializeDocument(local));
  });

  it('takes an attempt carried on elsewhere, keeping the reflections written here', () => {
    const local = fullRecord();
    const kept = unpackSuspendData(pack().text, course, studies)!;
    const elsewhere = kept.caseAttempts[study.id]![1]!;
    const question = study.stages[0]!.questions[1]!;
    const moved = respond(study, elsewhere, {
      questionId: question.id,
      answer: modelAnswer(question),
      confidence: 70,
      answeredAt: '2026-12-02T09:00:00.000Z',
    });
    const restored = restoreFromLms(local, {
      ...kept,
      caseAttempts: { [study.id]: [kept.caseAttempts[study.id]![0]!, moved] },
    });
    const attempt = restored.caseAttempts[study.id]!.find((a) => a.id === 'second')!;
    expect(Object.keys(attempt.responses)).toEqual(expect.arrayContaining([question.id]));
    expect(attempt.updatedAt).toBe(moved.updatedAt);
  });
});
