// The qinggao command (contract.md): qinggao [--json | --outline | --markdown | --text] FILE...
// Every FILE is tried; a bad one costs one stderr line naming it and exit status 2, and the
// others are still printed. Each file's output is written as soon as it is analyzed.
import { version } from '../../package.json';
import type { Analysis } from '../core/index';
import { analyzeInputLazily } from './analyze-input-lazily';
import { parseArgs, USAGE } from './args';
import { exitQuietlyWhenStdoutCloses } from './closed-stdout';
import { displayName } from './display-name';
import { InputError, readInput, STDIN } from './read-input';
import { OutputStream, outlineNote } from './render-output';
import { DocxPaths, OutputError, writeDocx, type DocxInput } from './write-docx';

export interface CliIO {
  /** may return a promise, settled once the text is taken (a pipe full of unread output) */
  stdout(text: string): void | Promise<void>;
  stderr(text: string): void;
  stdin: AsyncIterable<Uint8Array | string>;
}

const processIO: CliIO = {
  stdout: (text) => (process.stdout.write(text) ? undefined : new Promise((drained) => process.stdout.once('drain', drained))),
  stderr: (text) => void process.stderr.write(text),
  // opened only when a FILE is "-"
  get stdin() {
    return process.stdin;
  },
};

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;

/** Runs the command and resolves to its exit status. */
export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  let status = EXIT_OK;
  if (io === processIO) exitQuietlyWhenStdoutCloses(() => status);
  const command = parseArgs(argv);
  switch (command.kind) {
    case 'help':
      io.stdout(USAGE);
      return EXIT_OK;
    case 'version':
      io.stdout(`qinggao ${version}\n`);
      return EXIT_OK;
    case 'usage-error':
      io.stderr(`qinggao: ${command.message}\n${USAGE}`);
      return EXIT_BAD_INPUT;
  }

  const docx = command.kind === 'docx' ? new DocxWriter(command.out, command.files.length > 1, io) : undefined;
  const output = command.kind === 'analyze' ? new OutputStream(command.format, command.files.length > 1, io.stdout) : undefined;
  for (const file of command.files) {
    const label = file === STDIN ? '<stdin>' : file;
    const tell = (message: string) => io.stderr(`qinggao: ${displayName(label)}: ${message}\n`);
    let analysis: Analysis;
    try {
      const bytes = await readInput(file, () => io.stdin);
      analysis = await analyzeInputLazily(file, bytes, { host: command.host });
    } catch (error) {
      const bad = error instanceof InputError;
      const reason = bad ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
      const oneLine = reason.replace(/[\r\n]+/g, ' ');
      tell(oneLine);
      await output?.add({ file, label, error: oneLine });
      status = Math.max(status, bad ? EXIT_BAD_INPUT : EXIT_INTERNAL);
      continue;
    }
    if (docx) {
      await docx.write({ file, analysis });
      continue;
    }
    const note = command.kind === 'analyze' && command.format === 'outline' ? outlineNote(analysis) : undefined;
    if (note) tell(note);
    await output!.add({ file, label, analysis });
  }
  if (docx) return docx.failed ? Math.max(status, EXIT_BAD_INPUT) : status;
  await output!.end();
  return status;
}

/** --docx OUT: one document per readable FILE, written as it is read, each path printed once written. */
class DocxWriter {
  /** a document could not be written */
  failed = false;
  private outRefused = false;
  private readonly paths: DocxPaths;

  constructor(
    private readonly out: string,
    manyInputs: boolean,
    private readonly io: CliIO,
  ) {
    this.paths = new DocxPaths(out, manyInputs);
  }

  async write(input: DocxInput): Promise<void> {
    if (this.outRefused) return; // said once already
    let path: string;
    try {
      path = await this.paths.next(input);
    } catch (error) {
      this.tell(this.out, error);
      this.failed = this.outRefused = true;
      return;
    }
    try {
      await writeDocx(path, input.analysis);
      await this.io.stdout(path + '\n');
    } catch (error) {
      this.tell(path, error);
      this.failed = true;
    }
  }

  private tell(path: string, error: unknown): void {
    const reason = error instanceof OutputError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    this.io.stderr(`qinggao: ${displayName(path)}: ${reason.replace(/[\r\n]+/g, ' ')}\n`);
  }
}
