import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Hang guards, not speed checks (speed lives in `npm run bench`): generous so a busy 2-core machine never fails a test.
    testTimeout: 120_000,
    hookTimeout: 30_000,
    // better-sqlite3 is native: forks isolate it best.
    pool: 'forks',
  },
});
