import { resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../schemas/collections.ts';
import { formatReport } from '../validation/problem.ts';
import { backgroundCheck } from './background-check.ts';
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
 * preview (`astro dev`) keeps running: it checks as it starts and again whenever a content file is
 * saved, added or deleted, in a thread of its own (background-check.ts) so that starting and serving a
 * saved page do not wait for the check (only the first page waits for the first check); it prints the
 * problems, and shows them at the top of every page until they are fixed (problems-middleware.ts). The
 * content loader leaves out entries it cannot read (src/loaders/content-folder.ts).
 */
export function contentGuard(): AstroIntegration {
  let checker: ReturnType<typeof backgroundCheck> | undefined;
  /** The preview's server, once it is set up: each check's problems reach its pages through the module. */
  let preview: ModuleEnvironments | undefined;
  return {
    name: 'triangulate:content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger, addMiddleware, updateConfig }) => {
        if (command === 'preview' || command === 'sync') return;
        if (command === 'build') {
          const { problems } = checkContentFolder(contentRoot());
          if (problems.length === 0) return;
          // The report is the whole message: thrown, it would come wrapped in a stack trace of Astro's hooks.
          logger.error(formatReport(problems));
          process.exit(1);
        }
        // The preview checks while it starts, and its first page waits for the check (the module below).
        checker = backgroundCheck(resolve(contentRoot()), (problems, first) => {
          if (preview) renew(preview, RESOLVED_PROBLEMS_MODULE);
          if (problems.length > 0) logger.warn(formatReport(problems));
          else if (!first) logger.info('Content check: no problems.');
        });
        checker.request();
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'triangulate:content-problems',
                resolveId: (id) => (id === PROBLEMS_MODULE ? RESOLVED_PROBLEMS_MODULE : undefined),
                load: async (id) =>
                  id === RESOLVED_PROBLEMS_MODULE
                    ? `export const problems = ${JSON.stringify(await checker?.problems())};`
                    : undefined,
              },
            ],
          },
        });
        addMiddleware({ entrypoint: new URL('./problems-middleware.ts', import.meta.url), order: 'pre' });
      },
      'astro:server:setup': ({ server }) => {
        preview = server;
        // Only files inside the content folder: a bare "content" substring would also match src/content.config.ts.
        const root = resolve(contentRoot());
        const folder = root + sep;
        // Watched here too, for a content folder outside the project (TRIANGULATE_CONTENT).
        server.watcher.add(root);
        const recheck = (path: string) => {
          if (resolve(path).startsWith(folder)) checker?.request();
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, recheck);
      },
    },
  };
}
