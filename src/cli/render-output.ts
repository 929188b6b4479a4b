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

/** Every line of a JSON text indented by two spaces, as JSON.stringify(array, null, 2) puts an element. */
const asArrayElement = (json: string) => '  ' + json.replace(/\n/g, '\n  ');

/**
 * The output, one file's part at a time as each file is read, so a call with thousands of
 * FILEs holds one analysis at a time. The parts join to the same text as printing everything
 * at the end. JSON: one value when one FILE was given, an array when several were, in argument
 * order; a file that could not be read is `{ file, error }` in its place. Other formats: each
 * readable file's text, under a `==> name <==` header when several FILEs were given (as head
 * and tail do), a blank line between them; an unreadable one has only its stderr line.
 */
export class OutputStream {
  private written = 0;

  constructor(
    private readonly format: OutputFormat,
    private readonly manyFiles: boolean,
    private readonly write: (text: string) => void | Promise<void>,
  ) {}

  /** The next file's part, in argument order. */
  async add(result: FileResult): Promise<void> {
    const part = this.format === 'json' ? this.jsonPart(result) : this.textPart(result);
    if (part === undefined) return;
    this.written++;
    await this.write(part);
  }

  /** What closes the output once every file was added. */
  async end(): Promise<void> {
    if (this.format === 'json' && this.manyFiles) await this.write(this.written ? '\n]\n' : '[]\n');
  }

  private jsonPart(result: FileResult): string {
    const json = JSON.stringify(jsonOf(result), null, 2);
    if (!this.manyFiles) return json + '\n';
    return (this.written ? ',\n' : '[\n') + asArrayElement(json);
  }

  private textPart(result: FileResult): string | undefined {
    if (!('analysis' in result)) return undefined;
    const text = withNewline(renderOne(result.analysis, this.format as Exclude<OutputFormat, 'json'>));
    if (!this.manyFiles) return text;
    return `${this.written ? '\n' : ''}==> ${displayName(result.label)} <==\n${text}`;
  }
}

const withNewline = (text: string) => (text === '' || text.endsWith('\n') ? text : text + '\n');
