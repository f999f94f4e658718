import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../../i18n/island-t.ts';
import type { CpdEntryInput } from '../../progress/learner-updates.ts';
import { CPD_MINUTES, checkCpdEntry, type CpdEntryFields, type CpdFieldErrors } from './cpd-entry-form.ts';

interface Props {
  /** The entry being edited, or undefined to add a new one. */
  editing: { id: string; fields: CpdEntryFields } | undefined;
  onSave: (id: string | undefined, entry: CpdEntryInput) => void;
  onCancelEdit: () => void;
}

const blank: CpdEntryFields = { date: '', activity: '', minutes: '', notes: '' };
const ORDER = ['date', 'activity', 'minutes', 'notes'] as const;

/** Adds or edits one of the learner's own CPD entries; each error is tied to its field. */
export function CpdEntryForm({ editing, onSave, onCancelEdit }: Props) {
  const id = useId();
  const [fields, setFields] = useState<CpdEntryFields>(editing?.fields ?? blank);
  const [errors, setErrors] = useState<CpdFieldErrors>({});
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    setFields(editing?.fields ?? blank);
    setErrors({});
    if (editing) form.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [editing]);

  function submit(event: { preventDefault: () => void }) {
    event.preventDefault();
    const result = checkCpdEntry(fields);
    if (!result.ok) {
      setErrors(result.errors);
      const first = ORDER.find((name) => result.errors[name]);
      form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    onSave(editing?.id, result.entry);
    setFields(blank);
    setErrors({});
  }

  const field = (name: keyof CpdEntryFields, hint?: string) => {
    const error = errors[name];
    const describedBy = [hint && `${id}-${name}-hint`, error && `${id}-${name}-error`].filter(Boolean).join(' ');
    return {
      id: `${id}-${name}`,
      name,
      value: fields[name],
      onChange: (event: { currentTarget: { value: string } }) =>
        setFields({ ...fields, [name]: event.currentTarget.value }),
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy || undefined,
    };
  };
  const label = (name: keyof CpdEntryFields, text: string, hint?: string) => (
    <>
      <label htmlFor={`${id}-${name}`}>{text}</label>
      {hint && (
        <p id={`${id}-${name}-hint`} className="lp-hint">
          {hint}
        </p>
      )}
      {errors[name] && (
        <p id={`${id}-${name}-error`} className="lp-error">
          {t(errors[name])}
        </p>
      )}
    </>
  );

  return (
    <form ref={form} className="lp-form" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{editing ? t('cpd.form.editTitle') : t('cpd.form.addTitle')}</h3>
      <div className="lp-field">
        {label('date', t('cpd.form.date'))}
        <input type="date" required {...field('date')} />
      </div>
      <div className="lp-field">
        {label('activity', t('cpd.form.activity'), t('cpd.form.activityHint'))}
        <input type="text" required autoComplete="off" {...field('activity', t('cpd.form.activityHint'))} />
      </div>
      <div className="lp-field">
        {label('minutes', t('cpd.form.minutes'), t('cpd.form.minutesHint'))}
        <input
          type="number"
          inputMode="numeric"
          required
          min={CPD_MINUTES.min}
          max={CPD_MINUTES.max}
          step={1}
          {...field('minutes', t('cpd.form.minutesHint'))}
        />
      </div>
      <div className="lp-field">
        {label('notes', t('cpd.form.notes'))}
        <textarea rows={3} {...field('notes')} />
      </div>
      <div className="lp-actions">
        <button type="submit" className="lp-button">
          {editing ? t('cpd.form.save') : t('cpd.form.add')}
        </button>
        {editing && (
          <button type="button" className="lp-button lp-secondary" onClick={onCancelEdit}>
            {t('cpd.form.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
