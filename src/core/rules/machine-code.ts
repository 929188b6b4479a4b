// A regex's first match decides what its compile costs. V8 (and SpiderMonkey, which uses the same
// irregexp) runs a regex's first match on bytecode and compiles it to machine code for the next
// one, except that a first match on a subject of 1000 characters or more is compiled to machine
// code at once. For the rules' patterns (Chinese text, bounded repeats, wide classes) the bytecode
// step is the dear one: the 88 line rules cost 19–29 ms compiled to bytecode and then to machine
// code (the second match tiers up), 6–8 ms compiled to machine code straight away (node 20, one
// fresh process each). A page load and a one-file CLI call compile every regex they use, so a
// pattern that will run more than once is first matched on such a subject. Only the time
// changes, never an answer: the match is a test on a run of one private-use character, and a global or
// sticky pattern gets its lastIndex back.

/** Long enough for the engine's straight-to-machine-code path; two-byte, like the CJK lines the rules
 * read (irregexp compiles one-byte and two-byte subjects apart). A private-use character: white
 * space (the ideographic space) lets a pattern that opens with \s* read the subject once from each
 * start, and a title pattern took 300 ms over it. */
const LONG_FIRST_SUBJECT = '\uE000'.repeat(1000);

const compiled = new WeakSet<RegExp>();

/** `pattern`, compiled to machine code by a first match on a long subject when it has not run yet here. */
export function compiledPattern<T extends RegExp>(pattern: T): T {
  if (compiled.has(pattern)) return pattern;
  compiled.add(pattern);
  const lastIndex = pattern.lastIndex;
  pattern.test(LONG_FIRST_SUBJECT);
  pattern.lastIndex = lastIndex;
  return pattern;
}
