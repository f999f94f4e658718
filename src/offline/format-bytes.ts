/** A size as a learner reads it: `2.1 MB`, `450 kB`. */
export function formatBytes(bytes: number): string {
  const [value, unit] =
    bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : [bytes === 0 ? 0 : Math.max(1, Math.round(bytes / 1e3)), 'kilobyte'];
  return new Intl.NumberFormat('en-GB', { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}
