/**
 * Loads each case's player (React included) and its data only when the case scrolls into view, as
 * `client:visible` would, but without Astro's island runtime and React renderer. If either cannot load
 * (a dropped connection between visits), or the player fails, the learner gets the case's full text and
 * is told why.
 */
export function loadCasePlayersWhenVisible(): void {
  const observer = new IntersectionObserver((entries) => {
    for (const { isIntersecting, target } of entries) {
      if (!isIntersecting || !(target instanceof HTMLElement)) continue;
      observer.unobserve(target);
      Promise.all([import('./player/mount.tsx'), fetchCase(target.dataset['caseSrc'] ?? '')])
        .then(([{ mountCasePlayer }, props]) => mountCasePlayer(target, props, () => showCaseText(target)))
        .catch(() => showCaseText(target));
    }
  });
  for (const host of document.querySelectorAll('[data-case-player]')) observer.observe(host);
}

async function fetchCase(src: string): Promise<unknown> {
  const response = await fetch(src);
  if (!response.ok) throw new Error(`${src}: ${response.status}`);
  return response.json();
}

function showCaseText(host: HTMLElement): void {
  const study = host.closest<HTMLElement>('[data-case-id]');
  if (!study) return;
  // Focus inside the player (its Start button, say) would be lost when the player is hidden: it goes to
  // the notice instead.
  const hadFocus = study.contains(document.activeElement);
  study.dataset['unplayable'] = '';
  const notice = study.querySelector<HTMLElement>('[data-case-unavailable]');
  if (!notice) return;
  notice.hidden = false;
  if (hadFocus) {
    notice.tabIndex = -1;
    notice.focus();
  }
}
