// Text or binary data? Used on files whose bytes should be text (.txt, .html, standard input).
import { sniffUtf16WithoutBom } from '../dom/decode-utf16';

/** How much of the file's head is inspected to tell text from binary data. */
const SNIFF_BYTES = 8192;
/** Share of control bytes beyond which a file is binary, not text. */
const MAX_CONTROL_SHARE = 0.1;

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** NUL bytes or many control characters (other than tab, newlines, form feed, escape). */
export function looksBinary(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes) || sniffUtf16WithoutBom(bytes)) return false;
  const head = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) control++;
  }
  return control > head.length * MAX_CONTROL_SHARE;
}
