import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/golden/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    env: { TZ: 'UTC' },
    // the first test of a file loads the tagger, parser and dictionaries: seconds on a busy
    // 2-core machine (5 s, the default, timed out under a benchmark running beside the tests)
    testTimeout: 30_000,
  },
});
