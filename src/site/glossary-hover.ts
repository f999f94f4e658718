/** Opens a glossary term's definition on hover as well as on click, tap or Enter (which need no script). */
export function openGlossaryTermsOnHover(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('.glossary-term .term')) {
    const popover = button.nextElementSibling as HTMLElement | null;
    if (!popover) continue;
    button.addEventListener('mouseenter', () => popover.matches(':popover-open') || popover.showPopover());
    button.parentElement?.addEventListener(
      'mouseleave',
      () => popover.matches(':popover-open') && popover.hidePopover(),
    );
  }
}
