import { useRef, useState, type ChangeEvent } from 'react';
import { t } from '../../i18n/island-t.ts';
import type { ProgressDocument } from '../../progress/document.ts';
import type { ProgressStore } from '../../progress/store.ts';
import { progressStore } from '../../progress/browser-store.ts';
import {
  canUndoImport,
  exportText,
  importProgress,
  MAX_IMPORT_BYTES,
  previewImport,
  readImport,
  undoLastImport,
  type ImportPreview,
  type ImportProblem,
} from '../../progress/transfer.ts';
import { checkAgainstSite } from '../../progress/import-check.ts';
import type { RecordProblem } from '../../progress/import-problem.ts';
import type { CaseLink } from '../case/player/LearnerCalibration.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { describeImportProblems } from './import-problems.ts';
import type { LearningCatalogue } from './learning-catalogue.ts';
import { loadSiteCases } from './site-cases.ts';
import { datedFileName } from './dated-file-name.ts';
import { forgetOfflineCopies } from '../../offline/forget-offline-copies.ts';
import { downloadText } from './download.ts';

interface Props {
  store: ProgressStore;
  /** The site's content, to name the records of a refused import. */
  catalogue: LearningCatalogue;
  /** Every case the site plays, with the address of its data, to check an import's attempts against. */
  cases: CaseLink[];
}

type Message = { text: string; details?: string[] | undefined };

/** Export, import (checked, previewed, confirmed, undoable) and deleting everything on this device. */
export function YourData({ store, catalogue, cases }: Props) {
  // Import and undo keep their record beside the document, in the page's one storage connection.
  const { persistence } = progressStore();
  const [pending, setPending] = useState<{ document: ProgressDocument; preview: ImportPreview }>();
  const [message, setMessage] = useState<Message>();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const refuse = (problem: ImportProblem, records: RecordProblem[] = [], document?: ProgressDocument) => {
    const lang = globalThis.document.documentElement.lang || 'en-GB';
    const details = describeImportProblems(records, document, catalogue, t, lang);
    setMessage({ text: t(`data.problem.${problem}`), details: details.length > 0 ? details : undefined });
  };

  function exportAll() {
    const name = datedFileName('triangulate-progress', 'json', new Date());
    downloadText(exportText(store.read(), new Date().toISOString()), name, 'application/json');
    setMessage({ text: t('data.exported', { file: name }) });
  }

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    setPending(undefined);
    if (!file) return;
    // Refused before reading, so a huge file never has to be held in memory.
    if (file.size > MAX_IMPORT_BYTES) return refuse('too-large');
    setMessage({ text: t('data.importReading') });
    const result = readImport(await file.text());
    if (!result.ok) return refuse(result.problem, result.records);
    const studies = await loadSiteCases(Object.keys(result.document.caseAttempts), cases);
    const problems = checkAgainstSite(result.document, studies, Date.now());
    if (problems.length > 0) return refuse('invalid-records', problems, result.document);
    setMessage(undefined);
    setPending({ document: result.document, preview: previewImport(store.read(), result.document) });
  }

  function finishImport(confirmed: boolean) {
    if (confirmed && pending) {
      const problem = importProgress(store, persistence, pending.document);
      setMessage({ text: problem ? t('data.problem.save') : t('data.imported') });
    } else setMessage({ text: t('data.importCancelled') });
    setPending(undefined);
    if (fileInput.current) fileInput.current.value = '';
  }

  function undo() {
    const problem = undoLastImport(store, persistence);
    setMessage({ text: problem ? t('data.problem.save') : t('data.undone') });
  }

  function deleteAll() {
    setConfirmingDelete(false);
    const problem = store.clear();
    void forgetOfflineCopies();
    setPending(undefined);
    setMessage({ text: problem ? t(`progress.${problem === 'full' ? 'full' : 'unavailable'}`) : t('data.deleted') });
  }

  return (
    <section aria-labelledby="lp-data-title">
      <h2 id="lp-data-title">{t('data.title')}</h2>
      <p>{t('data.intro')}</p>
      <div className="lp-data-block">
        <button type="button" className="lp-button" aria-describedby="lp-export-hint" onClick={exportAll}>
          {t('data.export')}
        </button>
        <p id="lp-export-hint" className="lp-hint">
          {t('data.exportHint')}
        </p>
      </div>
      <div className="lp-data-block">
        <label htmlFor="lp-import-file">{t('data.import')}</label>
        <p id="lp-import-hint" className="lp-hint">
          {t('data.importHint')}
        </p>
        <input
          ref={fileInput}
          id="lp-import-file"
          className="lp-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="lp-import-hint"
          onChange={(event) => void chooseFile(event)}
        />
      </div>
      <div role="status" className="lp-status">
        {message && <p>{message.text}</p>}
        {message?.details && (
          <ul>
            {message.details.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        )}
      </div>
      {pending && (
        <div className="lp-preview">
          <p>{t('data.preview', { ...pending.preview })}</p>
          <p className="lp-actions">
            <button type="button" className="lp-button" onClick={() => finishImport(true)}>
              {t('data.confirmImport')}
            </button>
            <button type="button" className="lp-button lp-secondary" onClick={() => finishImport(false)}>
              {t('data.cancelImport')}
            </button>
          </p>
        </div>
      )}
      {canUndoImport(persistence) && (
        <p>
          <button type="button" className="lp-button lp-secondary" onClick={undo}>
            {t('data.undoImport')}
          </button>
        </p>
      )}
      <div className="lp-data-block">
        <button
          type="button"
          className="lp-button lp-danger"
          aria-describedby="lp-delete-hint"
          onClick={() => setConfirmingDelete(true)}
        >
          {t('data.delete')}
        </button>
        <p id="lp-delete-hint" className="lp-hint">
          {t('data.deleteHint')}
        </p>
      </div>
      <ConfirmDialog
        open={confirmingDelete}
        title={t('data.deleteConfirmTitle')}
        text={t('data.deleteConfirmText')}
        confirmLabel={t('data.deleteConfirm')}
        cancelLabel={t('data.deleteCancel')}
        onConfirm={deleteAll}
        onCancel={() => setConfirmingDelete(false)}
      />
    </section>
  );
}
