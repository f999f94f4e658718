import validateStatement from 'xapi-validation';
import { describe, expect, it } from 'vitest';
import { cmi5Statement, type Cmi5Launch } from '../../../src/lms/cmi5-statements.ts';

// The statements the launch page sends itself after initialized: in the form cmi5 defines, and valid
// xAPI by Learning Locker's own validator.

const CMI5 = 'https://w3id.org/xapi/cmi5/context/';
const launch = (masteryScore?: number): Cmi5Launch => ({
  parameters: {
    endpoint: 'http://127.0.0.1:1/xapi/',
    fetch: 'http://127.0.0.1:1/fetch/token',
    actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'learner-1' } },
    registration: '6f1a0c86-6c33-4a39-9d05-3c1c3a5b7e11',
    activityId: 'https://learning.example.org/courses/listening/',
  },
  data: {
    contextTemplate: {
      contextActivities: { grouping: [{ id: 'https://lms.example.org/course/7' }] },
      extensions: { [`${CMI5}extensions/sessionid`]: 'session-1' },
    },
    launchMode: 'Normal',
    moveOn: 'CompletedAndPassed',
    ...(masteryScore !== undefined && { masteryScore }),
  },
  initialized: new Date('2026-12-06T10:00:00.000Z'),
});
const at = new Date('2026-12-06T10:12:30.250Z');
const categories = (statement: Record<string, unknown>) =>
  (statement['context'] as { contextActivities: { category: { id: string }[] } }).contextActivities.category.map(
    ({ id }) => id,
  );

describe('the cmi5-defined statements a course sends', () => {
  it('are valid xAPI, in the registration, with the LMS’s context template and the session’s time', () => {
    for (const verb of ['completed', 'passed', 'failed', 'terminated'] as const) {
      const statement = cmi5Statement(launch(0.8), verb, 0.9, at);
      expect(validateStatement(statement), verb).toEqual([]);
      expect(statement).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        actor: launch().parameters.actor,
        verb: { id: `http://adlnet.gov/expapi/verbs/${verb}` },
        object: { objectType: 'Activity', id: 'https://learning.example.org/courses/listening/' },
        result: { duration: 'PT750.25S' },
        context: {
          registration: launch().parameters.registration,
          contextActivities: { grouping: [{ id: 'https://lms.example.org/course/7' }] },
          extensions: { [`${CMI5}extensions/sessionid`]: 'session-1' },
        },
        timestamp: '2026-12-06T10:12:30.250Z',
      });
    }
  });

  it('carry the cmi5 category, and the moveOn category on completed, passed and failed only', () => {
    expect(categories(cmi5Statement(launch(), 'completed', undefined, at))).toEqual([
      `${CMI5}categories/cmi5`,
      `${CMI5}categories/moveon`,
    ]);
    expect(categories(cmi5Statement(launch(), 'terminated', undefined, at))).toEqual([`${CMI5}categories/cmi5`]);
  });

  it('give completion on completed, and success, the score and the LMS’s mastery score on passed and failed', () => {
    expect(cmi5Statement(launch(0.8), 'completed', 0.9, at)['result']).toEqual({
      completion: true,
      duration: 'PT750.25S',
    });
    const passed = cmi5Statement(launch(0.8), 'passed', 0.9, at);
    expect(passed['result']).toEqual({ score: { scaled: 0.9 }, success: true, duration: 'PT750.25S' });
    expect((passed['context'] as { extensions: Record<string, unknown> }).extensions).toMatchObject({
      [`${CMI5}extensions/masteryscore`]: 0.8,
    });
    const failed = cmi5Statement(launch(), 'failed', undefined, at);
    expect(failed['result']).toEqual({ success: false, duration: 'PT750.25S' });
    expect((failed['context'] as { extensions: Record<string, unknown> }).extensions).not.toHaveProperty(
      `${CMI5}extensions/masteryscore`,
    );
  });

  it('each have an id of their own', () => {
    const ids = new Set(Array.from({ length: 50 }, () => cmi5Statement(launch(), 'terminated', undefined, at).id));
    expect(ids.size).toBe(50);
  });
});
