import { describe, expect, it } from 'vitest';
import { advance, finish, respond, startAttempt } from '../../../src/cases/attempt.ts';
import { emptyProgress, type ProgressDocument } from '../../../src/progress/document.ts';
import { setModuleComplete, visitModule } from '../../../src/progress/updates.ts';
import { withAttempt } from '../../../src/progress/case-attempt-store.ts';
import { courseRecord, type PackagedCourse } from '../../../src/lms/course-record.ts';
import { modelAttempt, seedCase } from '../../support/seed-case.ts';

const study = seedCase();
const module = (id: string) => ({ id, courseId: 'c', title: id, cpdMinutes: 30, href: `/courses/c/${id}/` });
const course: PackagedCourse = {
  id: 'c',
  title: 'C',
  start: 'courses/c/index.html',
  modules: [module('one'), module('two')],
  cases: [{ id: study.id, moduleId: 'two', data: `cases/${study.id}/x.json` }],
};
const studies = new Map([[study.id, study]]);
const now = '2026-12-01T10:00:00.000Z';
const complete = (document: ProgressDocument, id: string) =>
  setModuleComplete(visitModule(document, module(id), now), module(id), true, 'learner', now);
/** An attempt finished with every question skipped: it scores 0. */
const emptyAttempt = () => {
  let attempt = startAttempt(study, 'skipped', now);
  for (const [index, stage] of study.stages.entries()) {
    for (const question of stage.questions)
      attempt = respond(study, attempt, { questionId: question.id, answer: null, confidence: null, answeredAt: now });
    attempt = index + 1 < study.stages.length ? advance(study, attempt, now) : finish(study, attempt, now);
  }
  return attempt;
};

describe('what a package reports to the LMS', () => {
  it('reports nothing done, and no score, before anything is done', () => {
    expect(courseRecord(emptyProgress(), course, studies)).toEqual({
      completed: false,
      passed: null,
      percent: null,
      progress: 0,
    });
  });

  it('is not complete while a case is unfinished, even with every module marked complete', () => {
    const record = courseRecord(complete(complete(emptyProgress(), 'one'), 'two'), course, studies);
    expect(record).toMatchObject({ completed: false, passed: null, percent: null });
    expect(record.progress).toBeCloseTo(2 / 3);
  });

  it('is complete and passed once every module is complete and the case passed', () => {
    const document = withAttempt(complete(complete(emptyProgress(), 'one'), 'two'), modelAttempt(study));
    expect(courseRecord(document, course, studies)).toEqual({
      completed: true,
      passed: true,
      percent: 100,
      progress: 1,
    });
  });

  it('counts the best finished attempt, and fails a course whose case was never passed', () => {
    const failed = withAttempt(complete(complete(emptyProgress(), 'one'), 'two'), emptyAttempt());
    expect(courseRecord(failed, course, studies)).toMatchObject({ completed: true, passed: false, percent: 0 });
    expect(courseRecord(withAttempt(failed, modelAttempt(study)), course, studies)).toMatchObject({
      passed: true,
      percent: 100,
    });
  });

  it('leaves success unknown for a course without cases', () => {
    const reading = { ...course, cases: [] };
    expect(courseRecord(complete(complete(emptyProgress(), 'one'), 'two'), reading, new Map())).toEqual({
      completed: true,
      passed: null,
      percent: null,
      progress: 1,
    });
  });
});
