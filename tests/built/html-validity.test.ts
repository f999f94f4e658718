import { spawnSync } from 'node:child_process';
import { globSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findJava, HOW_TO_GET_JAVA } from '../../scripts/find-java.ts';
import { builtPages, DIST } from '../support/built-site.ts';

/** The Nu Html Checker (the W3C's validator.nu), from the `vnu-jar` dev dependency. */
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/**
 * The checker's CSS grammar predates two parts of CSS the site uses, both in every current browser:
 * anchor positioning, for the glossary's hover card (GlossaryTerm.astro), and container queries, for
 * tables that become lists where their columns do not fit (learning.css). It reports each such property
 * as "Property … doesn't exist" and `@container` as an unknown at-rule. Only those messages are left out;
 * any other CSS message, about them or about any other property, still fails.
 */
const NEWER_PROPERTIES = [
  'position-area',
  'anchor-name',
  'position-anchor',
  'anchor-scope',
  'position-try-fallbacks',
  'container-type',
];
const NEWER_CSS = [
  new RegExp(`^CSS: “(${NEWER_PROPERTIES.join('|')})”: Property “\\1” doesn't exist\\.$`),
  /^CSS: Unrecognized at-rule “@container”$/,
];

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/** Every HTML file the build wrote, 404.html included. */
const files = globSync('**/*.html', { cwd: DIST }).sort();

/** One Java process checks every page: starting the checker takes longer than checking a page. */
function checkAll(java: string): VnuMessage[] {
  const result = spawnSync(
    java,
    ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', '--exit-zero-always', ...files],
    { cwd: DIST, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) throw new Error(`The Nu Html Checker did not run:\n${result.stderr || result.error}`);
  return (JSON.parse(result.stdout) as { messages: VnuMessage[] }).messages;
}

const where = (message: VnuMessage) =>
  `${message.url ? relative(DIST, fileURLToPath(message.url)) : '(checker)'}:${message.lastLine ?? '?'}`;

describe('HTML validity (Nu Html Checker)', () => {
  it('checks every page of the build, the 404 page included', () => {
    expect(files).toContain('404.html');
    expect(files).toEqual(expect.arrayContaining(builtPages().map((page) => page.file)));
  });

  // About 20 s for the whole site on a quiet 2-core machine, three times that beside other test files.
  it('finds no errors in any page', { timeout: 300_000 }, () => {
    const java = findJava();
    if (!java) throw new Error(HOW_TO_GET_JAVA);
    const errors = checkAll(java)
      .filter((message) => message.type !== 'info' && !NEWER_CSS.some((known) => known.test(message.message)))
      .map((message) => `${where(message)} ${message.message}`);
    expect(errors).toEqual([]);
  });
});
