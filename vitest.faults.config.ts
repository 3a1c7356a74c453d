// The fault suite (`npm run test:faults`): the real server as a child process, killed with SIGKILL, on a full disk,
// with PostgreSQL restarted or slow. Not part of `npm test`; each file runs in its own worker, side by side, because
// the time is spent in the servers they start. Needs root (a tmpfs, a PID namespace, a cluster run as postgres).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'faults',
    include: ['apps/server/faults/**/*.fault.test.ts'],
    // generous: on a machine shared with other work a seeded start can take minutes; what the tests assert about time
    // (a 503 within the statement timeout, every request answered within 8 s) is measured per request
    testTimeout: 600_000,
    hookTimeout: 60_000,
    maxWorkers: 4,
    sequence: { concurrent: false },
  },
});
