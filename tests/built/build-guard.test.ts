import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// A real `astro build` on content with mistakes: the build must stop and list every problem.
it('stops the build with file · field · fix for every content problem', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'triangulate-guard-'));
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TRIANGULATE_CONTENT: 'tests/fixtures/build-guard' },
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status).not.toBe(0);
  expect(output).toContain('tests/fixtures/build-guard/courses/basics/02-second.mdx · line');
  expect(output).toMatch(/<Case> id · There is no case with the id `missing-case`/);
  expect(output).toMatch(
    /tests\/fixtures\/build-guard\/courses\/basics\/02-second\.mdx · references\[0\] · There is no resource/,
  );
  expect(output).toMatch(/The content has 3 problems to fix/);
});
