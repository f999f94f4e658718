import type { Answer } from '../../../cases/attempt.ts';
import { countAtOrAbove, expertSpread } from '../../../cases/expert-views.ts';
import { t } from '../../../i18n/island-t.ts';
import type { CaseQuestion } from '../../../schemas/case.ts';
import { Html } from './Html.tsx';

interface Props {
  question: CaseQuestion;
  answer: Answer | null;
  earlierRating?: number | undefined;
}

/** Why each option is stronger or weaker, the model order, the expert range, or the model reflection. */
export function Feedback({ question, answer, earlierRating }: Props) {
  switch (question.kind) {
    case 'single':
    case 'multiple': {
      const chosen =
        answer?.kind === 'single' ? [answer.optionId] : answer?.kind === 'multiple' ? answer.optionIds : [];
      return (
        <ul className="cp-feedback">
          {question.options.map((option) => (
            <li key={option.id} className={option.correct ? 'cp-strong' : 'cp-weaker'}>
              <p>
                <strong>{option.correct ? t('player.strong') : t('player.weaker')}</strong>
                {chosen.includes(option.id) && <em> ({t('player.yourChoice')})</em>}:{' '}
                <Html as="span" html={option.text} />
              </p>
              <Html html={option.feedback} />
            </li>
          ))}
        </ul>
      );
    }
    case 'ranking': {
      const text = (id: string) => question.items.find((item) => item.id === id)?.text ?? id;
      return (
        <div className="cp-feedback">
          {answer?.kind === 'ranking' && (
            <>
              <p>
                <strong>{t('player.yourOrder')}</strong>
              </p>
              <ol>
                {answer.order.map((id) => (
                  <li key={id}>
                    <Html as="span" html={text(id)} />
                  </li>
                ))}
              </ol>
            </>
          )}
          <p>
            <strong>{t('player.modelOrder')}</strong>
          </p>
          <ol>
            {question.answer.map((id) => (
              <li key={id}>
                <Html as="span" html={text(id)} />
              </li>
            ))}
          </ol>
          <Html html={question.feedback} />
        </div>
      );
    }
    case 'rating': {
      const [low, high] = question.expertRange;
      return (
        <div className="cp-feedback">
          {answer?.kind === 'rating' && (
            <p>{t('player.yourRating', { value: answer.value, min: question.scale.min, max: question.scale.max })}</p>
          )}
          {earlierRating !== undefined && <p>{t('player.earlierRating', { value: earlierRating })}</p>}
          <p>
            <strong>{t('player.expertRange', { low, high, source: question.expertSource })}</strong>
          </p>
          <ExpertSpread views={question.expertViews} low={low} />
          <Html html={question.feedback} />
        </div>
      );
    }
    case 'reflection':
      return (
        <div className="cp-feedback">
          {answer?.kind === 'reflection' && (
            <>
              <p>
                <strong>{t('player.yourReflection')}</strong>
              </p>
              {/* The learner's own words: rendered as text, never as HTML. */}
              <p className="cp-learner-text">{answer.text}</p>
            </>
          )}
          {question.modelAnswer && (
            <>
              <p>
                <strong>{t('player.modelAnswer')}</strong>
              </p>
              <Html html={question.modelAnswer} />
            </>
          )}
        </div>
      );
  }
}

/** The spread of expert views, where the case gives one: "Of 10 experts, 8 rated this 6 or higher." */
function ExpertSpread({ views, low }: { views: Record<string, number> | undefined; low: number }) {
  const spread = expertSpread(views);
  if (spread.total === 0) return null;
  return (
    <>
      <p>{t('player.expertSpread', { total: spread.total, above: countAtOrAbove(spread.views, low), low })}</p>
      <ul className="cp-spread">
        {spread.views.map(({ value, count }) => (
          <li key={value}>{t('player.expertCount', { value, count })}</li>
        ))}
      </ul>
    </>
  );
}
