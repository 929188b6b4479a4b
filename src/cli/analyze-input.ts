// One input's bytes → Analysis, through the reading code the 清稿台 shares (src/input): text
// files go to the core as text, HTML pages through the DOM shell with the static hidden check,
// .docx files as their paragraphs.
import type { Analysis } from '../core/index';
import { analyzeContent } from '../input/analyze-content';
import { InputProblem } from '../input/input-problem';
import { readDocument } from '../input/read-document';
import { parseHtmlDocument } from './parse-html';
import { InputError } from './read-input';

export { isHtmlInput } from '../input/input-kind';

export interface AnalyzeInputOptions {
  host?: string;
}

export function analyzeInput(name: string, bytes: Uint8Array, options: AnalyzeInputOptions = {}): Analysis {
  try {
    return analyzeContent(readDocument(name, bytes), { parseHtml: parseHtmlDocument, host: options.host });
  } catch (error) {
    if (error instanceof InputProblem) throw new InputError(error.message);
    throw error;
  }
}
