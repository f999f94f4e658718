import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

let listsUpdated = false;

/**
 * Installs a Debian package when that is possible here: running as root, with apt-get. Package lists are
 * updated once per run, however many packages are installed. Returns whether apt-get succeeded.
 */
export function installDebianPackage(name: string, reason: string): boolean {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log(`${reason}: installing Debian’s ${name} package with apt-get…`);
  const aptGet = (args: string[]) =>
    spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
      .status === 0;
  listsUpdated ||= aptGet(['update', '-qq']);
  return listsUpdated && aptGet(['install', '-y', '-qq', name]);
}
