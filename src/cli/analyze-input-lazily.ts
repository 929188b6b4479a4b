// The command's way to analyze one input: as analyzeInput, but what only some inputs need is
// imported the first time one does: linkedom (most of the command's code) for HTML, the .docx
// reader and its zip library for a Word file. So `qinggao speech.txt` loads neither.
import type { Analysis } from '../core/index';
import { analyzeContent } from '../input/analyze-content';
import { readDocumentContent, type DocxReader } from '../input/document-content';
import { inputKind } from '../input/input-kind';
import { InputProblem } from '../input/input-problem';
import type { AnalyzeInputOptions } from './analyze-input';
import { InputError } from './read-input';

const noHtmlParser = (): Document => {
  throw new Error('no HTML parser loaded for an input that is not HTML');
};

const noDocxReader: DocxReader = () => {
  throw new Error('no .docx reader loaded for an input that is not a .docx');
};

export async function analyzeInputLazily(name: string, bytes: Uint8Array, options: AnalyzeInputOptions = {}): Promise<Analysis> {
  try {
    const readDocx = bytes.length > 0 && inputKind(name, bytes) === 'docx' ? (await import('../input/docx-paragraphs')).readDocxParagraphs : noDocxReader;
    const content = readDocumentContent(name, bytes, readDocx);
    const parseHtml = content.kind === 'html' ? (await import('./parse-html')).parseHtmlDocument : noHtmlParser;
    return analyzeContent(content, { parseHtml, host: options.host });
  } catch (error) {
    if (error instanceof InputProblem) throw new InputError(error.message);
    throw error;
  }
}
