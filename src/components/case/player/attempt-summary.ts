import type { CaseAttempt } from '../../../cases/attempt.ts';
import { bestAndLatest, scoreAttempt } from '../../../cases/scoring.ts';
import { t } from '../../../i18n/island-t.ts';
import type { CaseStudy } from '../../../schemas/case.ts';

/** "Best attempt: 80% · Latest attempt: 70%", or undefined before any attempt is finished. */
export function bestAndLatestLine(study: CaseStudy, attempts: CaseAttempt[]): string | undefined {
  const { best, latest } = bestAndLatest(study, attempts);
  if (!best || !latest) return undefined;
  const percent = (attempt: CaseAttempt) => scoreAttempt(study, attempt).percent;
  return `${t('player.best', { percent: percent(best) })} · ${t('player.latest', { percent: percent(latest) })}`;
}
