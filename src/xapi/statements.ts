import { fnv1a32 } from '../utils/fnv1a32.ts';
import { activityId } from './activity-ids.ts';

// The xAPI statements the open site sends, once a learner has chosen to, about what they complete:
// registered ADL verbs and activity types only, activities named by ids made from content ids, and a
// statement id made from what it records, so sending one twice (two tabs, a retry) stores it once.

/** What a learner did, as the page that saw it tells it. */
export type LearningEvent =
  | { kind: 'module'; courseId: string; moduleId: string; title: string; at: string }
  | { kind: 'talk'; talkId: string; title: string; at: string }
  | {
      kind: 'case';
      caseId: string;
      title: string;
      attemptId: string;
      /** The module the case is in, from the site's root (`courses/x/y/`). */
      modulePath: string;
      percent: number;
      passed: boolean;
      /** How well confidence matched accuracy: judgements counted, Brier score, mean confidence and accuracy. */
      calibration: { count: number; brier: number | null; meanConfidence: number | null; accuracy: number | null };
      /** The learner's own words in the case's reflections: sent only if they chose to send them. */
      reflections: { question: string; text: string }[];
      at: string;
    };

/** Who is sending, and where the statements name things. */
export interface StatementContext {
  learner: { name: string; email: string };
  activityBase: string;
  /** The site's name, as the statements' platform. */
  platform: string;
  includeReflections: boolean;
}

const VERBS = {
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-GB': 'completed' } },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-GB': 'passed' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'en-GB': 'failed' } },
} as const;

const TYPES = {
  course: 'http://adlnet.gov/expapi/activities/course',
  module: 'http://adlnet.gov/expapi/activities/module',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  media: 'http://adlnet.gov/expapi/activities/media',
} as const;

/** A UUID made from `text` (version 8, "custom"): the same text gives the same id in every browser. */
export function statementId(text: string): string {
  const hex = [0, 1, 2, 3].map((part) => fnv1a32(`${part}:${text}`)).join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const activity = (base: string, path: string, type: string, name: string) => ({
  objectType: 'Activity',
  id: activityId(base, path),
  definition: { type, name: { 'en-GB': name } },
});

/** The statement that records `event`. */
export function statementFor(event: LearningEvent, context: StatementContext): Record<string, unknown> {
  const { activityBase: base } = context;
  const common = {
    actor: { objectType: 'Agent', name: context.learner.name, mbox: `mailto:${context.learner.email}` },
    timestamp: event.at,
  };
  const platform = { platform: context.platform, language: 'en-GB' };
  switch (event.kind) {
    case 'module':
      return {
        id: statementId(`module:${event.moduleId}:${event.at}`),
        ...common,
        verb: VERBS.completed,
        object: activity(base, `courses/${event.courseId}/${event.moduleId}/`, TYPES.module, event.title),
        result: { completion: true },
        context: {
          ...platform,
          contextActivities: {
            parent: [{ objectType: 'Activity', id: activityId(base, `courses/${event.courseId}/`) }],
          },
        },
      };
    case 'talk':
      return {
        id: statementId(`talk:${event.talkId}:${event.at}`),
        ...common,
        verb: VERBS.completed,
        object: activity(base, `talks/${event.talkId}/`, TYPES.media, event.title),
        result: { completion: true },
        context: platform,
      };
    case 'case': {
      const extensions: Record<string, unknown> = { [activityId(base, 'xapi/calibration')]: event.calibration };
      if (context.includeReflections && event.reflections.length > 0)
        extensions[activityId(base, 'xapi/reflections')] = event.reflections;
      return {
        id: statementId(`case:${event.caseId}:${event.attemptId}`),
        ...common,
        verb: event.passed ? VERBS.passed : VERBS.failed,
        object: activity(base, `cases/${event.caseId}/`, TYPES.assessment, event.title),
        result: {
          score: { scaled: event.percent / 100, raw: event.percent, min: 0, max: 100 },
          success: event.passed,
          completion: true,
          extensions,
        },
        context: {
          ...platform,
          contextActivities: { parent: [{ objectType: 'Activity', id: activityId(base, event.modulePath) }] },
        },
      };
    }
  }
}
