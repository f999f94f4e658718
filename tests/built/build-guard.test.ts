import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { checkContentFolder } from '../../src/validation/check-folder.ts';
import { formatProblem, sortProblems } from '../../src/validation/problem.ts';
import { buildWithContent } from '../support/astro-on-fixtures.ts';

// One rule: what the build refuses, the check refuses first, in the same words. A real `astro build` of a
// batch of mistakes (among them those that once passed the check and then stopped the build in a
// developer's words, or published a broken page) must stop with the check's own list and nothing else.
const FIXTURE = 'tests/fixtures/build-guard';

it('stops the build with the content check’s own list of every problem, and no stack trace', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'triangulate-guard-'));
  const { status, output: printed } = buildWithContent({ content: FIXTURE, outDir });
  // The build runs in a project of its own under .scratch/, so it names the fixture's files from there.
  const output = printed.replaceAll(/(?:\.\.\/)+tests\//g, 'tests/');
  rmSync(outDir, { recursive: true, force: true });
  const { problems } = checkContentFolder(FIXTURE);

  expect(status).not.toBe(0);
  expect(problems.length).toBeGreaterThanOrEqual(12);
  expect(output).toContain(`The content has ${problems.length} problems to fix:`);
  for (const problem of sortProblems(problems)) expect(output).toContain(formatProblem(problem));
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toMatch(/unhandled error|ReferenceError|\[vite\]/i);
});

it('covers, in that batch, the mistakes that once passed the check', () => {
  const fields = checkContentFolder(FIXTURE).problems.map((problem) => `${problem.file} · ${problem.message}`);
  for (const cause of [
    /braces-in-prose.* would be run as code/,
    /an-import-line.*Remove this line/,
    /a-missing-image.*There is no file/,
    /a-misspelt-value.*Write `type="note"`/,
    /a-lower-case-component.*capital letter/,
    /a-self-closed-term.*Write the text between/,
    /a-script.*Remove <script>/,
    /no-text.*There is no text/,
    /a-report\.yml.*Rename it to `a-report\.yaml`/,
  ]) {
    expect(
      fields.some((field) => cause.test(field)),
      String(cause),
    ).toBe(true);
  }
});
