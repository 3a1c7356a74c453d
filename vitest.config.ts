// Test projects: fast in-process tests, and end-to-end tests in real Chromium (run one file at a time).
// Three workers, not vitest's default of (cores − 1): on a 2-core machine that is one file at a time, while much of
// a file's time is spent waiting on PostgreSQL or on the browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    maxWorkers: 3,
    // the databases tests start from, prepared once per run
    globalSetup: ['test-support/global-setup.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'apps/*/test/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['apps/web/e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // one file at a time: a file's browser and server already keep both cores busy (three at once took as long)
          fileParallelism: false,
        },
      },
    ],
  },
});
