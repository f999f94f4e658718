/** Opens a glossary term's definition on hover as well as on click, tap or Enter (which need no script). */
export function openGlossaryTermsOnHover(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('.glossary-term .term')) {
    const popover = button.nextElementSibling as HTMLElement | null;
    if (!popover) continue;
    // Forced open or shut: never an error when it already is (as showPopover and hidePopover would throw).
    button.addEventListener('mouseenter', () => popover.togglePopover(true));
    button.parentElement?.addEventListener('mouseleave', () => popover.togglePopover(false));
  }
}
