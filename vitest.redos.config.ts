// `npm run test:redos`: the ReDoS check of every regular expression in src/ (test/redos), apart
// from the default run because recheck takes minutes on a fresh checkout.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/redos/**/*.check.ts'],
    setupFiles: ['test/re2-setup.ts'],
    testTimeout: 60_000,
  },
});
