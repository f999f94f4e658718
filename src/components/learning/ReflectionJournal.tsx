import { t } from '../../i18n/island-t.ts';
import type { ProgressDocument } from '../../progress/document.ts';
import { localAddress } from '../../utils/routes.ts';
import { formatDay } from './format-date.ts';
import type { OutlineEntry } from './learning-catalogue.ts';
import { reflectionJournal } from './reflection-journal.ts';

interface Props {
  document: ProgressDocument;
  pages: Record<string, OutlineEntry>;
  lang: string;
}

/** Every reflection the learner wrote, with the page it belongs to. Notes are rendered as text, never markup. */
export function ReflectionJournal({ document, pages, lang }: Props) {
  const entries = reflectionJournal(document, pages);
  return (
    <section aria-labelledby="lp-journal-title">
      <h2 id="lp-journal-title">{t('learning.journalTitle')}</h2>
      <p>{entries.length > 0 ? t('learning.journalIntro') : t('learning.journalEmpty')}</p>
      {entries.length > 0 && (
        <ol className="lp-journal">
          {entries.map((entry) => (
            <li key={entry.id}>
              <p className="lp-journal-meta">
                {entry.href ? (
                  <a href={localAddress(entry.href)}>{t('learning.journalOn', { page: entry.pageTitle })}</a>
                ) : (
                  `${t('learning.journalOn', { page: entry.pageTitle })} (${t('learning.archived')})`
                )}{' '}
                ·{' '}
                <time dateTime={entry.updatedAt}>
                  {t('learning.writtenOn', { date: formatDay(entry.updatedAt, lang) })}
                </time>
              </p>
              <p className="lp-note">{entry.text}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
