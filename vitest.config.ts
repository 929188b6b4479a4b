import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    setupFiles: ['test/re2-setup.ts'],
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/office/**', 'node_modules/**', 'dist/**'],
    testTimeout: 30_000,
  },
});
