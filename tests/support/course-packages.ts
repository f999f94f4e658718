import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';

/** Every course's packages in every format, as `npm run package -- --all` writes them from dist/. */
export function buildPackages(): { folder: string; zips: string[] } {
  const folder = mkdtempSync(join(tmpdir(), 'triangulate-packages-'));
  const { status, stderr } = spawnSync(process.execPath, ['scripts/package.ts', '--all', '--out', folder], {
    encoding: 'utf8',
  });
  if (status !== 0) throw new Error(`Packaging failed:\n${stderr}`);
  return {
    folder,
    zips: readdirSync(folder)
      .filter((name) => name.endsWith('.zip'))
      .sort(),
  };
}

/** A package's files by their path inside it. */
export const filesOf = (zip: string): Record<string, Uint8Array> => unzipSync(readFileSync(zip));

/** Unzips a package into `folder`, as an LMS does when it imports one. */
export function unpack(zip: string, folder: string): void {
  for (const [path, bytes] of Object.entries(filesOf(zip))) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), bytes);
  }
}
