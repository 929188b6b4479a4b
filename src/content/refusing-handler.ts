// Whether an onmousedown handler does nothing but refuse the click ("return false"), read from
// its source. The page writes that source, so it may be 100 KB of spaces: white space is first
// collapsed to single spaces in one pass, then matched by patterns with no two quantifiers that
// could share a character (the older `\s*;?\s*$` tried every split of a long run of spaces).

const ONLY_RETURNS_FALSE = /^(?:javascript: ?)?return false ?;?$/i;
const FUNCTION_ONLY_RETURNS_FALSE = /^function ?\w* ?\([^)]*\) ?\{ ?return false ?;? ?\}$/;

function collapseSpaces(code: string): string {
  return code.trim().replace(/\s+/g, ' ');
}

/** An on* attribute's code: `return false`, `javascript:return false;`, spaces anywhere between. */
export function attributeOnlyReturnsFalse(code: string): boolean {
  return ONLY_RETURNS_FALSE.test(collapseSpaces(code));
}

/** A handler function's source: `function () { return false; }`, named or not. */
export function functionOnlyReturnsFalse(source: string): boolean {
  return FUNCTION_ONLY_RETURNS_FALSE.test(collapseSpaces(source));
}
