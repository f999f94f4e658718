// Checks content without a build: `npm run check:content` checks content/; give one or more folders to
// check those instead, e.g. `npm run check:content -- tests/fixtures/malformed/*`.
import { contentRoot } from '../src/schemas/collections.ts';
import { formatReport } from '../src/validation/problem.ts';
import { checkContentFolder } from '../src/validation/check-folder.ts';
import { summariseContent } from '../src/validation/summary.ts';

const roots = process.argv.length > 2 ? process.argv.slice(2) : [contentRoot()];
let failed = false;
for (const root of roots) {
  const { content, problems } = checkContentFolder(root);
  if (problems.length > 0) {
    failed = true;
    console.error(`${roots.length > 1 ? `\n${root}\n` : ''}${formatReport(problems)}`);
  } else {
    console.log(`Content in ${root} is ready: ${summariseContent(content)}.`);
  }
}
process.exit(failed ? 1 : 0);
