// The command's way to analyze one input: as analyzeInput, but linkedom (most of the command's
// code) is imported the first time an input is HTML, so `qinggao speech.txt` does not load it.
import type { Analysis } from '../core/index';
import { analyzeContent } from '../input/analyze-content';
import { InputProblem } from '../input/input-problem';
import { readDocument } from '../input/read-document';
import type { AnalyzeInputOptions } from './analyze-input';
import { InputError } from './read-input';

const noHtmlParser = (): Document => {
  throw new Error('no HTML parser loaded for an input that is not HTML');
};

export async function analyzeInputLazily(name: string, bytes: Uint8Array, options: AnalyzeInputOptions = {}): Promise<Analysis> {
  try {
    const content = readDocument(name, bytes);
    const parseHtml = content.kind === 'html' ? (await import('./parse-html')).parseHtmlDocument : noHtmlParser;
    return analyzeContent(content, { parseHtml, host: options.host });
  } catch (error) {
    if (error instanceof InputProblem) throw new InputError(error.message);
    throw error;
  }
}
