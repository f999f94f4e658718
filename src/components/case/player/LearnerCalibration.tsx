import { useEffect, useState } from 'react';
import type { CaseAttempt } from '../../../cases/attempt.ts';
import { calibrate, calibrationPoints } from '../../../cases/calibration.ts';
import { bestAndLatestLine } from './attempt-summary.ts';
import { provideStrings, t } from '../../../i18n/island-t.ts';
import type { UiStrings } from '../../../i18n/t.ts';
import { progressStore } from '../../../progress/browser-store.ts';
import type { CaseStudy } from '../../../schemas/case.ts';
import { CalibrationSummary } from './CalibrationSummary.tsx';

interface Props {
  cases: { study: CaseStudy; href: string }[];
  strings: UiStrings;
}

/** Every case the learner has practised on this device, and how well their confidence matched across all of them. */
export default function LearnerCalibration({ cases, strings }: Props) {
  provideStrings(strings);
  const [attempts, setAttempts] = useState<Record<string, CaseAttempt[]>>();
  useEffect(() => {
    const { attempts: store } = progressStore();
    const load = () => setAttempts(Object.fromEntries(cases.map(({ study }) => [study.id, store.list(study.id)])));
    load();
    return store.subscribe(load);
  }, [cases]);
  if (!attempts) return <p>{t('learning.loading')}</p>;
  const points = cases.flatMap(({ study }) => (attempts[study.id] ?? []).flatMap((a) => calibrationPoints(study, a)));
  return (
    <div className="cp">
      <h2>{t('learning.casesTitle')}</h2>
      <ul className="cp-case-list">
        {cases.map(({ study, href }) => {
          return (
            <li key={study.id}>
              <a href={href}>{study.title}</a>:{' '}
              {bestAndLatestLine(study, attempts[study.id] ?? []) ?? t('learning.notTried')}
            </li>
          );
        })}
      </ul>
      <h2>{t('learning.calibrationTitle')}</h2>
      <p>{t('learning.calibrationIntro')}</p>
      <CalibrationSummary calibration={calibrate(points)} />
    </div>
  );
}
