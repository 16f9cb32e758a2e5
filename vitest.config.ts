import { defineConfig } from 'vitest/config';

// One project per environment (STYLE.md): shared and main run in Node, the renderer in jsdom.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/shared/**/*.test.ts', 'test/unit/main/**/*.test.ts', 'test/unit/preload/**/*.test.ts', 'test/integration/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/unit/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/helpers/rendererSetup.ts'],
        },
      },
    ],
  },
});
