// A file name as the command prints it in a message or a header. A name holding a newline or
// another control character would break the one-line message apart, or pass terminal escape
// codes through: such a name is printed quoted, with those characters (and quotes and
// backslashes) escaped as in JSON — "a\nb.txt"; every other name as it is.

/** Control characters (C0, DEL, C1) and the two Unicode line separators. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const TO_ESCAPE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029"\\]/g;
const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '"': '\\"', '\\': '\\\\' };

export function displayName(name: string): string {
  if (!UNPRINTABLE.test(name)) return name;
  const escaped = name.replace(TO_ESCAPE, (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${escaped}"`;
}
