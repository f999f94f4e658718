import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import type { Problem } from './problem.ts';
import { readContentFiles } from './read-content.ts';
import { validateContent, type ValidatedContent } from './validate-content.ts';

/**
 * The content check of a whole content folder, as `npm run check:content`, the build and the preview run
 * it: every file's problems and, first, the folder's own (missing, or without a course), since a site
 * with nothing to teach is a mistake, most often a wrong `TRIANGULATE_CONTENT`.
 */
export function checkContentFolder(
  root: string,
  projectRoot = process.cwd(),
): { content: ValidatedContent; problems: Problem[] } {
  const files = readContentFiles(root, projectRoot);
  const { content, problems } = validateContent(files);
  const folder = relative(projectRoot, root) || '.';
  if (!existsSync(root)) {
    const message =
      'There is no such folder. Set TRIANGULATE_CONTENT to the folder that holds your `courses/`, or leave it unset to use `content/`.';
    return { content, problems: [{ file: folder, field: 'folder', message }] };
  }
  if (!files.some((file) => file.collection === 'courses')) {
    const message =
      'There are no courses here: start one with `npm run new -- course` (it writes `courses/<course>/course.yaml`).';
    return { content, problems: [{ file: folder, field: 'courses', message }, ...problems] };
  }
  return { content, problems };
}
