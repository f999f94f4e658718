import { provideStrings, t } from '../../i18n/island-t.ts';
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
  strings: UiStrings;
  /** My learning shows the case results between the two parts: courses first, then the learner's records. */
  part: 'courses' | 'records';
}

/** My learning: progress in each course, reflections, the CPD record and the learner's data. */
export default function LearningDashboard({ catalogue, strings, part }: Props) {
  provideStrings(strings);
  const progress = useProgress();
  if (!progress) return <p>{t('learning.loading')}</p>;
  const { document, store } = progress;
  const lang = globalThis.document.documentElement.lang || 'en-GB';
  if (part === 'courses')
    return (
      <>
        <StorageNotices document={document} store={store} />
        <CourseProgressList document={document} courses={catalogue.courses} />
      </>
    );
  return (
    <>
      <ReflectionJournal document={document} pages={catalogue.pages} lang={lang} />
      <CpdRecord document={document} store={store} catalogue={catalogue.cpd} />
      <YourData store={store} />
    </>
  );
}
