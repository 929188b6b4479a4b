// One input's bytes → Analysis: text files go to the core as text, HTML pages through the
// DOM shell (article extraction, hidden junk, site chrome) with the static hidden check.
import { analyzeText, type Analysis } from '../core/index';
import { analyzeDocument } from '../dom/analyze-document';
import { decodeHtmlBytes, decodeTextBytes, UndecodableError } from '../dom/decode';
import { sniffUtf16WithoutBom } from '../dom/decode-utf16';
import { createStaticIsHidden } from '../dom/hidden-static';
import { pageHostOf } from '../dom/page-host';
import { parseHtmlDocument } from './parse-html';
import { InputError } from './read-input';

const HTML_EXTENSION = /\.(html?|xhtml|shtml)$/i;
const TEXT_EXTENSION = /\.(txt|text|md|markdown)$/i;
/** The tag an HTML file opens with, once a BOM, spaces and comments are skipped. */
const HTML_OPENING_TAG = /^<(!doctype\s+html|html|head|body|meta|title)\b/i;

export function isHtmlInput(name: string, bytes: Uint8Array): boolean {
  if (HTML_EXTENSION.test(name)) return true;
  if (TEXT_EXTENSION.test(name)) return false;
  return HTML_OPENING_TAG.test(afterSpacesAndComments(headText(bytes)));
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

export interface AnalyzeInputOptions {
  host?: string;
}

export function analyzeInput(name: string, bytes: Uint8Array, options: AnalyzeInputOptions = {}): Analysis {
  try {
    if (!isHtmlInput(name, bytes)) return analyzeText(decodeTextBytes(bytes), options.host ? { host: options.host } : {});
    const doc = parseHtmlDocument(decodeHtmlBytes(bytes));
    const host = options.host ?? pageHostOf(doc);
    return analyzeDocument(doc, { isHidden: createStaticIsHidden(doc), host }).result.analysis;
  } catch (error) {
    if (error instanceof UndecodableError) throw new InputError(`undecodable: ${error.message}`);
    throw error;
  }
}
