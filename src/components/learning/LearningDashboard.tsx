import { provideStrings, t } from '../../i18n/island-t.ts';
import LearnerCalibration, { type CaseLink } from '../case/player/LearnerCalibration.tsx';
import type { UiStrings } from '../../i18n/t.ts';
import { CourseProgressList } from './CourseProgressList.tsx';
import { CpdRecord } from './CpdRecord.tsx';
import type { LearningCatalogue } from './learning-catalogue.ts';
import { ReflectionJournal } from './ReflectionJournal.tsx';
import { StorageNotices } from './StorageNotices.tsx';
import { useProgress } from './use-progress.ts';
import { YourData } from './YourData.tsx';

interface Props {
  catalogue: LearningCatalogue;
  /** Every case, with the module where it is played. */
  cases: CaseLink[];
  strings: UiStrings;
}

/** My learning: progress in each course, case results and calibration, reflections, the CPD record and the learner's data. */
export default function LearningDashboard({ catalogue, cases, strings }: Props) {
  provideStrings(strings);
  const progress = useProgress();
  if (!progress) return <p>{t('learning.loading')}</p>;
  const { document, store } = progress;
  const lang = globalThis.document.documentElement.lang || 'en-GB';
  return (
    <>
      <StorageNotices document={document} store={store} />
      <CourseProgressList document={document} courses={catalogue.courses} />
      <LearnerCalibration cases={cases} strings={strings} />
      <ReflectionJournal document={document} pages={catalogue.pages} lang={lang} />
      <CpdRecord document={document} store={store} catalogue={catalogue.cpd} />
      <YourData store={store} catalogue={catalogue} cases={cases} />
    </>
  );
}
