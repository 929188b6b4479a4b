// Builds the command line: src/cli/main.ts → dist/cli/qinggao.mjs, an ES module for Node
// that bin/qinggao.mjs imports. Every dependency is bundled in (linkedom alone is ~100 small
// modules, which took Node longer to find and load than the whole analysis of a page), and
// what only some calls need is a chunk loaded on demand: the HTML side (linkedom and the DOM
// shell) for an HTML input, the docx writer for --docx.
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  ssr: { noExternal: true },
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
