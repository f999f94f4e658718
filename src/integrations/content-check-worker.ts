import { parentPort, workerData } from 'node:worker_threads';
import { checkContentFolder } from '../validation/check-folder.ts';

// The live preview's content check, in a thread of its own (content-guard.ts): each message asks for a
// check of the whole content folder, and the answer is its problems. The preview's own thread stays free
// to reload the saved file and serve its page, where a check of 1,000 modules held it for over a second.
const { root } = workerData as { root: string };
parentPort?.on('message', () => parentPort?.postMessage(checkContentFolder(root).problems));
