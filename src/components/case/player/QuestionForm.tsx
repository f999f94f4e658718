import { useId, useState, type SubmitEvent } from 'react';
import { isScored, type Answer } from '../../../cases/attempt.ts';
import { t } from '../../../i18n/island-t.ts';
import type { CaseQuestion } from '../../../schemas/case.ts';
import { AnswerInput } from './AnswerInput.tsx';
import { ConfidencePicker } from './ConfidencePicker.tsx';
import { Html } from './Html.tsx';

/** The first draft of an answer: nothing chosen yet, or the items in their written order. */
function emptyAnswer(question: CaseQuestion): Answer | null {
  return question.kind === 'ranking' ? { kind: 'ranking', order: question.items.map((i) => i.id) } : null;
}

/** Why the answer cannot be submitted yet, if it cannot. */
function missing(question: CaseQuestion, answer: Answer | null, confidence: number | null): string | undefined {
  if (question.kind === 'reflection')
    return answer?.kind === 'reflection' && answer.text.trim() ? undefined : t('player.needText');
  const empty = !answer || (answer.kind === 'multiple' && answer.optionIds.length === 0);
  if (empty) return t('player.needAnswer');
  return confidence === null ? t('player.needConfidence') : undefined;
}

interface Props {
  question: CaseQuestion;
  number: number;
  onAnswer: (answer: Answer, confidence: number | null) => void;
  onSkip: () => void;
}

/** One unanswered question: a fieldset with its inputs, the confidence asked of every scored judgement, submit and skip. */
export function QuestionForm({ question, number, onAnswer, onSkip }: Props) {
  const [answer, setAnswer] = useState<Answer | null>(() => emptyAnswer(question));
  const [confidence, setConfidence] = useState<number | null>(null);
  const [error, setError] = useState<string>();
  const errorId = useId();
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = missing(question, answer, confidence);
    setError(problem);
    if (!problem && answer) onAnswer(answer, isScored(question) ? confidence : null);
  };
  return (
    <form className="cp-question" onSubmit={submit} noValidate aria-describedby={error ? errorId : undefined}>
      <fieldset>
        <legend>
          <span className="cp-kind">
            {t('case.question', { number })} · {t(`kind.${question.kind}`)}
          </span>
          <Html html={question.prompt} className="cp-prompt" />
        </legend>
        <AnswerInput question={question} answer={answer} onChange={setAnswer} />
      </fieldset>
      {isScored(question) && <ConfidencePicker value={confidence} onChange={setConfidence} />}
      {error && (
        <p id={errorId} className="cp-error" role="alert">
          {error}
        </p>
      )}
      <div className="cp-actions">
        <button type="submit" className="cp-primary">
          {question.kind === 'reflection' ? t('player.saveReflection') : t('player.submit')}
        </button>
        <button type="button" onClick={onSkip}>
          {t('player.skip')}
        </button>
      </div>
    </form>
  );
}
