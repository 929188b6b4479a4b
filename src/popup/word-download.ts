// "下载 Word": the outline or the whole cleaned speech as a .docx in 公文 format. The docx code
// (src/export/docx and the docx package) is imported on the first click only, so the popup's
// first paint does not carry it.
import type { Analysis } from '../core/types';
import { saveFile, type SaveFileOptions } from './save-file';

export type WordDownloadKind = 'outline' | 'speech';

export interface WordDownloadOptions extends SaveFileOptions {
  /** the outline's depth chooser: items deeper than this are left out */
  maxDepth?: number;
}

/** Makes the document, offers it for download and resolves to its file name. */
export async function downloadWord(kind: WordDownloadKind, analysis: Pick<Analysis, 'title' | 'paragraphs' | 'outline'>, options: WordDownloadOptions = {}): Promise<string> {
  const docx = await import('../export/docx/index');
  const bytes = kind === 'outline' ? await docx.outlineDocx(analysis, { maxDepth: options.maxDepth }) : await docx.speechDocx(analysis);
  const fileName = docx.docxFileName(analysis.title, kind);
  saveFile(bytes, fileName, docx.DOCX_MIME_TYPE, options);
  return fileName;
}
