import type { LaunchData, LaunchParameters } from '@xapi/cmi5';

// The cmi5-defined statements a course sends after initialized, built as @xapi/cmi5 builds them (its
// builders are not exported): the LMS's context template, the registration, the cmi5 category, and the
// moveOn category on completed, passed and failed. They are built here so that the launch page can send
// them itself, with `keepalive`, in one ordered batch with terminated as the page closes: the library's
// own requests are cancelled with the page.

/** What a cmi5 launch gave the page: its parameters, the LMS's launch data, and when it initialized. */
export interface Cmi5Launch {
  parameters: LaunchParameters;
  data: LaunchData;
  initialized: Date;
}

export type Cmi5Verb = 'completed' | 'passed' | 'failed' | 'terminated';

export interface Statement {
  id: string;
  verb: { id: string; display: Record<string, string> };
  [property: string]: unknown;
}

const CATEGORIES = 'https://w3id.org/xapi/cmi5/context/categories/';
const MASTERY_SCORE = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

/** ISO 8601 duration, to the hundredth of a second, as the statements' `result.duration`. */
const duration = (milliseconds: number) => `PT${Math.round(milliseconds / 10) / 100}S`;

/** The statement for `verb`, with the course's scaled score (0 to 1) where passed or failed has one. */
export function cmi5Statement(launch: Cmi5Launch, verb: Cmi5Verb, scaled?: number, now = new Date()): Statement {
  const { actor, activityId, registration } = launch.parameters;
  const { contextTemplate: template, masteryScore } = launch.data;
  const moveOn = verb !== 'terminated';
  const judged = verb === 'passed' || verb === 'failed';
  const result = {
    ...(verb === 'completed' && { completion: true }),
    ...(judged && scaled !== undefined && { score: { scaled } }),
    ...(judged && { success: verb === 'passed' }),
    duration: duration(now.getTime() - launch.initialized.getTime()),
  };
  const category = [
    ...(template.contextActivities?.category ?? []),
    { id: `${CATEGORIES}cmi5` },
    ...(moveOn ? [{ id: `${CATEGORIES}moveon` }] : []),
  ];
  const extensions = {
    ...template.extensions,
    ...(judged && masteryScore !== undefined && { [MASTERY_SCORE]: masteryScore }),
  };
  return {
    id: crypto.randomUUID(),
    actor,
    verb: { id: `http://adlnet.gov/expapi/verbs/${verb}`, display: { 'en-US': verb } },
    object: { objectType: 'Activity', id: activityId },
    result,
    context: { ...template, registration, contextActivities: { ...template.contextActivities, category }, extensions },
    timestamp: now.toISOString(),
  };
}
