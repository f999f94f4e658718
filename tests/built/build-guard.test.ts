import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildWithContent } from '../support/astro-on-fixtures.ts';

// A real `astro build` on content with mistakes: the build must stop and list every problem.
it('stops the build with file · field · fix for every content problem', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'triangulate-guard-'));
  const { status, output } = buildWithContent({ content: 'tests/fixtures/build-guard', outDir });
  rmSync(outDir, { recursive: true, force: true });
  expect(status).not.toBe(0);
  expect(output).toContain('tests/fixtures/build-guard/courses/basics/02-second.mdx · line');
  expect(output).toMatch(/<Case> id · There is no case with the id `missing-case`/);
  expect(output).toMatch(
    /tests\/fixtures\/build-guard\/courses\/basics\/02-second\.mdx · references\[0\] · There is no resource/,
  );
  expect(output).toMatch(/The content has 3 problems to fix/);
});
