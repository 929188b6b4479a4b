import { defineConfig, type Plugin } from 'vitest/config';

/** crxjs's `?script` imports (src/shared/engine-files.ts) give the built file's name; here, the same name. */
export function scriptFileNames(): Plugin {
  return {
    name: 'qinggao:script-file-names',
    enforce: 'pre',
    resolveId(source) {
      return source.endsWith('?script') ? `\0script:${source.slice(0, -'?script'.length).replace(/^(\.\.\/)+/, 'src/')}` : undefined;
    },
    load(id) {
      return id.startsWith('\0script:') ? `export default ${JSON.stringify(id.slice('\0script:'.length).replace(/\.ts$/, '.js'))};` : undefined;
    },
  };
}

export default defineConfig({
  plugins: [scriptFileNames()],
  test: {
    setupFiles: ['test/re2-setup.ts'],
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/office/**', 'node_modules/**', 'dist/**'],
    testTimeout: 30_000,
  },
});
