// The HTML pipeline as the CLI and the content script run it, minus I/O: a Document in, verdicts
// out. Also its own bundle entry (bench/run.mjs), for profiling scripts that load it alone.
import { analyzeDocument } from '../src/dom/analyze-document';
import { createStaticIsHidden } from '../src/dom/hidden-static';

export function runHtmlPipeline(document: Document, host: string | undefined): unknown {
  return analyzeDocument(document, { isHidden: createStaticIsHidden(document), host });
}
