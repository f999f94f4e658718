/** `triangulate-cpd-2026-11-25.csv`: a download's name, dated by the learner's own calendar day. */
export function datedFileName(stem: string, extension: string, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${stem}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`;
}
