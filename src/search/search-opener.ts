/**
 * The only search code a page loads: it opens the header's search dialog and, once a search box has
 * focus, imports the rest. `/` and Ctrl or Cmd+K open it from anywhere except while typing in a field.
 */
export function startSearchOpener(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const input = dialog?.querySelector('input');
  if (!dialog || !input) return;
  const open = () => {
    const pageBox = document.querySelector<HTMLInputElement>('[data-search-page-box]');
    if (pageBox) return pageBox.focus();
    dialog.showModal();
    input.focus();
  };
  document.querySelector('[data-search-open]')?.addEventListener('click', (event) => {
    event.preventDefault();
    open();
  });
  addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    const modifier = event.ctrlKey || event.metaKey;
    if ((event.key === 'k' && modifier) || (event.key === '/' && !typing && !modifier && !event.altKey)) {
      event.preventDefault();
      open();
    }
  });
  input.addEventListener(
    'focus',
    () => void import('./header-search.ts').then(({ startHeaderSearch }) => startHeaderSearch(dialog)),
    { once: true },
  );
}
