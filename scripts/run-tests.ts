// The whole suite, as `npm test` runs it: content check, type check, lint, production build with its search
// index, unit and built-output tests (Vitest, the HTML check among them, which needs Java, and the package
// check, which needs xmllint), then browser
// tests in Chromium (Playwright). Ends with one line, `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium, HOW_TO_GET_CHROMIUM, installChromium } from './find-chromium.ts';
import { findJava, HOW_TO_GET_JAVA, installJava } from './find-java.ts';
import { hasXmllint, HOW_TO_GET_XMLLINT, installXmllint } from './find-xmllint.ts';

const RESULTS = resolve('test-results');
const tally = { passed: 0, failed: 0 };

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  return (
    spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } })
      .status === 0
  );
}

/** A step that is one test: it passes or fails as a whole. */
function step(name: string, command: string, args: string[]) {
  const ok = run(command, args);
  tally[ok ? 'passed' : 'failed'] += 1;
  if (!ok) console.error(`✗ ${name} failed`);
}

function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Adds a runner's counts; a runner that crashed before writing results counts as one failure. */
function count(name: string, counts: { passed: number; failed: number } | undefined, ok: boolean) {
  if (!counts) {
    console.error(`✗ ${name} wrote no results`);
    tally.failed += 1;
    return;
  }
  tally.passed += counts.passed;
  tally.failed += counts.failed + (ok || counts.failed > 0 ? 0 : 1);
}

mkdirSync(RESULTS, { recursive: true });
let chromium = await findChromium();
if (!chromium && installChromium()) chromium = await findChromium();
if (!chromium) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
// The HTML check (tests/built/html-validity.test.ts) runs the Nu Html Checker, which is Java.
if (!findJava() && !installJava()) {
  console.error(HOW_TO_GET_JAVA);
  process.exit(1);
}
if (!hasXmllint() && !installXmllint()) {
  console.error(HOW_TO_GET_XMLLINT);
  process.exit(1);
}

step('Content check', 'node', ['scripts/check-content.ts']);
step('Type check', 'npm', ['run', 'check:types', '--silent']);
step('Lint and formatting', 'npm', ['run', 'lint', '--silent']);
step('Build with search index', 'npm', ['run', 'build', '--silent']);

const vitestOk = run('npx', [
  'vitest',
  'run',
  '--config',
  'tests/vitest.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${RESULTS}/vitest.json`,
]);
const vitest = readJson<{ numPassedTests: number; numFailedTests: number }>(`${RESULTS}/vitest.json`);
count('Vitest', vitest && { passed: vitest.numPassedTests, failed: vitest.numFailedTests }, vitestOk);

const playwrightOk = run('npx', ['playwright', 'test', '--config', 'tests/playwright.config.ts'], {
  CHROMIUM_PATH: chromium,
  PLAYWRIGHT_JSON_OUTPUT_NAME: `${RESULTS}/playwright.json`,
});
const playwright = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(
  `${RESULTS}/playwright.json`,
);
count(
  'Playwright',
  playwright && { passed: playwright.stats.expected + playwright.stats.flaky, failed: playwright.stats.unexpected },
  playwrightOk,
);

console.log(`\n${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed === 0 ? 0 : 1);
