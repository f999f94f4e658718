import { t } from '../../i18n/island-t.ts';
import type { ProgressDocument } from '../../progress/document.ts';
import { courseProgress } from './course-progress.ts';
import { localAddress } from '../../utils/routes.ts';
import type { CourseOutline } from './learning-catalogue.ts';

interface Props {
  document: ProgressDocument;
  courses: CourseOutline[];
}

/** Each course with how far the learner has got, what they completed, and a link to its certificate. */
export function CourseProgressList({ document, courses }: Props) {
  return (
    <section aria-labelledby="lp-courses-title">
      <h2 id="lp-courses-title">{t('learning.coursesTitle')}</h2>
      <ul className="lp-courses">
        {courses.map((course) => {
          const progress = courseProgress(document, course);
          const done = progress.completed.length;
          return (
            <li key={course.id} className="lp-course">
              <h3>
                <a href={localAddress(course.href)}>{course.title}</a>
              </h3>
              <p>
                <progress
                  max={course.modules.length}
                  value={done}
                  aria-label={t('learning.courseProgressLabel', { course: course.title })}
                />{' '}
                {t('learning.courseProgress', { done, total: course.modules.length })}
              </p>
              {done > 0 && (
                <>
                  <h4>{t('learning.completedModules')}</h4>
                  <ul>
                    {progress.completed.map((module) => (
                      <li key={module.id}>
                        <a href={localAddress(module.href)}>{module.title}</a>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {progress.archived.length > 0 && (
                <>
                  <h4>{t('learning.archivedModules')}</h4>
                  <ul>
                    {progress.archived.map((module) => (
                      <li key={module.id}>
                        {module.title} ({t('learning.archived')})
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <p>
                <a href={localAddress(course.certificateHref)}>
                  {t('learning.certificateLink', { course: course.title })}
                </a>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
