import { LIMITS } from '../../progress/records.ts';
import type { CpdEntryInput } from '../../progress/learner-updates.ts';
import type { UiKey } from '../../i18n/t.ts';

/** What the learner typed, as the form's fields hold it. */
export interface CpdEntryFields {
  date: string;
  activity: string;
  minutes: string;
  notes: string;
}

export type CpdFieldErrors = Partial<Record<keyof CpdEntryFields, UiKey>>;

/** The range of minutes one entry may record: a working day is 480, so 10,000 only stops typing slips. */
export const CPD_MINUTES = { min: 1, max: 10_000 } as const;

const isRealDay = (text: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
};

/** Checks a CPD entry the learner wrote; every problem is named against its field. */
export function checkCpdEntry(
  fields: CpdEntryFields,
): { ok: true; entry: CpdEntryInput } | { ok: false; errors: CpdFieldErrors } {
  const errors: CpdFieldErrors = {};
  const date = fields.date.trim();
  const activity = fields.activity.trim();
  const minutesText = fields.minutes.trim();
  const minutes = Number(minutesText);
  if (!isRealDay(date)) errors.date = 'cpd.form.error.date';
  if (activity === '') errors.activity = 'cpd.form.error.activity';
  else if (activity.length > LIMITS.title) errors.activity = 'cpd.form.error.activityLong';
  if (!/^\d+$/.test(minutesText) || minutes < CPD_MINUTES.min || minutes > CPD_MINUTES.max)
    errors.minutes = 'cpd.form.error.minutes';
  if (fields.notes.length > LIMITS.note) errors.notes = 'cpd.form.error.notesLong';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, entry: { date, activity, minutes, notes: fields.notes.trim() } };
}
