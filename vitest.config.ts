// Test projects: fast in-process tests, then end-to-end tests in real Chromium, three files at a time.
// Three workers for the in-process tests, not vitest's default of (cores − 1): on a 2-core machine that is one file at
// a time, while much of a file's time is spent waiting on PostgreSQL or on the browser.
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
          isolate: false,
          sequence: { groupOrder: 0 },
          include: [
            'packages/*/src/**/*.test.ts',
            'packages/*/test/**/*.test.ts',
            'apps/*/src/**/*.test.ts',
            'apps/*/test/**/*.test.ts',
          ],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          isolate: false,
          // after the in-process tests, in a group of its own with its own number of workers
          sequence: { groupOrder: 1 },
          maxWorkers: 2,
          include: ['apps/web/e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // three files at a time: a file's server, database and browser wait on each other, so two files kept the 2
          // cores half busy (a CI run: 28 min of CPU in 27 min); three at once on PGlite once made pages time out, and
          // the servers now run on PostgreSQL when it is there
        },
      },
    ],
  },
});
