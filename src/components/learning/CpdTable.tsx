import { t } from '../../i18n/island-t.ts';
import type { CpdLine } from '../../progress/cpd.ts';
import { cpdHeaders, cpdKindNames } from './cpd-table.ts';

interface Props {
  lines: CpdLine[];
  /** Edit and delete buttons for the learner's own entries; left out on the printable page. */
  onEdit?: (line: CpdLine) => void;
  onDelete?: (line: CpdLine) => void;
}

/** The CPD record as a table, newest first; archived content is marked. */
export function CpdTable({ lines, onEdit, onDelete }: Props) {
  const kinds = cpdKindNames(t);
  const [date, activity, type, minutes, notes] = cpdHeaders(t);
  const actions = Boolean(onEdit && onDelete);
  return (
    <div className="lp-table-wrap">
      <table className="lp-table">
        <caption>{t('cpd.tableCaption')}</caption>
        <thead>
          <tr>
            {[date, activity, type, minutes, notes].map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
            {actions && <th scope="col">{t('cpd.column.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.key}>
              <td data-label={date}>{line.date}</td>
              <td data-label={activity}>
                {line.activity}
                {line.archived && ` ${t('cpd.archived')}`}
              </td>
              <td data-label={type}>{kinds[line.kind]}</td>
              <td data-label={minutes}>{line.minutes}</td>
              <td data-label={notes} className="lp-note">
                {line.notes}
              </td>
              {actions && (
                <td data-label={t('cpd.column.actions')}>
                  {line.kind === 'own' && (
                    <span className="lp-row-actions">
                      {(['edit', 'delete'] as const).map((action) => (
                        <button
                          key={action}
                          type="button"
                          className="lp-link-button"
                          aria-label={t(`cpd.${action}Label`, { activity: line.activity })}
                          onClick={() => (action === 'edit' ? onEdit : onDelete)?.(line)}
                        >
                          {t(`cpd.${action}`)}
                        </button>
                      ))}
                    </span>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
