import { useId } from 'react';
import { CONFIDENCE_LEVELS } from '../../../cases/attempt.ts';
import { t } from '../../../i18n/island-t.ts';

/** The confidence a learner states for a judgement, 50% to 100%, as a group of radio buttons. */
export function ConfidencePicker({ value, onChange }: { value: number | null; onChange: (value: number) => void }) {
  const name = useId();
  return (
    <fieldset className="cp-confidence">
      <legend>{t('player.confidence')}</legend>
      <p className="cp-hint">{t('player.confidenceHint')}</p>
      <div className="cp-scale">
        {CONFIDENCE_LEVELS.map((level) => (
          <label key={level}>
            <input type="radio" name={name} value={level} checked={value === level} onChange={() => onChange(level)} />
            {level}%
          </label>
        ))}
      </div>
    </fieldset>
  );
}
