import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/golden/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    env: { TZ: 'UTC' },
  },
});
