// The .docx export (issue 9): the whole cleaned speech, or its outline, as a Word document in
// 公文 format. Loaded by the popup (lazily, on a click), extension pages and the CLI — never by
// the content script (test/export/docx-bundle.test.ts checks the build).
import { Packer } from 'docx';
import { DEFAULT_MAX_FILE_NAME_BYTES, safeFileName } from '../../core/file-name';
import type { CollectedSpeech } from '../../core/collection';
import type { Analysis } from '../../core/types';
import { buildWordDocument } from './build-document';
import { collectionBlocks } from './collection-blocks';
import { outlineBlocks, speechBlocks, type OutlineBlocksOptions } from './speech-blocks';

export { buildWordDocument } from './build-document';
export { outlineBlocks, speechBlocks } from './speech-blocks';
export { collectionBlocks } from './collection-blocks';
export type { WordBlock } from './word-blocks';

export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type SpeechParts = Pick<Analysis, 'title' | 'paragraphs' | 'outline'>;

/** The whole cleaned speech: title, every paragraph, heading-rank items as headings. */
export function speechDocx(analysis: SpeechParts): Promise<Uint8Array> {
  return Packer.pack(buildWordDocument(speechBlocks(analysis), { title: analysis.title }), 'uint8array');
}

/** The outline: title and the items (down to `maxDepth`), heading-rank items as headings. */
export function outlineDocx(analysis: Pick<Analysis, 'title' | 'outline'>, options: OutlineBlocksOptions = {}): Promise<Uint8Array> {
  return Packer.pack(buildWordDocument(outlineBlocks(analysis, options), { title: analysis.title }), 'uint8array');
}

/** The 提纲汇编: each speech's title as a level-1 heading, its source line, its outline a level below. */
export function collectionDocx(items: readonly CollectedSpeech[]): Promise<Uint8Array> {
  const blocks = collectionBlocks(items);
  const title = blocks[0]!.text;
  return Packer.pack(buildWordDocument(blocks, { title }), 'uint8array');
}

export type DocxKind = 'speech' | 'outline';

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** "在…上的讲话.docx", "在…上的讲话（提纲）.docx"; `fallback` (else 讲话稿) stands in for an empty title. */
export function docxFileName(title: string, kind: DocxKind, fallback?: string): string {
  const tail = (kind === 'outline' ? '（提纲）' : '') + '.docx';
  const stem = safeFileName(title, { fallback, maxBytes: DEFAULT_MAX_FILE_NAME_BYTES - utf8Length(tail) });
  return stem + tail;
}
