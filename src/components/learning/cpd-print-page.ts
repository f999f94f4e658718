import { format } from '../../i18n/t.ts';
import { progressStore } from '../../progress/browser-store.ts';
import { cpdRecord, type CpdCatalogue, type CpdLine } from '../../progress/cpd.ts';
import { cpdTotalMinutes } from './cpd-table.ts';
import { formatDay } from './format-date.ts';

interface Setup {
  catalogue: CpdCatalogue;
  kinds: Record<CpdLine['kind'], string>;
  /** The column headings, which name each cell where the table reads as a list (a phone). */
  headers: string[];
  archived: string;
  intro: string;
  total: string;
  empty: string;
}

/** One row of the printable record. Every cell is set as text: notes are the learner's own words. */
function row(line: CpdLine, setup: Setup): HTMLTableRowElement {
  const tr = document.createElement('tr');
  const cells = [
    line.date,
    line.archived ? `${line.activity} ${setup.archived}` : line.activity,
    setup.kinds[line.kind],
    String(line.minutes),
    line.notes,
  ];
  for (const [index, text] of cells.entries()) {
    const td = tr.insertCell();
    td.textContent = text;
    td.dataset['label'] = setup.headers[index] ?? '';
    if (index === 4) td.className = 'lp-note';
  }
  return tr;
}

/** The printable CPD record page: the record from this device's progress, and a print button. */
export function startCpdPrint(root: HTMLElement): void {
  const setup = JSON.parse(root.dataset['cpdPrint'] ?? '{}') as Setup;
  const { store } = progressStore();
  const table = root.querySelector<HTMLTableElement>('[data-table]')!;
  const print = root.querySelector<HTMLButtonElement>('[data-print]')!;
  const today = new Date().toISOString();
  root.querySelector('[data-intro]')!.textContent = format(setup.intro, {
    date: formatDay(today, document.documentElement.lang || 'en-GB'),
  });
  print.addEventListener('click', () => window.print());

  function render() {
    const lines = cpdRecord(store.read(), setup.catalogue);
    table.tBodies[0]!.replaceChildren(...lines.map((line) => row(line, setup)));
    table.hidden = lines.length === 0;
    print.hidden = lines.length === 0;
    root.querySelector('[data-total]')!.textContent =
      lines.length === 0 ? setup.empty : format(setup.total, { minutes: cpdTotalMinutes(lines) });
  }
  render();
  store.subscribe(render);
}
