/** Hands the learner a file made on this page: nothing is sent anywhere. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by the next task; keep the URL no longer than that.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
