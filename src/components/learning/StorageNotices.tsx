import { useEffect, useState } from 'react';
import { t } from '../../i18n/island-t.ts';
import type { ProgressDocument } from '../../progress/document.ts';
import type { ProgressStore } from '../../progress/store.ts';
import { markExportReminderShown } from '../../progress/updates.ts';
import { hasProgress } from './has-progress.ts';
import { askToKeepStorage } from '../../progress/page/keep-storage.ts';
import { storageNotices } from './storage-notices.ts';

interface Props {
  document: ProgressDocument;
  store: ProgressStore;
}

/**
 * What the learner should know about where their progress is kept: storage problems, plainly, and once
 * they have progress, a single reminder that export keeps a copy (recorded so it is not shown again).
 */
export function StorageNotices({ document, store }: Props) {
  const [reminder, setReminder] = useState(false);
  const due = hasProgress(document) && !document.notices?.exportReminder;
  useEffect(() => {
    if (!due) return;
    void askToKeepStorage();
    setReminder(true);
    store.update((current) => markExportReminderShown(current, new Date().toISOString()));
  }, [due, store]);
  const notices = storageNotices(store.health());
  if (notices.length === 0 && !reminder) return null;
  return (
    <div className="lp-notices">
      {notices.map((key) => (
        <p key={key} className="lp-notice lp-warning">
          {t(key)}
        </p>
      ))}
      {reminder && (
        <p className="lp-notice">
          {t('progress.exportReminder')}{' '}
          <button type="button" className="lp-link-button" onClick={() => setReminder(false)}>
            {t('progress.dismiss')}
          </button>
        </p>
      )}
    </div>
  );
}
