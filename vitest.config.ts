import { defineConfig } from 'vitest/config';

// Unit and built-output tests. Browser tests run under Playwright (tests/browser/).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/built/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
