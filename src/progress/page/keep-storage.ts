/**
 * Asks the browser to keep the site's storage rather than evict it (Safari clears it after seven days
 * without a visit). Browsers that do not offer it, or refuse, change nothing; the learner can still export.
 */
export async function askToKeepStorage(): Promise<void> {
  try {
    if (navigator.storage?.persist && !(await navigator.storage.persisted())) await navigator.storage.persist();
  } catch {
    // Nothing to tell the learner: the export reminder covers the same risk.
  }
}
