// The HTML pipeline as the CLI and the content script run it, minus I/O: a Document in, verdicts
// out. Bundled only when its modules exist (bench/run.mjs), so the bench runs before they land.
import { analyzeDocument } from '../src/dom/analyze-document';
import { createStaticIsHidden } from '../src/dom/hidden-static';

export function runHtmlPipeline(document: Document, host: string | undefined): unknown {
  return analyzeDocument(document, { isHidden: createStaticIsHidden(document), host });
}
