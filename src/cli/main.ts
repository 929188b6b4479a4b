// The qinggao command (contract.md): qinggao [--json | --outline | --markdown | --text] FILE...
// Every FILE is tried; a bad one costs one stderr line naming it and exit status 2, and the
// others are still printed.
import '../core/re2-bundled';
import { version } from '../../package.json';
import { analyzeInput } from './analyze-input';
import { parseArgs, USAGE } from './args';
import { exitQuietlyWhenStdoutCloses } from './closed-stdout';
import { displayName } from './display-name';
import { InputError, readInput, STDIN } from './read-input';
import { outlineNote, renderAll, type FileResult } from './render-output';
import { docxPaths, OutputError, writeDocx, type DocxInput } from './write-docx';

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
      const note = command.kind === 'analyze' && command.format === 'outline' ? outlineNote(analysis) : undefined;
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
  if (command.kind === 'docx') {
    const readable = results.flatMap((r) => ('analysis' in r ? [{ file: r.file, analysis: r.analysis }] : []));
    const failed = await writeAllDocx(command.out, readable, command.files.length > 1, io);
    return failed ? Math.max(status, EXIT_BAD_INPUT) : status;
  }
  io.stdout(renderAll(results, command.format, command.files.length > 1));
  return status;
}

/** --docx OUT: one document per readable FILE, each path printed once written; true when one could not be written. */
async function writeAllDocx(out: string, inputs: readonly DocxInput[], manyInputs: boolean, io: CliIO): Promise<boolean> {
  if (inputs.length === 0) return false;
  const tell = (path: string, error: unknown) => {
    const reason = error instanceof OutputError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    io.stderr(`qinggao: ${displayName(path)}: ${reason.replace(/[\r\n]+/g, ' ')}\n`);
  };
  let paths: string[];
  try {
    paths = await docxPaths(out, inputs, manyInputs);
  } catch (error) {
    tell(out, error);
    return true;
  }
  let failed = false;
  for (const [index, input] of inputs.entries()) {
    const path = paths[index]!;
    try {
      await writeDocx(path, input.analysis);
      io.stdout(path + '\n');
    } catch (error) {
      tell(path, error);
      failed = true;
    }
  }
  return failed;
}
