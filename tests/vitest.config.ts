import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit and built-output tests. Browser tests run under Playwright (tests/browser/).
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/unit/**/*.test.ts', 'tests/built/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
