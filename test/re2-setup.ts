// Every test reads regex rules with RE2 bundled, as the CLI and the extension's pages do; the
// content engine's on-demand RE2 has its own test (test/content/regex-rules.test.ts).
import '../src/core/re2-bundled';
