// One document on the 清稿台: what the user pasted or opened, and either its Analysis or the
// reason it could not be read. Pure data; the page keeps a list of them.
import type { Analysis } from '../core/types';

export type DeskSource = 'paste' | 'file';

interface DeskDocumentBase {
  /** unique on the page, in the order the documents arrived */
  id: number;
  /** the file's name, or "粘贴的文本 N" */
  name: string;
  source: DeskSource;
}

export interface DeskReadyDocument extends DeskDocumentBase {
  analysis: Analysis;
}

export interface DeskFailedDocument extends DeskDocumentBase {
  /** one localised sentence saying why the file could not be read */
  problem: string;
}

export type DeskDocument = DeskReadyDocument | DeskFailedDocument;

export const isReady = (document: DeskDocument): document is DeskReadyDocument => 'analysis' in document;
