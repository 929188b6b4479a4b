// Stands in for entities' `internal/decode-shared.js` in the command line's build
// (vite.cli.config.ts). linkedom's HTML parser (htmlparser2 → entities) decodes its tables of
// character references from base64 as it loads: atob, then a loop over the 24,000 characters of
// the HTML table, hot enough that V8 compiles it twice with its optimizing compiler (on-stack
// replacement, then the whole function): about 18 ms of CPU on every HTML call, on a second
// thread. Node decodes base64 to bytes natively, and on a little-endian machine (all Node's usual
// ones) those bytes already are the table of 16-bit units.

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** entities' decodeBase64: base64 text → the little-endian 16-bit units it encodes. (`littleEndian`
 * is this machine's byte order; a test asks for the other path too.) */
export function decodeBase64(input: string, littleEndian = LITTLE_ENDIAN): Uint16Array {
  const bytes = Buffer.from(input, 'base64');
  const length = bytes.length >> 1;
  // a copy of its own: Buffer.from may hand out a slice of a shared pool, at any offset
  if (littleEndian) return new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + 2 * length));
  const out = new Uint16Array(length);
  for (let i = 0; i < length; i++) out[i] = bytes[2 * i]! | (bytes[2 * i + 1]! << 8);
  return out;
}
