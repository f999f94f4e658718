import Cmi5 from '@xapi/cmi5';
import { cmi5Statement, type Cmi5Launch, type Cmi5Verb, type Statement } from './cmi5-statements.ts';
import type { CourseRecord } from './course-record.ts';
import type { LaunchData, LmsSession } from './lms-session.ts';

// A cmi5 launch: the LMS opens the package's launch page with the learning record store's address, a
// one-time address for a token, the learner, the registration and the activity (cmi5's launch parameters),
// and @xapi/cmi5 takes the launch from there (the token, the LMS's launch data, initialized). The page
// sends the rest itself (cmi5-statements.ts): completed, passed or failed as the course's record says,
// then terminated. The course is one assignable unit, as a SCORM package is one SCO:
// a module is too small a thing for an LMS to enrol learners on, and the course's pass rule is across
// its cases. What resuming needs is kept in the store's State resource, under the registration.

/** Where the course's record and place are kept between launches, in the store's State resource. */
const STATE_ID = 'https://w3id.org/xapi/cmi5/triangulate/course-record';

type MoveOnVerb = Exclude<Cmi5Verb, 'terminated'>;

/** What the launch page keeps in the State resource. */
interface KeptState {
  record: string;
  location: string;
  /** The cmi5-defined statements the store holds for this registration: each may be sent once. */
  sent: Record<MoveOnVerb, boolean>;
}

const isKeptState = (value: unknown): value is KeptState =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as KeptState).record === 'string' &&
  typeof (value as KeptState).location === 'string';

/**
 * Writes to the store with `keepalive`, so that what was asked for leaves even as the page closes (the
 * xAPI client's own requests are cancelled with the page): answers whether the store took it.
 */
function storeWriter(cmi5: Cmi5) {
  const endpoint = cmi5.getLaunchParameters().endpoint;
  const base = endpoint.endsWith('/') ? endpoint : `${endpoint}/`;
  return (method: 'PUT' | 'POST', path: string, body: unknown): Promise<boolean> =>
    fetch(new URL(path, base), {
      method,
      keepalive: true,
      headers: {
        Authorization: `Basic ${cmi5.getAuthToken()}`,
        'Content-Type': 'application/json',
        'X-Experience-API-Version': '1.0.3',
      },
      body: JSON.stringify(body),
    }).then(
      (response) => response.ok,
      () => false,
    );
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
  const launch: Cmi5Launch = {
    parameters: cmi5.getLaunchParameters(),
    data: cmi5.getLaunchData(),
    initialized: cmi5.getInitializedDate(),
  };
  const { actor, activityId, registration } = launch.parameters;
  const where = { activityId, agent: JSON.stringify(actor), registration, stateId: STATE_ID };
  const stored: unknown = await cmi5.xapi!.getState({ ...where, agent: actor }).then(
    (response) => response.data,
    () => undefined,
  );
  const none = { completed: false, passed: false, failed: false };
  const kept: KeptState = isKeptState(stored)
    ? { ...stored, sent: { ...none, ...(stored.sent as Partial<KeptState['sent']> | undefined) } }
    : { record: '', location: '', sent: none };
  const write = storeWriter(cmi5);
  const save = () => write('PUT', `activities/state?${new URLSearchParams(where)}`, kept);
  const { launchMode, masteryScore } = launch.data;
  /** Passed by the LMS's mastery score when it gives one (cmi5 requires it), else by the cases' pass marks. */
  const passed = (record: CourseRecord) =>
    masteryScore === undefined || record.passed === null ? record.passed : (record.percent ?? 0) / 100 >= masteryScore;

  /** Statements called for but not yet taken by the store, oldest first: sent again, as they are, until they are. */
  const unsent: { verb: MoveOnVerb; statement: Statement }[] = [];
  const decided = (verb: MoveOnVerb) => kept.sent[verb] || unsent.some((waiting) => waiting.verb === verb);
  /** cmi5 allows one of passed and failed in a session: a pass after a fail waits for the next launch. */
  let failedThisSession = false;
  /** Adds what `record` calls for and the registration has not had: completed, then passed or failed. */
  const callFor = (record: CourseRecord) => {
    // Browse and Review launches may look, never record (cmi5, 10.0).
    if (launchMode !== 'Normal') return;
    const scaled = record.percent === null ? undefined : record.percent / 100;
    const add = (verb: MoveOnVerb) => unsent.push({ verb, statement: cmi5Statement(launch, verb, scaled) });
    if (record.completed && !decided('completed')) add('completed');
    const result = passed(record);
    if (result === true && !decided('passed') && !failedThisSession) add('passed');
    else if (result === false && !decided('failed') && !decided('passed')) {
      add('failed');
      failedThisSession = true;
    }
  };
  /** Sends what waits, in order, in one request; once the store takes it, it is noted as sent. */
  const sendUnsent = async () => {
    const batch = [...unsent];
    const taken = await write(
      'POST',
      'statements',
      batch.map(({ statement }) => statement),
    );
    if (!taken) return false;
    for (const { verb } of batch) kept.sent[verb] = true;
    unsent.splice(0, batch.length);
    return true;
  };
  const report = async (record: CourseRecord): Promise<boolean> => {
    // The record for resuming first, on its own: a statement the store refuses must not cost it.
    const saved = await save();
    callFor(record);
    if (unsent.length === 0) return saved;
    // A statement went: the record of what was sent goes too, so the next launch sends it never again.
    return (await sendUnsent()) && (await save()) && saved;
  };

  let queue = Promise.resolve(true);
  return {
    launch: { learnerId: learnerOf(cmi5), suspendData: kept.record, location: kept.location } satisfies LaunchData,
    // The State resource has no limit of its own, but every request still on its way as the page closes
    // shares keepalive's 64 KB: the record is kept well within it (and compact all the same).
    limit: 16_000,
    report: (record, suspendData, location) => {
      Object.assign(kept, { record: suspendData, location });
      return (queue = queue.then(() => report(record).catch(() => false)));
    },
    // The page goes, and no answer can be awaited: whatever is still to be sent goes now, in one request,
    // with terminated last, as cmi5 orders them. A statement already on its way goes again with its own id,
    // which the store keeps once (xAPI 1.0.3: a statement it already holds, the same in every part, is not
    // stored again). What goes now is noted as sent: the page cannot learn otherwise, and a store that is
    // down as the page closes is the one case where the LMS misses it.
    finish: (record) => {
      callFor(record);
      void write('POST', 'statements', [
        ...unsent.map(({ statement }) => statement),
        cmi5Statement(launch, 'terminated'),
      ]);
      for (const { verb } of unsent) kept.sent[verb] = true;
      void save();
    },
  };
}
