// `npm run test:office`: LibreOffice as the real client of what we copy and export (test/office).
// Kept out of the default `vitest run`: one soffice start-up per target format takes seconds,
// and the conversions of every seed and saved page take minutes.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/office/**/*.test.ts'],
    globalSetup: ['test/office/tools-setup.ts'],
    testTimeout: 20 * 60_000,
    hookTimeout: 20 * 60_000,
    // a 2-core machine: one soffice at a time
    fileParallelism: false,
  },
});
