import { useEffect, useRef } from 'react';
import { isOnEarlierVersion, type CaseAttempt } from '../../../cases/attempt.ts';
import { calibrate, calibrationPoints } from '../../../cases/calibration.ts';
import { judgementTrail, scoreAttempt } from '../../../cases/scoring.ts';
import { t } from '../../../i18n/island-t.ts';
import type { CaseStudy } from '../../../schemas/case.ts';
import { CalibrationSummary } from './CalibrationSummary.tsx';
import type { ModuleInfo } from '../../../progress/updates.ts';
import { whenStore } from '../../../xapi/store-meta.ts';
import type { CaseSession } from './use-case-session.ts';

/** The end of a case: score per stage and overall, how the learner's judgement moved, and their calibration. */
export function CaseResults({
  study,
  attempt,
  session,
}: {
  study: CaseStudy;
  attempt: CaseAttempt;
  session: CaseSession;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const score = scoreAttempt(study, attempt);
  useEffect(() => {
    heading.current?.focus();
    // Passing the case completes its module: the page's progress script listens for this.
    if (score.passed) heading.current?.dispatchEvent(new Event('triangulate:case-passed', { bubbles: true }));
    // On a module page, for the organisation's store if the learner chose to send (once an attempt: the
    // statement's id is made from the attempt's).
    const module = document.querySelector<HTMLElement>('[data-module]')?.dataset['module'];
    if (module) whenStore((recorder) => recorder.recordCaseAttempt(study, attempt, JSON.parse(module) as ModuleInfo));
  }, [score.passed, study, attempt]);
  const trail = judgementTrail(study, attempt);
  return (
    <div className="cp-results">
      <h3 ref={heading} tabIndex={-1}>
        {t('player.resultsTitle')}
      </h3>
      {isOnEarlierVersion(study, attempt) && <p className="cp-hint">({t('player.earlierVersion')})</p>}
      <p className="cp-overall">
        {t('player.overall', { percent: score.percent, passMark: score.passMark })}{' '}
        <strong>{score.passed ? t('player.passed') : t('player.notPassed')}</strong>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('player.stage')}</th>
            <th scope="col">{t('player.score')}</th>
          </tr>
        </thead>
        <tbody>
          {score.stages.map((stage) => (
            <tr key={stage.stageId}>
              <th scope="row">{stage.title}</th>
              <td>{stage.percent === null ? t('player.notScored') : `${stage.percent}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {trail.length > 0 && (
        <>
          <h4>{t('player.trailTitle')}</h4>
          <p>{t('player.trailIntro')}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('player.stage')}</th>
                <th scope="col">{t('player.trailRating')}</th>
                <th scope="col">{t('player.trailRange')}</th>
              </tr>
            </thead>
            <tbody>
              {trail.map((point) => (
                <tr key={point.questionId}>
                  <th scope="row">{point.stageTitle}</th>
                  <td>{point.value ?? t('player.noRating')}</td>
                  <td>
                    {point.expertRange[0]}–{point.expertRange[1]}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h4>{t('player.calibrationTitle')}</h4>
      <CalibrationSummary calibration={calibrate(calibrationPoints(study, attempt))} />

      <div className="cp-actions">
        <button type="button" className="cp-primary" onClick={session.start}>
          {t('player.startAgain')}
        </button>
        <button type="button" onClick={session.close}>
          {t('player.back')}
        </button>
      </div>
    </div>
  );
}
