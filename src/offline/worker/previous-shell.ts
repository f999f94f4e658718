import { cacheNames as workboxCaches } from 'workbox-core';

/**
 * Copies the scripts of the shell now in use aside, before a new version's shell replaces them: a page
 * kept open across a deploy loads its case player or search code lazily, and must get its own version's,
 * not a 404. One version back is kept; a course saved for offline use keeps its own scripts with it.
 */
export async function keepPreviousShell(scriptsFolder: string, previousShell: string): Promise<void> {
  if (!(await caches.has(workboxCaches.precache))) return;
  const [from, to] = await Promise.all([
    caches.open(workboxCaches.precache),
    caches.delete(previousShell).then(() => caches.open(previousShell)),
  ]);
  for (const request of await from.keys()) {
    const path = new URL(request.url).pathname;
    if (!path.startsWith(scriptsFolder)) continue;
    const response = await from.match(request);
    if (response) await to.put(path, response);
  }
}
