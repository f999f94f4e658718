import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { installDebianPackage } from './install-debian-package.ts';

/** vnu.jar's classes are built for Java 11 (class file version 55). */
const MIN_JAVA = 11;

/** The major version a `java -version` banner names: `"17.0.15"` is 17, `"1.8.0_402"` is 8. */
export function javaMajorVersion(banner: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(banner);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first;
}

function versionOf(java: string): number | undefined {
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  return result.status === 0 ? javaMajorVersion(`${result.stderr}${result.stdout}`) : undefined;
}

/** A Java runtime for the Nu Html Checker: `$JAVA_HOME/bin/java`, else `java` on the PATH, if 11 or newer. */
export function findJava(env = process.env): string | undefined {
  const home = env['JAVA_HOME'];
  const fromHome = home && join(home, 'bin', 'java');
  const java = fromHome && existsSync(fromHome) ? fromHome : 'java';
  return (versionOf(java) ?? 0) >= MIN_JAVA ? java : undefined;
}

/** Installs Debian's default-jre-headless when that is possible here: root, with apt-get. */
export const installJava = (): boolean =>
  installDebianPackage('default-jre-headless', 'No Java found') && findJava() !== undefined;

export const HOW_TO_GET_JAVA = [
  `The HTML check (the Nu Html Checker) needs Java ${MIN_JAVA} or newer, and none was found.`,
  'Do one of these, then run `npm test` again:',
  '  • Debian or Ubuntu: sudo apt-get install default-jre-headless',
  '  • macOS: brew install openjdk',
  '  • anywhere: install a Java runtime and put `java` on the PATH, or set JAVA_HOME',
].join('\n');
