// Reads a CSS declaration block ("display:none; color: #fff !important") into a map of
// lower-case property → value. Enough for inline styles and simple <style> rules.

export type Declarations = Map<string, string>;

export function parseDeclarations(block: string): Declarations {
  const declarations: Declarations = new Map();
  for (const part of block.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const property = part.slice(0, colon).trim().toLowerCase();
    const raw = part.slice(colon + 1);
    const value = (raw.includes('!') ? raw.replace(/!\s*important/i, '') : raw).trim().toLowerCase();
    if (property && value) declarations.set(property, value);
  }
  return declarations;
}

/** A number and its unit. Digits before and after the point are read by separate, non-overlapping
 * parts: `\d*\.?\d+` splits a run of digits every way it can before failing (a 50 KB value: 9 s). */
export const CSS_LENGTH = /^(-?(?:\d+(?:\.\d+)?|\.\d+))(px|pt|em|rem|%)?$/;

/** A length in CSS pixels (em and rem taken as 16 px); undefined when not a plain length. */
export function lengthInPixels(value: string | undefined): number | undefined {
  const m = value?.trim().match(CSS_LENGTH);
  if (!m) return undefined;
  const n = parseFloat(m[1]!);
  switch (m[2]) {
    case 'pt':
      return (n * 4) / 3;
    case 'em':
    case 'rem':
      return n * 16;
    case '%':
      return (n * 16) / 100;
    default:
      return n;
  }
}
