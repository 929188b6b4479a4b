// Analyses → what the CLI prints, in the chosen format.
import { renderCleanText, renderMarkdown, renderOutlineText, type Analysis } from '../core/index';
import type { OutputFormat } from './args';

export function renderOne(analysis: Analysis, format: Exclude<OutputFormat, 'json'>): string {
  switch (format) {
    case 'outline':
      return renderOutlineText(analysis.outline);
    case 'text':
      return renderCleanText(analysis);
    case 'markdown':
      return renderMarkdown(analysis);
  }
}

export interface NamedAnalysis {
  name: string;
  analysis: Analysis;
}

/**
 * The whole output. JSON: one object when one FILE was given, an array (of the files that
 * could be read) when several were. Other formats: each file's text, under a `==> name <==`
 * header when several FILEs were given (as head and tail do).
 */
export function renderAll(results: NamedAnalysis[], format: OutputFormat, manyFiles: boolean): string {
  if (format === 'json') {
    if (!manyFiles) return results[0] ? JSON.stringify(results[0].analysis, null, 2) + '\n' : '';
    return JSON.stringify(results.map((r) => r.analysis), null, 2) + '\n';
  }
  const withNewline = (text: string) => (text === '' || text.endsWith('\n') ? text : text + '\n');
  if (!manyFiles) return results[0] ? withNewline(renderOne(results[0].analysis, format)) : '';
  return results.map((r) => `==> ${r.name} <==\n${withNewline(renderOne(r.analysis, format))}`).join('\n');
}
