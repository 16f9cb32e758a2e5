import { defineConfig } from 'vitest/config';

// End-to-end: the built renderer in Debian's Chromium (playwright-core), window.api served by the
// real main-process handlers and pipeline running in this Node process.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
