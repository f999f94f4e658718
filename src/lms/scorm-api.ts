import type { CourseRecord } from './course-record.ts';
import { SCORM12_SUSPEND_LIMIT } from './suspend-data.ts';
import type { LaunchData, LmsSession } from './lms-session.ts';

// The LMS's side of SCORM, as a launched package finds it: an object named `API` (SCORM 1.2) or
// `API_1484_11` (SCORM 2004) on a window above the package's frame, or on the window that opened it.
// Both editions are spoken through one small session, so the launch page knows nothing of either.

export type ScormEdition = 'scorm12' | 'scorm2004';

/** An LMS's API object: its methods are named by the edition (`LMSInitialize` or `Initialize`…). */
type ScormApi = Record<string, (...values: string[]) => unknown>;

/** How far up the frames the search goes, as ADL's own finder does. */
const MOST_FRAMES = 7;

function apiOn(frame: Window, name: string): unknown {
  try {
    return (frame as unknown as Record<string, unknown>)[name];
  } catch {
    // A frame of another origin: not the LMS's API, which must share the package's origin.
    return undefined;
  }
}

/** The LMS's API, from this frame up, then from the window that opened it; `undefined` outside an LMS. */
export function findApi(edition: ScormEdition, start: Window = window): object | undefined {
  const name = EDITIONS[edition].api;
  const search = (from: Window | null): object | undefined => {
    for (let frame = from, step = 0; frame && step <= MOST_FRAMES; step++) {
      const api = apiOn(frame, name);
      if (api && typeof api === 'object') return api;
      if (frame.parent === frame) break;
      frame = frame.parent;
    }
    return undefined;
  };
  return search(start) ?? search(start.opener as Window | null);
}

/** Rounded first, so that 59.999 s is a minute, never "60.00" seconds. */
const toHundredths = (seconds: number) => Math.round(Math.max(0, seconds) * 100) / 100;
const twoDigits = (value: number) => String(value).padStart(2, '0');

/** SCORM 1.2's CMITimespan: `HHHH:MM:SS.SS`. */
export function scorm12Time(seconds: number): string {
  const whole = toHundredths(seconds);
  const hours = Math.min(9999, Math.floor(whole / 3600));
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = (whole % 60).toFixed(2).padStart(5, '0');
  return `${String(hours).padStart(4, '0')}:${twoDigits(minutes)}:${rest}`;
}

/** SCORM 2004's timeinterval, an ISO 8601 duration: `PT1H2M3.5S`. */
export function scorm2004Time(seconds: number): string {
  const whole = toHundredths(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = Math.round((whole % 60) * 100) / 100;
  return `PT${hours}H${minutes}M${rest}S`;
}

/** What each edition calls its methods and the data model's elements, and how it reports a record. */
interface Edition {
  api: string;
  methods: Record<'initialize' | 'get' | 'set' | 'commit' | 'finish', string>;
  launch: Record<keyof LaunchData, string>;
  /** The most characters `cmi.suspend_data` holds. */
  limit: number;
  record: (record: CourseRecord) => [string, string][];
  end: (seconds: number) => [string, string][];
}

const score = (prefix: string, record: CourseRecord): [string, string][] =>
  record.percent === null
    ? []
    : [
        [`${prefix}.min`, '0'],
        [`${prefix}.max`, '100'],
        [`${prefix}.raw`, String(record.percent)],
      ];

const EDITIONS: Record<ScormEdition, Edition> = {
  scorm12: {
    api: 'API',
    limit: SCORM12_SUSPEND_LIMIT,
    methods: {
      initialize: 'LMSInitialize',
      get: 'LMSGetValue',
      set: 'LMSSetValue',
      commit: 'LMSCommit',
      finish: 'LMSFinish',
    },
    launch: {
      learnerId: 'cmi.core.student_id',
      suspendData: 'cmi.suspend_data',
      location: 'cmi.core.lesson_location',
    },
    // SCORM 1.2 has one status for both: passed or failed once the course is complete.
    record: (record) => [
      [
        'cmi.core.lesson_status',
        !record.completed ? 'incomplete' : record.passed === null ? 'completed' : record.passed ? 'passed' : 'failed',
      ],
      ...score('cmi.core.score', record),
    ],
    // Always suspend, even once complete: many LMSs answer a normal exit with a new attempt and empty
    // suspend data, and a learner who comes back to a finished course should find it as they left it.
    end: (seconds) => [
      ['cmi.core.session_time', scorm12Time(seconds)],
      ['cmi.core.exit', 'suspend'],
    ],
  },
  scorm2004: {
    api: 'API_1484_11',
    limit: 64_000,
    methods: { initialize: 'Initialize', get: 'GetValue', set: 'SetValue', commit: 'Commit', finish: 'Terminate' },
    launch: {
      learnerId: 'cmi.learner_id',
      suspendData: 'cmi.suspend_data',
      location: 'cmi.location',
    },
    record: (record) => [
      ['cmi.completion_status', record.completed ? 'completed' : 'incomplete'],
      ['cmi.success_status', record.passed === null ? 'unknown' : record.passed ? 'passed' : 'failed'],
      ['cmi.progress_measure', String(Math.round(record.progress * 100) / 100)],
      ...score('cmi.score', record),
      ...(record.percent === null ? [] : [['cmi.score.scaled', String(record.percent / 100)] as [string, string]]),
    ],
    end: (seconds) => [
      ['cmi.session_time', scorm2004Time(seconds)],
      ['cmi.exit', 'suspend'],
    ],
  },
};

function session(edition: ScormEdition, api: ScormApi): LmsSession | undefined {
  const { methods, launch, limit, record: values, end } = EDITIONS[edition];
  const call = (method: string, ...args: string[]) => api[method]?.(...args);
  // Some LMSs answer with a boolean rather than the string SCORM names.
  const succeeded = (method: string, ...args: string[]) => String(call(method, ...args)) === 'true';
  if (!succeeded(methods.initialize, '')) return undefined;
  const get = (element: string) => {
    const value = call(methods.get, element);
    return typeof value === 'string' ? value : '';
  };
  /** Sets every value, even after one is refused (so the record is not lost to a refused score), then commits. */
  const set = (pairs: [string, string][]) => {
    const refused = pairs.filter(([element, value]) => !succeeded(methods.set, element, value));
    return succeeded(methods.commit, '') && refused.length === 0;
  };
  return {
    limit,
    launch: {
      learnerId: get(launch.learnerId),
      suspendData: get(launch.suspendData),
      location: get(launch.location),
    },
    // The record for resuming goes first: it is what a refusal must not cost.
    report: (record, suspendData, place) =>
      set([[launch.suspendData, suspendData], [launch.location, place], ...values(record)]),
    finish: (_, seconds) => {
      set(end(seconds));
      call(methods.finish, '');
    },
  };
}

/** Starts a session with the LMS's API, or `undefined` when there is none or it refuses to start. */
export function startScormSession(edition: ScormEdition, start: Window = window): LmsSession | undefined {
  const api = findApi(edition, start);
  return api ? session(edition, api as ScormApi) : undefined;
}
