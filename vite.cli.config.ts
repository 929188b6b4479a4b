// Builds the command line: src/cli/main.ts → dist/cli/qinggao.mjs, an ES module for Node
// that bin/qinggao.mjs imports. An SSR build leaves node_modules packages (linkedom) as
// imports, resolved from the installed dependencies at run time.
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      output: { format: 'es', entryFileNames: 'qinggao.mjs' },
    },
  },
});
