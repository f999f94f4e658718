import { useState } from 'react';
import { t } from '../../i18n/island-t.ts';
import { cpdCsv, cpdRecord, type CpdCatalogue, type CpdLine } from '../../progress/cpd.ts';
import type { ProgressDocument } from '../../progress/document.ts';
import type { ProgressStore } from '../../progress/store.ts';
import { deleteCpdEntry, saveCpdEntry, type CpdEntryInput } from '../../progress/learner-updates.ts';
import { routes } from '../../utils/routes.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { CpdEntryForm } from './CpdEntryForm.tsx';
import { CpdTable } from './CpdTable.tsx';
import { cpdHeaders, cpdKindNames, cpdTotalMinutes } from './cpd-table.ts';
import { datedFileName } from './dated-file-name.ts';
import { downloadText } from './download.ts';
import { newEntryId } from './new-entry-id.ts';
import { saveMessage } from './save-message.ts';

interface Props {
  document: ProgressDocument;
  store: ProgressStore;
  catalogue: CpdCatalogue;
}

/** The CPD record: derived lines and the learner's own, which they can add, edit and delete. */
export function CpdRecord({ document, store, catalogue }: Props) {
  const lines = cpdRecord(document, catalogue);
  const [editing, setEditing] = useState<{
    id: string;
    fields: Record<'date' | 'activity' | 'minutes' | 'notes', string>;
  }>();
  const [deleting, setDeleting] = useState<CpdLine>();
  const [status, setStatus] = useState('');
  const ownId = (line: CpdLine) => line.key.slice('own:'.length);
  const now = () => new Date().toISOString();

  function save(id: string | undefined, entry: CpdEntryInput) {
    const problem = store.update((current) => saveCpdEntry(current, id ?? newEntryId(), entry, now()));
    setEditing(undefined);
    setStatus(saveMessage(problem, t('cpd.saved')));
  }
  function edit(line: CpdLine) {
    setEditing({
      id: ownId(line),
      fields: { date: line.date, activity: line.activity, minutes: String(line.minutes), notes: line.notes },
    });
  }
  function confirmDelete() {
    if (!deleting) return;
    const problem = store.update((current) => deleteCpdEntry(current, ownId(deleting), now()));
    setDeleting(undefined);
    if (editing?.id === ownId(deleting)) setEditing(undefined);
    setStatus(saveMessage(problem, t('cpd.deleted')));
  }
  function downloadCsv() {
    const csv = cpdCsv(lines, cpdHeaders(t), cpdKindNames(t));
    downloadText(csv, datedFileName('triangulate-cpd', 'csv', new Date()), 'text/csv;charset=utf-8');
  }

  return (
    <section aria-labelledby="lp-cpd-title">
      <h2 id="lp-cpd-title">{t('cpd.title')}</h2>
      <p>{t('cpd.intro')}</p>
      <p className="lp-hint">{t('cpd.derivedNote')}</p>
      {lines.length === 0 ? (
        <p>{t('cpd.empty')}</p>
      ) : (
        <>
          <CpdTable lines={lines} onEdit={edit} onDelete={setDeleting} />
          <p className="lp-total">{t('cpd.total', { minutes: cpdTotalMinutes(lines) })}</p>
          <p className="lp-actions">
            <button type="button" className="lp-button" onClick={downloadCsv}>
              {t('cpd.downloadCsv')}
            </button>
            <a href={routes.cpdRecord()}>{t('cpd.printable')}</a>
          </p>
        </>
      )}
      <p role="status" className="lp-status">
        {status}
      </p>
      <CpdEntryForm editing={editing} onSave={save} onCancelEdit={() => setEditing(undefined)} />
      <ConfirmDialog
        open={deleting !== undefined}
        title={t('cpd.deleteConfirmTitle')}
        text={t('cpd.deleteConfirmText', { activity: deleting?.activity ?? '' })}
        confirmLabel={t('cpd.deleteConfirm')}
        cancelLabel={t('cpd.cancel')}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(undefined)}
      />
    </section>
  );
}
