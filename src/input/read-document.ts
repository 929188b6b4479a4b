// One input's bytes → its content as a document (document-content.ts), with the .docx reader
// bundled: the 清稿台's way. The command line loads the .docx reader only for a .docx
// (src/cli/analyze-input-lazily.ts).
import { readDocxParagraphs } from './docx-paragraphs';
import { readDocumentContent, type DocumentContent } from './document-content';

export { inputLimit, tooLarge, type DocumentContent } from './document-content';

export function readDocument(name: string, bytes: Uint8Array): DocumentContent {
  return readDocumentContent(name, bytes, readDocxParagraphs);
}
