import { resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../schemas/collections.ts';
import { formatReport, type Problem } from '../validation/problem.ts';
import { checkContentFolder } from '../validation/check-folder.ts';

/** The module through which the preview's pages read the latest problems (problems-middleware.ts). */
const PROBLEMS_MODULE = 'virtual:triangulate/content-problems';
const RESOLVED_PROBLEMS_MODULE = `\0${PROBLEMS_MODULE}`;

/** The parts of Vite's dev server that renewing a module needs. */
interface ModuleEnvironments {
  environments: Record<
    string,
    {
      moduleGraph: { getModuleById(id: string): object | undefined; invalidateModule(module: never): void };
      runner?: {
        evaluatedModules: { getModuleById(id: string): object | undefined; invalidateModule(module: never): void };
      };
    }
  >;
}

/**
 * Makes the next import of a module evaluate it afresh, in every environment that renders pages: Vite's
 * module graph and, where pages run in this process, the runner's copy (as Astro renews its content).
 */
function renew(server: ModuleEnvironments, id: string) {
  for (const { moduleGraph, runner } of Object.values(server.environments)) {
    const module = moduleGraph.getModuleById(id);
    if (module) moduleGraph.invalidateModule(module as never);
    const evaluated = runner?.evaluatedModules.getModuleById(id);
    if (evaluated) runner?.evaluatedModules.invalidateModule(evaluated as never);
  }
}

/**
 * Runs the content check before Astro reads any content. A build stops with every problem listed. A
 * preview (`astro dev`) keeps running: it prints the problems, again whenever a content file is saved,
 * added or deleted (checked in a thread of its own, content-check-worker.ts, so that the saved page is
 * served without waiting for the check), and shows them at the top of every page until they are fixed
 * (problems-middleware.ts); the content loader leaves out entries it cannot read
 * (src/loaders/content-folder.ts).
 */
export function contentGuard(): AstroIntegration {
  const check = () => checkContentFolder(contentRoot()).problems;
  let problems: Problem[] = [];
  return {
    name: 'triangulate:content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger, addMiddleware, updateConfig }) => {
        if (command === 'preview' || command === 'sync') return;
        problems = check();
        if (command === 'dev') {
          updateConfig({
            vite: {
              plugins: [
                {
                  name: 'triangulate:content-problems',
                  resolveId: (id) => (id === PROBLEMS_MODULE ? RESOLVED_PROBLEMS_MODULE : undefined),
                  load: (id) =>
                    id === RESOLVED_PROBLEMS_MODULE
                      ? `export const problems = ${JSON.stringify(problems)};`
                      : undefined,
                },
              ],
            },
          });
          addMiddleware({ entrypoint: new URL('./problems-middleware.ts', import.meta.url), order: 'pre' });
        }
        if (problems.length === 0) return;
        if (command === 'build') {
          // The report is the whole message: thrown, it would come wrapped in a stack trace of Astro's hooks.
          logger.error(formatReport(problems));
          process.exit(1);
        }
        logger.warn(formatReport(problems));
      },
      'astro:server:setup': ({ server, logger }) => {
        // Only files inside the content folder: a bare "content" substring would also match src/content.config.ts.
        const root = resolve(contentRoot());
        const folder = root + sep;
        // Watched here too, for a content folder outside the project (TRIANGULATE_CONTENT).
        server.watcher.add(root);
        const checker = new Worker(new URL('./content-check-worker.ts', import.meta.url), { workerData: { root } });
        // A check asked for while one runs waits for it, and saves in between make one check, not several.
        let checking = false;
        let checkAgain = false;
        const startCheck = () => {
          checking = true;
          checkAgain = false;
          checker.postMessage(null);
        };
        const recheck = (path: string) => {
          if (!resolve(path).startsWith(folder)) return;
          if (checking) checkAgain = true;
          else startCheck();
        };
        checker.on('message', (found: Problem[]) => {
          checking = false;
          problems = found;
          renew(server, RESOLVED_PROBLEMS_MODULE);
          if (problems.length > 0) logger.warn(formatReport(problems));
          else logger.info('Content check: no problems.');
          if (checkAgain) startCheck();
        });
        checker.on('error', (error: Error) => logger.error(`The content check stopped: ${error.message}`));
        // The preview may stop while a check runs.
        checker.unref();
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, recheck);
      },
    },
  };
}
