import type { StoreHealth } from '../../progress/store.ts';
import type { UiKey } from '../../i18n/t.ts';

/** The plain messages about stored progress that apply now, most serious first. */
export function storageNotices(health: StoreHealth): UiKey[] {
  const notices: UiKey[] = [];
  if (!health.persistent) notices.push('progress.notKept');
  if (health.newerVersion) notices.push('progress.newerVersion');
  if (health.persistent && health.problem === 'full') notices.push('progress.full');
  if (health.persistent && health.problem === 'unavailable') notices.push('progress.unavailable');
  if (health.rescued) notices.push('progress.rescued');
  return notices;
}
