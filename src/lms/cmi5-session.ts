import Cmi5 from '@xapi/cmi5';
import type { CourseRecord } from './course-record.ts';
import type { LaunchData, LmsSession } from './lms-session.ts';

// A cmi5 launch: the LMS opens the package's launch page with the learning record store's address, a
// one-time address for a token, the learner, the registration and the activity (cmi5's launch parameters),
// and @xapi/cmi5 speaks to the store from there: initialized, then completed, passed or failed as the
// course's record says, then terminated. The course is one assignable unit, as a SCORM package is one SCO:
// a module is too small a thing for an LMS to enrol learners on, and the course's pass rule is across
// its cases. What resuming needs is kept in the store's State resource, under the registration.

/** Where the course's record and place are kept between launches, in the store's State resource. */
const STATE_ID = 'https://w3id.org/xapi/cmi5/triangulate/course-record';
const CMI5_CATEGORY = { id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' };
const TERMINATED = { id: 'http://adlnet.gov/expapi/verbs/terminated', display: { 'en-US': 'terminated' } };

/** What the launch page keeps in the State resource. */
interface KeptState {
  record: string;
  location: string;
  /** The cmi5-defined statements sent in this registration: each may be sent once. */
  sent: { completed: boolean; passed: boolean; failed: boolean };
}

const isKeptState = (value: unknown): value is KeptState =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as KeptState).record === 'string' &&
  typeof (value as KeptState).location === 'string';

/** ISO 8601 duration in seconds, as the statements' `result.duration`. */
const duration = (milliseconds: number) => `PT${Math.round(milliseconds / 10) / 100}S`;

/**
 * The terminated statement, built as @xapi/cmi5 builds it, and sent with `keepalive` so that it leaves
 * even as the page closes: the library's own requests are cancelled with the page.
 */
function sendTerminated(cmi5: Cmi5): void {
  const { actor, activityId, registration, endpoint } = cmi5.getLaunchParameters();
  const template = cmi5.getLaunchData().contextTemplate;
  const statement = {
    id: crypto.randomUUID(),
    actor,
    verb: TERMINATED,
    object: { objectType: 'Activity', id: activityId },
    result: { duration: duration(Date.now() - cmi5.getInitializedDate().getTime()) },
    context: {
      ...template,
      registration,
      contextActivities: {
        ...template.contextActivities,
        category: [...(template.contextActivities?.category ?? []), CMI5_CATEGORY],
      },
    },
    timestamp: new Date().toISOString(),
  };
  void fetch(new URL('statements', endpoint.endsWith('/') ? endpoint : `${endpoint}/`), {
    method: 'POST',
    keepalive: true,
    headers: {
      Authorization: `Basic ${cmi5.getAuthToken()}`,
      'Content-Type': 'application/json',
      'X-Experience-API-Version': '1.0.3',
    },
    body: JSON.stringify(statement),
  }).catch(() => undefined);
}

/** The learner as the LMS names them to the store: an account's name, or a mailbox. */
function learnerOf(cmi5: Cmi5): string {
  const actor = cmi5.getLaunchParameters().actor as { account?: { name?: string }; mbox?: string };
  return actor.account?.name ?? actor.mbox ?? '';
}

/** Starts a cmi5 session, or `undefined` when the page was not launched by an LMS or the launch fails. */
export async function startCmi5Session(): Promise<LmsSession | undefined> {
  if (!Cmi5.isCmiAvailable) return undefined;
  const cmi5 = Cmi5.instance;
  try {
    await cmi5.initialize();
  } catch {
    return undefined;
  }
  const xapi = cmi5.xapi!;
  const { actor, activityId, registration } = cmi5.getLaunchParameters();
  const where = { agent: actor, activityId, registration, stateId: STATE_ID };
  const stored: unknown = await xapi.getState(where).then(
    (response) => response.data,
    () => undefined,
  );
  const none = { completed: false, passed: false, failed: false };
  const kept: KeptState = isKeptState(stored)
    ? { ...stored, sent: { ...none, ...(stored.sent as Partial<KeptState['sent']> | undefined) } }
    : { record: '', location: '', sent: none };
  const { launchMode, masteryScore } = cmi5.getLaunchData();
  /** Passed by the LMS's mastery score when it gives one (cmi5 requires it), else by the cases' pass marks. */
  const passed = (record: CourseRecord) =>
    masteryScore === undefined || record.passed === null ? record.passed : (record.percent ?? 0) / 100 >= masteryScore;

  let queue = Promise.resolve(true);
  /** cmi5 allows one of passed and failed in a session: a pass after a fail waits for the next launch. */
  let failedThisSession = false;
  const save = (suspendData: string, location: string) =>
    xapi.setState({ ...where, state: { ...kept, record: suspendData, location } }).then(
      () => true,
      () => false,
    );
  /** Whether `record` calls for completed, passed or failed, not yet sent: what terminated must not overtake. */
  const statementDue = (record: CourseRecord) => {
    if (launchMode !== 'Normal') return false;
    const result = passed(record);
    return (
      (record.completed && !kept.sent.completed) ||
      (result === true && !kept.sent.passed && !failedThisSession) ||
      (result === false && !kept.sent.failed && !kept.sent.passed)
    );
  };
  const report = async (record: CourseRecord, suspendData: string, location: string): Promise<boolean> => {
    // The record for resuming first, on its own: a statement the store refuses must not cost it.
    const saved = await save(suspendData, location);
    // Browse and Review launches may look, never record (cmi5, 10.0).
    if (launchMode !== 'Normal') return saved;
    const scaled = record.percent === null ? undefined : record.percent / 100;
    const sentBefore = JSON.stringify(kept.sent);
    if (record.completed && !kept.sent.completed) {
      await cmi5.complete();
      kept.sent.completed = true;
    }
    const result = passed(record);
    if (result === true && !kept.sent.passed && !failedThisSession) {
      await cmi5.pass(scaled);
      kept.sent.passed = true;
    } else if (result === false && !kept.sent.failed && !kept.sent.passed) {
      await cmi5.fail(scaled);
      kept.sent.failed = failedThisSession = true;
    }
    if (JSON.stringify(kept.sent) === sentBefore) return saved;
    // A statement went: the record of what was sent goes too, so the next launch sends it never again.
    return (await save(suspendData, location)) && saved;
  };
  return {
    launch: { learnerId: learnerOf(cmi5), suspendData: kept.record, location: kept.location } satisfies LaunchData,
    // The State resource has no limit of its own; the record is kept compact all the same.
    limit: 64_000,
    report: (record, suspendData, location) =>
      (queue = queue.then(() => report(record, suspendData, location).catch(() => false))),
    // Terminated is the session's last statement: at once, unless completed, passed or failed is still to
    // go; then after it, if the page lives that long (a store takes a session without terminated as
    // abandoned, which loses nothing the statements before it said).
    finish: (record) => {
      if (statementDue(record)) void queue.finally(() => sendTerminated(cmi5));
      else sendTerminated(cmi5);
    },
  };
}
