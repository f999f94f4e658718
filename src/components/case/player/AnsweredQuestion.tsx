import { useEffect, useRef } from 'react';
import type { QuestionResponse } from '../../../cases/attempt.ts';
import { scoreQuestion } from '../../../cases/scoring.ts';
import { t } from '../../../i18n/island-t.ts';
import type { CaseQuestion } from '../../../schemas/case.ts';
import { localAddress } from '../../../utils/routes.ts';
import { Feedback } from './Feedback.tsx';
import { Html } from './Html.tsx';

interface Props {
  question: CaseQuestion;
  number: number;
  response: QuestionResponse;
  /** The learner's rating on an earlier rating question in this attempt, to show how their view moved. */
  earlierRating?: number | undefined;
  learnMore?: { href: string; title: string } | undefined;
  /** Move focus here: the learner has just answered, and a screen reader should read the feedback next. */
  focusOnShow: boolean;
}

const formatScore = (score: number) => (Number.isInteger(score) ? `${score} of 1` : `${score.toFixed(2)} of 1`);

/** A question already answered or skipped: locked, with the learner's answer and the feedback on it. */
export function AnsweredQuestion({ question, number, response, earlierRating, learnMore, focusOnShow }: Props) {
  const heading = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow]);
  const score = scoreQuestion(question, response.answer);
  return (
    <section className="cp-answered" aria-labelledby={`${question.id}-answered`}>
      <p className="cp-kind" id={`${question.id}-answered`} ref={heading} tabIndex={-1}>
        {t('case.question', { number })} · {t(`kind.${question.kind}`)}
      </p>
      <Html html={question.prompt} className="cp-prompt" />
      {response.answer === null ? (
        <p>{t('player.skipped')}</p>
      ) : (
        <p className="cp-meta">
          {response.confidence !== null && t('player.yourConfidence', { confidence: response.confidence })}
          {score !== null && ` · ${t('player.questionScore', { score: formatScore(score) })}`}
        </p>
      )}
      <Feedback question={question} answer={response.answer} earlierRating={earlierRating} />
      {learnMore && (
        <p>
          <a href={localAddress(learnMore.href)}>
            {t('case.learnMore')}: {learnMore.title}
          </a>
        </p>
      )}
    </section>
  );
}
