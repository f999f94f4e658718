// Checks all content without a build: `npm run check:content`, or `npm run check:content -- some/folder`.
import { contentRoot } from '../src/schemas/collections.ts';
import { formatReport } from '../src/validation/problem.ts';
import { readContentFiles } from '../src/validation/read-content.ts';
import { summariseContent } from '../src/validation/summary.ts';
import { validateContent } from '../src/validation/validate-content.ts';

const root = process.argv[2] ?? contentRoot();
const { content, problems } = validateContent(readContentFiles(root));
if (problems.length > 0) {
  console.error(formatReport(problems));
  process.exit(1);
}
console.log(`Content in ${root} is ready: ${summariseContent(content)}.`);
