import { isOnEarlierVersion } from '../../../cases/attempt.ts';
import { scoreAttempt } from '../../../cases/scoring.ts';
import { bestAndLatestLine } from './attempt-summary.ts';
import { t } from '../../../i18n/island-t.ts';
import type { CaseStudy } from '../../../schemas/case.ts';
import { Html } from './Html.tsx';
import type { CaseSession } from './use-case-session.ts';

const day = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** Before the case: how it works, the family's introduction, and the learner's earlier attempts. */
export function CaseIntro({ study, session }: { study: CaseStudy; session: CaseSession }) {
  const { attempts } = session;
  const inProgress = attempts.filter((a) => a.completedAt === null && !isOnEarlierVersion(study, a)).at(-1);
  const completed = attempts.filter((a) => a.completedAt !== null);
  const summary = bestAndLatestLine(study, attempts);
  return (
    <div className="cp-intro">
      <p>{t('player.howItWorks')}</p>
      <Html html={study.introduction} className="prose" />
      {summary && <p className="cp-meta">{summary}</p>}
      {inProgress && <p>{t('player.inProgress', { date: day(inProgress.startedAt) })}</p>}
      <div className="cp-actions">
        {inProgress ? (
          <button
            type="button"
            className="cp-primary"
            onClick={() => session.open(inProgress.id)}
            disabled={!session.ready}
          >
            {t('player.resume')}
          </button>
        ) : (
          <button type="button" className="cp-primary" onClick={session.start} disabled={!session.ready}>
            {completed.length ? t('player.startAgain') : t('player.start')}
          </button>
        )}
      </div>
      {completed.length > 0 && (
        <details className="cp-attempts">
          <summary>{t('player.attempts')}</summary>
          <ul>
            {completed.map((attempt) => (
              <li key={attempt.id}>
                {t('player.attemptRow', {
                  date: day(attempt.completedAt ?? attempt.startedAt),
                  percent: scoreAttempt(study, attempt).percent,
                })}
                {isOnEarlierVersion(study, attempt) && ` (${t('player.earlierVersion')})`}{' '}
                <button type="button" className="cp-link" onClick={() => session.open(attempt.id)}>
                  {t('player.review')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
