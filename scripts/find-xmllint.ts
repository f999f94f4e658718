import { spawnSync } from 'node:child_process';
import { installDebianPackage } from './install-debian-package.ts';

// The package test (tests/built/packages.test.ts) checks each SCORM manifest against ADL's schema files
// with libxml2's xmllint, the checker LMS vendors and ADL's own tools agree with.

/** Whether `xmllint` runs here. */
export const hasXmllint = (): boolean => spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).status === 0;

/** Installs Debian's libxml2-utils, which has xmllint, when that is possible here: root, with apt-get. */
export const installXmllint = (): boolean => installDebianPackage('libxml2-utils', 'No xmllint found') && hasXmllint();

export const HOW_TO_GET_XMLLINT = [
  'The course package test checks SCORM manifests with xmllint, and none was found.',
  'Do one of these, then run `npm test` again:',
  '  • Debian or Ubuntu: sudo apt-get install libxml2-utils',
  '  • macOS: xmllint comes with the system (or: brew install libxml2)',
].join('\n');
