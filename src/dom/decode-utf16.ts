// UTF-16 text saved without a byte order mark (Notepad's "Unicode" on some systems, exports
// from old Office tools). Its ASCII characters — newlines, digits, Latin letters — carry a NUL
// byte, so it looks like binary data; decoded as UTF-16 it reads as text.

const SNIFF_BYTES = 8192;
/** Share of code units that must look like text (CJK, ASCII, punctuation) for the guess to hold. */
const MIN_TEXT_SHARE = 0.95;

export type Utf16Encoding = 'utf-16le' | 'utf-16be';

/** Characters a Chinese or English document is made of. */
function isTextLike(unit: number): boolean {
  return (
    unit === 0x09 || unit === 0x0a || unit === 0x0d ||
    (unit >= 0x20 && unit <= 0x7e) ||
    (unit >= 0xa0 && unit <= 0x2bff) || // Latin, general punctuation, symbols, circled numbers
    (unit >= 0x3000 && unit <= 0x9fff) || // CJK punctuation, kana, CJK ideographs
    (unit >= 0xf900 && unit <= 0xfaff) || // CJK compatibility ideographs
    (unit >= 0xfe30 && unit <= 0xfe4f) || // CJK compatibility forms
    (unit >= 0xff00 && unit <= 0xffef) // full-width forms
  );
}

function textShare(bytes: Uint8Array, length: number, encoding: Utf16Encoding): number {
  let textLike = 0;
  for (let i = 0; i < length; i += 2) {
    const unit = encoding === 'utf-16le' ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    if (isTextLike(unit)) textLike++;
  }
  return textLike / (length / 2);
}

/**
 * The byte order of BOM-less UTF-16 text, or undefined when the bytes are not that: only bytes
 * holding NULs are considered (text in any other encoding has none), and their code units must
 * read as text. When both orders do (ASCII read backwards lands in CJK), the NULs decide: an
 * ASCII character's NUL is its high byte.
 */
export function sniffUtf16WithoutBom(bytes: Uint8Array): Utf16Encoding | undefined {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  let nulLow = 0;
  let nulHigh = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) nulLow++;
    if (bytes[i + 1] === 0) nulHigh++;
  }
  if (nulLow + nulHigh === 0) return undefined;
  const little = textShare(bytes, length, 'utf-16le') >= MIN_TEXT_SHARE;
  const big = textShare(bytes, length, 'utf-16be') >= MIN_TEXT_SHARE;
  if (little && big) return nulHigh >= nulLow ? 'utf-16le' : 'utf-16be';
  return little ? 'utf-16le' : big ? 'utf-16be' : undefined;
}
