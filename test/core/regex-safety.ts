// A static check for catastrophic backtracking: an unbounded quantifier (*, +, {n,}) applied to
// a group that itself holds an unbounded quantifier — the shape behind (a+)+ blow-ups.
// Bounded repetition ({0,62}) stays polynomial with a small constant, so it is allowed.

const UNBOUNDED_AFTER = /^(?:[*+]|\{\d+,\})/;

export function nestedUnboundedQuantifiers(source: string): string[] {
  const problems: string[] = [];
  const stack: { start: number; unbounded: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      const rest = source.slice(i + 1);
      if (!inClass && UNBOUNDED_AFTER.test(rest) && stack.length) stack[stack.length - 1]!.unbounded = true;
      continue;
    }
    if (inClass) {
      if (ch === ']') {
        inClass = false;
        if (UNBOUNDED_AFTER.test(source.slice(i + 1)) && stack.length) stack[stack.length - 1]!.unbounded = true;
      }
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') stack.push({ start: i, unbounded: false });
    else if (ch === ')') {
      const group = stack.pop()!;
      const quantified = UNBOUNDED_AFTER.test(source.slice(i + 1));
      if (quantified && group.unbounded) problems.push(source.slice(group.start, i + 2));
      if ((quantified || group.unbounded) && stack.length) stack[stack.length - 1]!.unbounded = true;
    } else if (UNBOUNDED_AFTER.test(source.slice(i + 1)) && ch !== '|' && stack.length) {
      stack[stack.length - 1]!.unbounded = true;
    }
  }
  return problems;
}
