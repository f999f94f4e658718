import { resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../schemas/collections.ts';
import { formatReport } from '../validation/problem.ts';
import { readContentFiles } from '../validation/read-content.ts';
import { validateContent } from '../validation/validate-content.ts';

/**
 * Runs the content check before Astro reads any content. A build stops with every problem listed;
 * the dev server keeps running and prints them again whenever a content file changes, so a trainer
 * sees their mistakes while previewing.
 */
export function contentGuard(): AstroIntegration {
  const check = () => validateContent(readContentFiles(contentRoot())).problems;
  return {
    name: 'triangulate:content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview' || command === 'sync') return;
        const problems = check();
        if (problems.length === 0) return;
        if (command === 'build') throw new Error(formatReport(problems));
        logger.warn(formatReport(problems));
      },
      'astro:server:setup': ({ server, logger }) => {
        // Only files inside the content folder: a bare "content" substring would also match src/content.config.ts.
        const folder = resolve(contentRoot()) + sep;
        server.watcher.on('change', (path) => {
          if (!resolve(path).startsWith(folder)) return;
          const problems = check();
          if (problems.length > 0) logger.warn(formatReport(problems));
          else logger.info('Content check: no problems.');
        });
      },
    },
  };
}
