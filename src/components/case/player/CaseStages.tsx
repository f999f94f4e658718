import { useEffect, useRef, useState } from 'react';
import { canAdvance, isStageComplete, responseTo, type CaseAttempt } from '../../../cases/attempt.ts';
import { judgementTrail } from '../../../cases/scoring.ts';
import { t } from '../../../i18n/island-t.ts';
import type { CaseStudy } from '../../../schemas/case.ts';
import { AnsweredQuestion } from './AnsweredQuestion.tsx';
import { Html } from './Html.tsx';
import { QuestionForm } from './QuestionForm.tsx';
import type { CaseSession } from './use-case-session.ts';

interface Props {
  study: CaseStudy;
  attempt: CaseAttempt;
  session: CaseSession;
  links: Record<string, { href: string; title: string }>;
}

/** The learner's rating on the rating question before this one, if they gave one: how their view moved. */
function earlierRatingOf(study: CaseStudy, attempt: CaseAttempt, questionId: string): number | undefined {
  const trail = judgementTrail(study, attempt);
  const index = trail.findIndex((point) => point.questionId === questionId);
  return trail
    .slice(0, Math.max(index, 0))
    .map((point) => point.value)
    .filter((value): value is number => value !== null)
    .at(-1);
}

/** The stages revealed so far: earlier ones locked with their feedback, the current one open to answer. */
export function CaseStages({ study, attempt, session, links }: Props) {
  const [lastAnswered, setLastAnswered] = useState<string>();
  const stageHeadings = useRef<(HTMLHeadingElement | null)[]>([]);
  useEffect(() => {
    // On starting or resuming, and whenever new information arrives, take the learner (and their screen
    // reader) to the current stage: the button they pressed has gone.
    stageHeadings.current[attempt.revealedStages - 1]?.focus();
  }, [attempt.revealedStages]);

  let number = 0;
  const current = attempt.revealedStages - 1;
  const isLast = current === study.stages.length - 1;
  return (
    <div className="cp-stages">
      {study.stages.slice(0, attempt.revealedStages).map((stage, index) => (
        <section key={stage.id} className="cp-stage" aria-labelledby={`cp-stage-${stage.id}`}>
          <h3 id={`cp-stage-${stage.id}`} tabIndex={-1} ref={(el) => void (stageHeadings.current[index] = el)}>
            {t('player.stageOf', { number: index + 1, count: study.stages.length, title: stage.title })}
          </h3>
          <Html html={stage.narrative} className="prose" />
          {stage.questions.map((question) => {
            number += 1;
            const response = responseTo(attempt, question.id);
            if (response) {
              return (
                <AnsweredQuestion
                  key={question.id}
                  question={question}
                  number={number}
                  response={response}
                  earlierRating={earlierRatingOf(study, attempt, question.id)}
                  learnMore={links[question.id]}
                  focusOnShow={lastAnswered === question.id}
                />
              );
            }
            return index === current ? (
              <QuestionForm
                key={question.id}
                question={question}
                number={number}
                onAnswer={(answer, confidence) => {
                  setLastAnswered(question.id);
                  session.answer(question.id, answer, confidence);
                }}
                onSkip={() => {
                  setLastAnswered(question.id);
                  session.skip(question.id);
                }}
              />
            ) : null;
          })}
        </section>
      ))}
      <div className="cp-actions">
        {canAdvance(study, attempt) && (
          <button type="button" className="cp-primary" onClick={session.advance}>
            {t('player.continue')}
          </button>
        )}
        {isLast && isStageComplete(study, attempt, current) && (
          <button type="button" className="cp-primary" onClick={session.finish}>
            {t('player.finish')}
          </button>
        )}
        <button type="button" onClick={session.close}>
          {t('player.leave')}
        </button>
      </div>
      <p className="cp-hint">{t('player.leaveHint')}</p>
    </div>
  );
}
