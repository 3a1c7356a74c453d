// Test projects: fast in-process tests, then end-to-end tests in Chromium, two files at a time.
// Three workers for the in-process tests, not vitest's default of (cores − 1): on a 2-core machine that is one file at
// a time, while much of a file's time is spent waiting on PostgreSQL or on the browser. Files of one worker share the
// modules they import (isolate: false): each file's own import of the server, Kysely and antd cost 3 of the 9 minutes
// the in-process tests took on 2 cores. Every file opens its own databases and servers, so nothing else is shared.
import { defineConfig } from 'vitest/config';
import { SlowFirst } from './test-support/sequencer.ts';

export default defineConfig({
  test: {
    maxWorkers: 3,
    sequence: { sequencer: SlowFirst },
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
          maxWorkers: 3,
          include: ['apps/web/e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // three files at a time: on PostgreSQL a file's worker is idle most of its time (a profile of one file: 12 of
          // 52 s busy) and Chromium waits on the pages' network-idle pauses, so two files left the cores half used
        },
      },
    ],
  },
});
