import { defineConfig } from 'vitest/config';

// The package test: builds the Linux dir target with a stand-in Electron and inspects it.
export default defineConfig({
  test: {
    name: 'package',
    environment: 'node',
    include: ['test/package/**/*.package.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
