import { existsSync } from 'node:fs';
import { installDebianPackage } from './install-debian-package.ts';

const KNOWN_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Playwright's own Chromium, if someone installed it with `npx playwright install chromium`. */
async function playwrightChromium(): Promise<string | undefined> {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** A Chromium to test with: CHROMIUM_PATH, a system Chrome or Chromium, or Playwright's own. */
export async function findChromium(env = process.env): Promise<string | undefined> {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return KNOWN_PATHS.find((path) => existsSync(path)) ?? (await playwrightChromium());
}

/** Installs Debian's chromium when that is possible here: root, with apt-get. */
export const installChromium = (): boolean =>
  installDebianPackage('chromium', 'No Chromium found') && existsSync('/usr/bin/chromium');

export const HOW_TO_GET_CHROMIUM = [
  'The browser tests need Chromium or Chrome, and none was found.',
  'Do one of these, then run `npm test` again:',
  '  • Debian or Ubuntu: sudo apt-get install chromium',
  '  • macOS: install Google Chrome, or `brew install --cask chromium`',
  '  • anywhere: set CHROMIUM_PATH to the browser executable',
  '  • or: npx playwright install chromium',
].join('\n');
