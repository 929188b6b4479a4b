// What kind of document a file is: a Word .docx, an HTML page, or plain text. The name's
// extension decides when it is one of ours; otherwise (standard input, a file without an
// extension) the bytes do.
import { sniffUtf16WithoutBom } from '../dom/decode-utf16';

export type InputKind = 'docx' | 'html' | 'text';

const HTML_EXTENSION = /\.(html?|xhtml|shtml)$/i;
const TEXT_EXTENSION = /\.(txt|text|md|markdown)$/i;
const DOCX_EXTENSION = /\.docx$/i;
/** The tag an HTML file opens with, once a BOM, spaces and comments are skipped. */
const HTML_OPENING_TAG = /^<(!doctype\s+html|html|head|body|meta|title)\b/i;

/** A zip archive's first local file header ("PK\3\4"). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function inputKind(name: string, bytes: Uint8Array): InputKind {
  if (DOCX_EXTENSION.test(name)) return 'docx';
  if (HTML_EXTENSION.test(name)) return 'html';
  if (TEXT_EXTENSION.test(name)) return 'text';
  if (isZip(bytes)) return 'docx';
  return HTML_OPENING_TAG.test(afterSpacesAndComments(headText(bytes))) ? 'html' : 'text';
}

export function isHtmlInput(name: string, bytes: Uint8Array): boolean {
  return inputKind(name, bytes) === 'html';
}

/** The first KB as characters: UTF-16 (marked or not) as UTF-16, anything else byte by byte. */
function headText(bytes: Uint8Array): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : sniffUtf16WithoutBom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes.subarray(0, 1024)); // drops the BOM
  return new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).replace(/^\xef\xbb\xbf/, '');
}

/** Skips leading white space and `<!-- … -->` comments by scanning, not by a regex: a pattern
 * like `(\s|<!--[\s\S]*?-->)*` tries every way of splitting a run of comments and never ends
 * on 40 × `<!--a-->` before a tag that is no HTML. */
function afterSpacesAndComments(head: string): string {
  let at = 0;
  for (;;) {
    while (at < head.length && /\s/.test(head[at]!)) at++;
    if (!head.startsWith('<!--', at)) return head.slice(at);
    const end = head.indexOf('-->', at + 4);
    if (end < 0) return ''; // a comment still open where the sniffed head ends
    at = end + 3;
  }
}
