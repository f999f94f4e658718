import { defineConfig, devices } from '@playwright/test';

// Not 4321, so the suite can run beside `npm start`; TEST_PORT lets two checkouts test side by side.
const PORT = Number(process.env['TEST_PORT'] ?? 4322);

// Browser tests against the production build in dist/ (npm test builds it first), in a real Chromium:
// CHROMIUM_PATH is set by scripts/run-tests.ts, which finds or installs one.
export default defineConfig({
  testDir: './browser',
  outputDir: '../test-results/playwright',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    // The service worker is tested on its own (offline.spec.ts, subfolder.spec.ts), which allow it. Elsewhere
    // each test sees the page as the network serves it, as a first visit does, and no test's shell
    // download is counted in another's requests.
    serviceWorkers: 'block',
    launchOptions: {
      ...(process.env['CHROMIUM_PATH'] && { executablePath: process.env['CHROMIUM_PATH'] }),
      // As root in a container Chromium needs --no-sandbox; the rest stop it calling home on a closed network.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node scripts/serve-static.ts ${PORT}`,
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
