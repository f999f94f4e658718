import { useId } from 'react';
import type { Answer } from '../../../cases/attempt.ts';
import { t } from '../../../i18n/island-t.ts';
import type { CaseQuestion } from '../../../schemas/case.ts';
import { Html } from './Html.tsx';
import { RankingInput } from './RankingInput.tsx';

interface Props {
  question: CaseQuestion;
  answer: Answer | null;
  onChange: (answer: Answer) => void;
}

/** The inputs for one kind of question: radios, checkboxes, a ranking, a rating scale or a text box. */
export function AnswerInput({ question, answer, onChange }: Props) {
  const name = useId();
  switch (question.kind) {
    case 'single':
      return (
        <div className="cp-options">
          {question.options.map((option) => (
            <label key={option.id}>
              <input
                type="radio"
                name={name}
                checked={answer?.kind === 'single' && answer.optionId === option.id}
                onChange={() => onChange({ kind: 'single', optionId: option.id })}
              />
              <Html as="span" html={option.text} />
            </label>
          ))}
        </div>
      );
    case 'multiple': {
      const chosen = answer?.kind === 'multiple' ? answer.optionIds : [];
      const toggle = (id: string) =>
        onChange({
          kind: 'multiple',
          optionIds: chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id],
        });
      return (
        <div className="cp-options">
          {question.options.map((option) => (
            <label key={option.id}>
              <input type="checkbox" checked={chosen.includes(option.id)} onChange={() => toggle(option.id)} />
              <Html as="span" html={option.text} />
            </label>
          ))}
        </div>
      );
    }
    case 'ranking':
      return (
        <RankingInput
          items={question.items}
          order={answer?.kind === 'ranking' ? answer.order : question.items.map((i) => i.id)}
          onChange={(order) => onChange({ kind: 'ranking', order })}
        />
      );
    case 'rating': {
      const { min, max, minLabel, maxLabel } = question.scale;
      return (
        <div className="cp-rating">
          <span className="cp-rating-end">
            {min}: {minLabel}
          </span>
          <div className="cp-scale">
            {Array.from({ length: max - min + 1 }, (_, i) => min + i).map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name={name}
                  checked={answer?.kind === 'rating' && answer.value === value}
                  onChange={() => onChange({ kind: 'rating', value })}
                />
                {value}
              </label>
            ))}
          </div>
          <span className="cp-rating-end">
            {max}: {maxLabel}
          </span>
        </div>
      );
    }
    case 'reflection':
      return (
        <label className="cp-reflection">
          {t('player.reflectionLabel')}
          <textarea
            rows={5}
            maxLength={20_000}
            value={answer?.kind === 'reflection' ? answer.text : ''}
            onChange={(event) => onChange({ kind: 'reflection', text: event.target.value })}
          />
        </label>
      );
  }
}
