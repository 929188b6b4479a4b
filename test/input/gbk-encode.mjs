// GBK bytes for test text. Node can decode GBK but has no encoder, so the table is built by
// decoding every two-byte GBK code once (lead 0x81–0xFE, trail 0x40–0xFE but 0x7F). Shared by
// the unit tests and the browser tests (a dropped GBK .txt on the 清稿台).
let table;

function encoderTable() {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
      } catch {
        // not a GBK code
      }
    }
  }
  return table;
}

/** The GBK bytes of `text`; throws on a character GBK cannot hold. */
export function encodeGbk(text) {
  const codes = encoderTable();
  const bytes = [];
  for (const char of text) {
    const code = char.codePointAt(0);
    if (code < 0x80) bytes.push(code);
    else {
      const pair = codes.get(char);
      if (!pair) throw new Error(`not in GBK: ${char} (U+${code.toString(16)})`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}
