// Which RE2 the user's regex rules run on (user-rules.ts). The extension's pages and the
// background bundle re2js (re2-bundled.ts); the content engine does not — its RE2 is a file of
// its own, injected only when the settings hold a regex rule (src/content/regex-rules.ts), so
// that most pages never load it. The CLI takes no user rules, so it has no RE2 (re2js is half
// of its bundle, and parsing it would cost every call).
import type { RE2JS } from 're2js';

export type Re2 = typeof RE2JS;

let engine: Re2 | undefined;

export function provideRe2(re2: Re2): void {
  engine ??= re2;
}

export function re2Loaded(): boolean {
  return engine !== undefined;
}

/** RE2; a regex rule read before it was provided is a bug of the caller's, said loudly. */
export function re2(): Re2 {
  if (!engine) throw new Error('RE2 is not loaded: provide it (re2-bundled.ts) before reading regex rules');
  return engine;
}
