import { useEffect, useRef, useState } from 'react';
import type { CaseAttempt } from '../../../cases/attempt.ts';
import { calibrate, calibrationPoints } from '../../../cases/calibration.ts';
import { provideStrings, t } from '../../../i18n/island-t.ts';
import type { UiStrings } from '../../../i18n/t.ts';
import { progressStore } from '../../../progress/browser-store.ts';
import { caseAttemptsOf } from '../../../progress/case-attempt-store.ts';
import type { CaseStudy } from '../../../schemas/case.ts';
import { localAddress } from '../../../utils/routes.ts';
import { bestAndLatestLine } from './attempt-summary.ts';
import { fetchStudy } from './fetch-study.ts';
import { CalibrationSummary } from './CalibrationSummary.tsx';

/** A case as My learning lists it; its questions and answers are fetched only once the learner has tried it. */
export interface CaseLink {
  id: string;
  title: string;
  href: string;
  /** Where its player's data is (`routes.casePlayerData`). */
  data: string;
}

interface Props {
  cases: CaseLink[];
  strings: UiStrings;
}

/** A tried case's data, from the file its player reads: `null` if it could not be fetched. */
type Studies = Record<string, CaseStudy | null>;

/** Every case the learner has practised on this device, and how well their confidence matched across all of them. */
export default function LearnerCalibration({ cases, strings }: Props) {
  provideStrings(strings);
  const [attempts, setAttempts] = useState<Record<string, CaseAttempt[]>>();
  const [studies, setStudies] = useState<Studies>({});
  const requested = useRef(new Set<string>());
  useEffect(() => {
    const store = caseAttemptsOf(progressStore().store);
    const load = () => setAttempts(Object.fromEntries(cases.map(({ id }) => [id, store.list(id)])));
    load();
    return store.subscribe(load);
  }, [cases]);
  useEffect(() => {
    for (const { id, data } of cases) {
      if ((attempts?.[id]?.length ?? 0) === 0 || requested.current.has(id)) continue;
      requested.current.add(id);
      void fetchStudy(data).then((study) => {
        // A case that could not be fetched is tried again when progress next changes.
        if (!study) requested.current.delete(id);
        setStudies((known) => ({ ...known, [id]: study }));
      });
    }
  }, [cases, attempts]);
  if (!attempts) return <p>{t('learning.loading')}</p>;
  const triedIds = cases.filter(({ id }) => (attempts[id]?.length ?? 0) > 0).map(({ id }) => id);
  const waiting = triedIds.some((id) => !(id in studies));
  const unavailable = triedIds.filter((id) => studies[id] === null).length;
  const points = triedIds.flatMap((id) => {
    const study = studies[id];
    return study ? (attempts[id] ?? []).flatMap((attempt) => calibrationPoints(study, attempt)) : [];
  });
  const line = ({ id }: CaseLink) => {
    if (!triedIds.includes(id)) return t('learning.notTried');
    const study = studies[id];
    if (study === undefined) return t('learning.loading');
    if (study === null) return t('learning.caseUnavailable');
    return bestAndLatestLine(study, attempts[id] ?? []) ?? t('learning.notTried');
  };
  return (
    <div className="cp">
      <h2>{t('learning.casesTitle')}</h2>
      <ul className="cp-case-list">
        {cases.map((link) => (
          <li key={link.id}>
            <a href={localAddress(link.href)}>{link.title}</a>: {line(link)}
          </li>
        ))}
      </ul>
      <h2>{t('learning.calibrationTitle')}</h2>
      <p>{t('learning.calibrationIntro')}</p>
      {waiting ? <p>{t('learning.loading')}</p> : <CalibrationSummary calibration={calibrate(points)} />}
      {!waiting && unavailable > 0 && <p>{t('learning.calibrationPartial', { count: unavailable })}</p>}
    </div>
  );
}
