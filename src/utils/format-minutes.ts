import { t } from '../i18n/t.ts';

/** `45 min`, `1 hr`, `1 hr 20 min`: how long something takes, for people rather than machines. */
export function formatMinutes(total: number): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (hours === 0) return t('time.minutes', { count: minutes });
  return minutes === 0 ? t('time.hours', { hours }) : t('time.hoursMinutes', { hours, minutes });
}

/** The same duration as ISO 8601 (`PT1H20M`), for `<time datetime>`. */
export const isoDuration = (total: number) =>
  `PT${Math.floor(total / 60) ? `${Math.floor(total / 60)}H` : ''}${total % 60}M`;
