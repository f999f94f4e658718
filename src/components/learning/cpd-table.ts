import type { CpdLine } from '../../progress/cpd.ts';
import type { UiKey } from '../../i18n/t.ts';

type Translate = (key: UiKey) => string;

/** Column headings of the CPD record, in the order of `cpdCsv`'s columns. */
export const cpdHeaders = (t: Translate): [string, string, string, string, string] => [
  t('cpd.column.date'),
  t('cpd.column.activity'),
  t('cpd.column.type'),
  t('cpd.column.minutes'),
  t('cpd.column.notes'),
];

/** What each kind of line is called in the learner's language. */
export const cpdKindNames = (t: Translate): Record<CpdLine['kind'], string> => ({
  module: t('cpd.kind.module'),
  case: t('cpd.kind.case'),
  talk: t('cpd.kind.talk'),
  own: t('cpd.kind.own'),
});

export const cpdTotalMinutes = (lines: readonly CpdLine[]) => lines.reduce((sum, line) => sum + line.minutes, 0);
