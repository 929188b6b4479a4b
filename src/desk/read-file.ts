// A file the user dropped or opened → its Analysis, or one localised sentence saying why not.
// The same reading code as the command line (src/input); a file over the limit is refused
// before its bytes are read.
import type { UserRule } from '../core/types';
import { analyzeContent } from '../input/analyze-content';
import { InputProblem } from '../input/input-problem';
import { megabytes } from '../input/input-limits';
import { inputLimit, readDocument, tooLarge } from '../input/read-document';
import type { FileReading } from './DeskApp';
import { problemMessage } from './problem-message';

/** The part of a File this needs (a test can hand in its own). */
export interface FileLike {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ReadDeskFileOptions {
  parseHtml(html: string): Document;
  /** the user's own noise rules, as on web pages */
  userRules?: UserRule[];
}

export async function readDeskFile(file: FileLike, options: ReadDeskFileOptions): Promise<FileReading> {
  const limit = inputLimit(file.name);
  try {
    if (file.size > limit.bytes) throw tooLarge(limit.words, file.size);
    const bytes = new Uint8Array(await file.arrayBuffer());
    return { analysis: analyzeContent(readDocument(file.name, bytes), options) };
  } catch (error) {
    if (error instanceof InputProblem) return { problem: problemMessage(error, megabytes(file.size), limit.words) };
    throw error;
  }
}
