// The qinggao command (contract.md): qinggao [--json | --outline | --markdown | --text] FILE...
// Every FILE is tried; a bad one costs one stderr line naming it and exit status 2, and the
// others are still printed.
import { version } from '../../package.json';
import { analyzeInput } from './analyze-input';
import { parseArgs, USAGE } from './args';
import { exitQuietlyWhenStdoutCloses } from './closed-stdout';
import { displayName } from './display-name';
import { InputError, readInput, STDIN } from './read-input';
import { outlineNote, renderAll, type FileResult } from './render-output';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  stdin: AsyncIterable<Uint8Array | string>;
}

const processIO: CliIO = {
  stdout: (text) => void process.stdout.write(text),
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

  const results: FileResult[] = [];
  for (const file of command.files) {
    const label = file === STDIN ? '<stdin>' : file;
    const tell = (message: string) => io.stderr(`qinggao: ${displayName(label)}: ${message}\n`);
    try {
      const bytes = await readInput(file, io.stdin);
      const analysis = analyzeInput(file, bytes, { host: command.host });
      results.push({ file, label, analysis });
      const note = command.format === 'outline' ? outlineNote(analysis) : undefined;
      if (note) tell(note);
    } catch (error) {
      const bad = error instanceof InputError;
      const reason = bad ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
      const oneLine = reason.replace(/[\r\n]+/g, ' ');
      tell(oneLine);
      results.push({ file, label, error: oneLine });
      status = Math.max(status, bad ? EXIT_BAD_INPUT : EXIT_INTERNAL);
    }
  }
  io.stdout(renderAll(results, command.format, command.files.length > 1));
  return status;
}
