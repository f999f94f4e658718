import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The real command a trainer runs: `npm run check:content -- <folder>`.
const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const checkContent = (folder: string) =>
  spawnSync('npm', ['run', '--silent', 'check:content', '--', folder], { cwd: projectRoot, encoding: 'utf8' });

describe('npm run check:content', () => {
  it('exits 1 and prints one file · field · fix line per problem', () => {
    const { status, stdout, stderr } = checkContent('tests/fixtures/three-mistakes');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.split('\n');
    expect(lines[0]).toBe('The content has 3 problems to fix:');
    expect(lines.filter((line) => line.startsWith('tests/fixtures/'))).toEqual([
      'tests/fixtures/three-mistakes/cases/kim-ava-leo.yaml · passMark · Write a pass mark from 0 to 100.',
      'tests/fixtures/three-mistakes/courses/assessment-basics/02-three-domains.mdx · minutes · Write a whole number of minutes, for example `30`.',
      'tests/fixtures/three-mistakes/resources/munro-review-2011.yaml · url · Write a full address starting with https://, or leave `url` out.',
    ]);
    expect(stderr).toContain('Each line reads: file · field · what to write instead.');
  });

  it('exits 1 on a fixture with one mistake', () => {
    const { status, stderr } = checkContent('tests/fixtures/malformed/order-gap');
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /^tests\/fixtures\/malformed\/order-gap\/courses\/assessment-basics\/02-three-domains\.mdx · order · .+ number 2 is missing\./m,
    );
  });

  it('exits 0 on valid content and says what it found', () => {
    const { status, stdout, stderr } = checkContent('tests/fixtures/valid');
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout.trim()).toBe(
      'Content in tests/fixtures/valid is ready: courses: 1, modules: 2, cases: 1, talks: 1, resources: 2, glossary: 2.',
    );
  });
});
