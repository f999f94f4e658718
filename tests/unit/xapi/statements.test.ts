import { describe, expect, it } from 'vitest';
import { activityBase } from '../../../src/xapi/activity-ids.ts';
import { statementFor, statementId, type LearningEvent } from '../../../src/xapi/statements.ts';

const context = {
  learner: { name: 'Sam Example', email: 'sam@example.org' },
  activityBase: activityBase(undefined, '/'),
  platform: 'Triangulate',
  includeReflections: false,
};
const caseEvent: LearningEvent = {
  kind: 'case',
  caseId: 'kim-ava-leo',
  title: 'Kim, Ava and Leo',
  attemptId: 'a1',
  modulePath: 'courses/c/m/',
  percent: 80,
  passed: true,
  calibration: { count: 5, brier: 0.1, meanConfidence: 0.8, accuracy: 0.8 },
  reflections: [{ question: 'What next?', text: 'My own words' }],
  at: '2026-12-01T10:00:00.000Z',
};

describe('the statements the open site sends', () => {
  it('have UUIDs made from what they record: the same record, the same id, in xAPI’s form', () => {
    const id = statementId('module:m:2026-12-01T10:00:00.000Z');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(statementId('module:m:2026-12-01T10:00:00.000Z')).toBe(id);
    expect(statementId('module:m:2026-12-01T10:00:00.001Z')).not.toBe(id);
  });

  it('name activities by content ids under the public site, or a URN without one', () => {
    expect(activityBase('https://learning.example.org', '/learning/')).toBe('https://learning.example.org/learning/');
    const module = statementFor(
      { kind: 'module', courseId: 'c', moduleId: 'm', title: 'M', at: caseEvent.at },
      context,
    );
    expect(module['object']).toMatchObject({ id: 'urn:x-triangulate:courses/c/m/' });
    expect(module['verb']).toMatchObject({ id: 'http://adlnet.gov/expapi/verbs/completed' });
  });

  it('carry a case’s score and calibration, and its reflections only when the learner chose to send them', () => {
    const without = statementFor(caseEvent, context);
    expect(without['verb']).toMatchObject({ id: 'http://adlnet.gov/expapi/verbs/passed' });
    expect(without['result']).toMatchObject({ score: { scaled: 0.8, raw: 80, min: 0, max: 100 }, success: true });
    expect(JSON.stringify(without)).not.toContain('My own words');
    expect(JSON.stringify(statementFor(caseEvent, { ...context, includeReflections: true }))).toContain('My own words');
    expect(statementFor({ ...caseEvent, passed: false }, context)['verb']).toMatchObject({
      id: 'http://adlnet.gov/expapi/verbs/failed',
    });
  });
});
