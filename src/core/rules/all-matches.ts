// Every match of a global pattern, read with the pattern itself. `text.matchAll(pattern)` answers the
// same but runs a copy: the spec's iterator constructs a new RegExp from the pattern, and V8 (like
// SpiderMonkey) finds that copy's compiled code only in its regex cache, which full garbage
// collections age out. A call after a couple of them compiles the copy again, to bytecode first
// (findEmptyLabels took 20× its warm time in the bench, where a full GC runs before each page).

/** Every match of `pattern` (global) in `text`, in order; the pattern's lastIndex is left at 0. */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(m);
    // an empty match would be found again at the same place
    if (m[0] === '') pattern.lastIndex = advancedIndex(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
  }
  pattern.lastIndex = 0;
  return found;
}

/** The index after `at`, a surrogate pair counting as one step in unicode mode (as matchAll steps). */
function advancedIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const code = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}
