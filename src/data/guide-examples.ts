import { formatReport } from '../validation/problem.ts';
import { readContentFiles } from '../validation/read-content.ts';
import { validateContent, type ValidatedContent, type ValidEntry } from '../validation/validate-content.ts';

/**
 * The trainers' guide's own example entries (a case, a glossary term and a resource), in a content folder
 * of their own beside the guide's pages, so that the guide shows the same examples whatever the site's
 * content is. They follow the same schemas and pass the same check as content, and appear only in the guide.
 */
export const GUIDE_EXAMPLES = 'src/pages/trainers/_examples';

let checked: ValidatedContent | undefined;

/** The examples, checked as content is: a mistake in them stops the build with `file · field · fix`. */
export function guideExamples(): ValidatedContent {
  // Read once per build; in `astro dev` each time, so an edited example shows on the next page load.
  if (checked && !import.meta.env.DEV) return checked;
  const { content, problems } = validateContent(readContentFiles(GUIDE_EXAMPLES));
  if (problems.length > 0) throw new Error(formatReport(problems));
  checked = content;
  return content;
}

type ExampleKind = 'cases' | 'glossary' | 'resources';

/** One example by id, or undefined when the guide has no such example. */
export function guideExample<K extends ExampleKind>(kind: K, id: string): ValidEntry<K> | undefined {
  const entries: ValidEntry<K>[] = guideExamples()[kind];
  return entries.find((entry) => entry.data.id === id);
}
