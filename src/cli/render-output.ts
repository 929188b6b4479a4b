// Analyses → what the CLI prints, in the chosen format.
import { renderCleanText, renderMarkdown, renderOutlineText, type Analysis } from '../core/index';
import type { OutputFormat } from './args';
import { displayName } from './display-name';

/** One FILE argument's outcome: `file` as given, `label` as messages name it ("<stdin>" for "-"). */
export type FileResult = { file: string; label: string } & ({ analysis: Analysis } | { error: string });

/** The speech's title, a blank line, its outline; nothing when it is no speech (see outlineNote). */
function renderTitledOutline(analysis: Analysis): string {
  if (!analysis.isSpeech) return '';
  return [analysis.title, renderOutlineText(analysis.outline)].filter(Boolean).join('\n\n');
}

/** Why the outline output of a readable file is empty or only a title, for stderr. */
export function outlineNote(analysis: Analysis): string | undefined {
  if (!analysis.isSpeech) return 'not a speech, so no outline (--text prints the cleaned text)';
  if (analysis.outline.length === 0) return 'a speech with no numbered outline';
  return undefined;
}

export function renderOne(analysis: Analysis, format: Exclude<OutputFormat, 'json'>): string {
  switch (format) {
    case 'outline':
      return renderTitledOutline(analysis);
    case 'text':
      return renderCleanText(analysis);
    case 'markdown':
      return renderMarkdown(analysis);
  }
}

const jsonOf = (result: FileResult) => ('analysis' in result ? result.analysis : { file: result.file, error: result.error });

/**
 * The whole output. JSON: one value when one FILE was given, an array when several were, in
 * argument order; a file that could not be read is `{ file, error }` in its place. Other
 * formats: each readable file's text, under a `==> name <==` header when several FILEs were
 * given (as head and tail do); an unreadable one has only its stderr line.
 */
export function renderAll(results: FileResult[], format: OutputFormat, manyFiles: boolean): string {
  if (format === 'json') {
    if (!manyFiles) return results[0] ? JSON.stringify(jsonOf(results[0]), null, 2) + '\n' : '';
    return JSON.stringify(results.map(jsonOf), null, 2) + '\n';
  }
  const withNewline = (text: string) => (text === '' || text.endsWith('\n') ? text : text + '\n');
  const readable = results.flatMap((r) => ('analysis' in r ? [{ label: r.label, text: withNewline(renderOne(r.analysis, format)) }] : []));
  if (!manyFiles) return readable[0]?.text ?? '';
  return readable.map((r) => `==> ${displayName(r.label)} <==\n${r.text}`).join('\n');
}
