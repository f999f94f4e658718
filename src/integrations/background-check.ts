import { Worker } from 'node:worker_threads';
import type { Problem } from '../validation/problem.ts';

/**
 * The live preview's content check, run in a thread of its own (content-check-worker.ts): the preview's
 * thread goes on starting, reloading a saved file and serving its page, where a check of 1,000 modules
 * held it for over a second each time. A check asked for while one runs waits for it, and saves made in
 * between are covered by one check, not one each.
 */
export function backgroundCheck(root: string, report: (problems: Problem[], first: boolean) => void) {
  const worker = new Worker(new URL('./content-check-worker.ts', import.meta.url), { workerData: { root } });
  // The preview may stop while a check runs.
  worker.unref();
  let checking = false;
  let checkAgain = false;
  let checks = 0;
  let latest: Problem[] = [];
  let resolveFirst: (problems: Problem[]) => void = () => undefined;
  const first = new Promise<Problem[]>((resolve) => (resolveFirst = resolve));
  const start = () => {
    checking = true;
    checkAgain = false;
    worker.postMessage(null);
  };
  worker.on('message', (found: Problem[]) => {
    checking = false;
    latest = found;
    report(found, checks++ === 0);
    resolveFirst(found);
    if (checkAgain) start();
  });
  worker.on('error', (error: Error) => {
    report([{ file: root, field: 'content check', message: `The check stopped: ${error.message}` }], checks === 0);
    resolveFirst(latest);
  });
  return {
    /** Asks for a check of the whole folder. */
    request() {
      if (checking) checkAgain = true;
      else start();
    },
    /** The problems: once the first check is done, the latest check's, without waiting for one that runs. */
    problems: async (): Promise<Problem[]> => (checks === 0 ? first : latest),
  };
}
