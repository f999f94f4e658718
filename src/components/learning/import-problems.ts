import type { UiKey } from '../../i18n/t.ts';
import type { ProgressDocument } from '../../progress/document.ts';
import type { RecordProblem } from '../../progress/import-problem.ts';
import { formatDay } from './format-date.ts';
import type { LearningCatalogue } from './learning-catalogue.ts';

type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/** The most refused records named in one message; the rest are counted. */
export const MAX_NAMED_PROBLEMS = 10;

/** A value of a record kept by key, looked up so that a key such as `constructor` finds nothing. */
const ownValue = <T>(records: Record<string, T> | undefined, id: string): T | undefined =>
  records && Object.hasOwn(records, id) ? records[id] : undefined;

/** What the learner knows a record of a section by: the content's title where the site or the file has one, else its id. */
function itemName(
  part: string,
  id: string,
  attempt: number | undefined,
  document: ProgressDocument | undefined,
  catalogue: LearningCatalogue,
  t: Translate,
): string {
  const page = ownValue(catalogue.pages, id)?.title;
  switch (part) {
    case 'modules':
      return t('data.record.modules', { name: page ?? ownValue(document?.modules, id)?.title ?? id });
    case 'talks':
      return t('data.record.talks', { name: page ?? ownValue(document?.talks, id)?.title ?? id });
    case 'reflections':
      return t('data.record.reflections', { name: id });
    case 'cpd':
      return t('data.record.cpd', { name: ownValue(document?.cpd, id)?.activity || id });
    default: {
      const name = ownValue(catalogue.cpd.cases, id)?.title ?? id;
      return attempt === undefined
        ? t('data.record.caseAttempts', { name })
        : t('data.record.caseAttempt', { number: attempt + 1, name });
    }
  }
}

const SINGLE_RECORDS = ['lastPlace', 'learner', 'notices'] as const;
const SECTIONS = ['modules', 'talks', 'reflections', 'cpd', 'caseAttempts'];

/** The refused record's name in the learner's words, down to the question of an attempt. */
function recordName(
  { place }: RecordProblem,
  document: ProgressDocument | undefined,
  catalogue: LearningCatalogue,
  t: Translate,
): string {
  const { part, id, attempt, question } = place;
  const single = SINGLE_RECORDS.find((name) => name === part);
  const name = single
    ? t(`data.record.${single}`)
    : id !== undefined && SECTIONS.includes(part)
      ? itemName(part, id, attempt, document, catalogue, t)
      : t('data.record.part', { name: part });
  return question === undefined ? name : t('data.record.question', { record: name, question });
}

/** The figures a reason names, as the learner reads them: times as days, everything else as it is. */
function shown(values: RecordProblem['values'] = {}, lang: string): Record<string, string | number> {
  const time = values['time'];
  return typeof time === 'string' && !Number.isNaN(Date.parse(time))
    ? { ...values, time: formatDay(time, lang) }
    : values;
}

/**
 * One line for each refused record of an import, naming the record and saying in plain words why no page
 * of the site could have saved it; past `MAX_NAMED_PROBLEMS`, how many more there are.
 */
export function describeImportProblems(
  problems: readonly RecordProblem[],
  document: ProgressDocument | undefined,
  catalogue: LearningCatalogue,
  t: Translate,
  lang: string,
): string[] {
  const lines = problems.slice(0, MAX_NAMED_PROBLEMS).map((problem) =>
    t('data.problemLine', {
      record: recordName(problem, document, catalogue, t),
      reason: t(`data.reason.${problem.reason}`, shown(problem.values, lang)),
    }),
  );
  const more = problems.length - MAX_NAMED_PROBLEMS;
  return more > 0 ? [...lines, t('data.problemsMore', { count: more })] : lines;
}
