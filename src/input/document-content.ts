// One input's bytes → its content as a document: plain text, an HTML page, or a Word file's
// paragraphs. Shared by the command line and the 清稿台, so a file reads the same in both and
// is refused for the same reasons (InputProblem: empty, binary, undecodable, too large, a .docx
// that is no zip or holds no document). The .docx reader is handed in, so that the command
// loads it (and its zip library) only for a .docx; read-document.ts hands in the bundled one.
import { decodeHtmlBytes, decodeTextBytes, UndecodableError } from '../dom/decode';
import type { DocxParagraph } from './docx-paragraphs';
import { inputKind, type InputKind } from './input-kind';
import { InputProblem } from './input-problem';
import { MAX_DOCX_BYTES, MAX_DOCX_WORDS, MAX_INPUT_BYTES, MAX_INPUT_WORDS, megabytes } from './input-limits';
import { looksBinary } from './looks-binary';

export type DocumentContent =
  | { kind: 'text'; text: string }
  | { kind: 'html'; html: string }
  | { kind: 'docx'; paragraphs: DocxParagraph[] };

export type DocxReader = (bytes: Uint8Array) => DocxParagraph[];

/** The most bytes a file of this name may have (a .docx carries pictures, so it may be larger). */
export function inputLimit(name: string): { bytes: number; words: string } {
  return /\.docx$/i.test(name) ? { bytes: MAX_DOCX_BYTES, words: MAX_DOCX_WORDS } : { bytes: MAX_INPUT_BYTES, words: MAX_INPUT_WORDS };
}

export function tooLarge(limitWords: string, size?: number): InputProblem {
  return new InputProblem('too-large', `too large${size === undefined ? '' : ` (${megabytes(size)})`}: the limit is ${limitWords}`);
}

export function readDocumentContent(name: string, bytes: Uint8Array, readDocx: DocxReader): DocumentContent {
  if (bytes.length === 0) throw new InputProblem('empty', 'empty file');
  const kind: InputKind = inputKind(name, bytes);
  const limit = kind === 'docx' ? { bytes: MAX_DOCX_BYTES, words: MAX_DOCX_WORDS } : { bytes: MAX_INPUT_BYTES, words: MAX_INPUT_WORDS };
  if (bytes.length > limit.bytes) throw tooLarge(limit.words, bytes.length);
  if (kind === 'docx') {
    const paragraphs = readDocx(bytes);
    if (!paragraphs.length) throw new InputProblem('docx-empty', 'empty document: the Word file holds no text');
    return { kind, paragraphs };
  }
  if (looksBinary(bytes)) throw new InputProblem('binary', 'binary file');
  try {
    return kind === 'html' ? { kind, html: decodeHtmlBytes(bytes) } : { kind, text: decodeTextBytes(bytes) };
  } catch (error) {
    if (error instanceof UndecodableError) throw new InputProblem('undecodable', `undecodable: ${error.message}`);
    throw error;
  }
}
