/** A day as people read it in the page's language, for example `25 November 2026`. */
export function formatDay(time: string, lang: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(time) ? `${time}T12:00:00` : time);
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(date);
}
