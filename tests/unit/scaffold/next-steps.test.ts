import { expect, it } from 'vitest';
import { NEW_CONTENT_KIND_NAMES } from '../../../src/scaffold/kinds.ts';
import { nextSteps } from '../../../src/scaffold/next-steps.ts';

it('says what was written, then numbered steps ending with the check and the guide', () => {
  expect(nextSteps('module', 'content/courses/basics/03-hearing-from-the-child.mdx', 'hearing-from-the-child'))
    .toMatchInlineSnapshot(`
    [
      "Wrote content/courses/basics/03-hearing-from-the-child.mdx: a new module with the id \`hearing-from-the-child\`.",
      "",
      "Next:",
      "1. Open content/courses/basics/03-hearing-from-the-child.mdx and replace each [[…]] with your own words. Check the values filled in for you: \`minutes\`.",
      "2. To give it a practice case, run \`npm run new -- case\`, then add \`<Case id="…" />\` to the module.",
      "3. Run \`npm run check:content\`: it lists anything still to fix, including any [[…]] left.",
      "4. Each field is explained at /trainers/modules/ in the trainers' guide (run \`npm run dev\`, then open http://localhost:4321/trainers/modules/).",
    ]
  `);
});

it.each(NEW_CONTENT_KIND_NAMES)('points a new %s at its own page of the trainers guide', (kind) => {
  const lines = nextSteps(kind, 'content/x', 'x');
  expect(lines[0]).toBe(`Wrote content/x: a new ${kind} with the id \`x\`.`);
  expect(lines.at(-1)).toMatch(new RegExp(`^4\\. Each field is explained at /trainers/[a-z-]+/`));
  expect(lines.join('\n')).toContain('npm run check:content');
});
