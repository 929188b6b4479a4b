// Command-line arguments → what to do. Pure, so every case is testable without a process.
import { MAX_INPUT_WORDS } from './input-limit';

export type OutputFormat = 'outline' | 'text' | 'markdown' | 'json';

export type Command =
  | { kind: 'analyze'; format: OutputFormat; files: string[]; host?: string }
  | { kind: 'docx'; out: string; files: string[]; host?: string }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'usage-error'; message: string };

const FORMAT_FLAGS: Record<string, OutputFormat> = {
  '--outline': 'outline',
  '--text': 'text',
  '--markdown': 'markdown',
  '--json': 'json',
};

export function parseArgs(argv: readonly string[]): Command {
  let format: OutputFormat | undefined;
  let host: string | undefined;
  let docxOut: string | undefined;
  const files: string[] = [];
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    if (arg === '--') onlyFiles = true;
    else if (arg === '--help' || arg === '-h') return { kind: 'help' };
    else if (arg === '--version' || arg === '-v') return { kind: 'version' };
    else if (arg in FORMAT_FLAGS) {
      const chosen = FORMAT_FLAGS[arg]!;
      if (format && format !== chosen) return { kind: 'usage-error', message: `choose one output format, not --${format} and ${arg}` };
      format = chosen;
    } else if (arg === '--host' || arg.startsWith('--host=')) {
      const value = arg === '--host' ? argv[++i] : arg.slice('--host='.length);
      if (!value) return { kind: 'usage-error', message: '--host needs a host name' };
      host = value;
    } else if (arg === '--docx' || arg.startsWith('--docx=')) {
      const value = arg === '--docx' ? argv[++i] : arg.slice('--docx='.length);
      if (!value || value.startsWith('-')) return { kind: 'usage-error', message: '--docx needs a file name (or a folder for several FILEs)' };
      docxOut = value;
    } else return { kind: 'usage-error', message: `unknown option ${arg}` };
  }
  if (files.length === 0) return { kind: 'usage-error', message: 'no FILE given' };
  if (docxOut !== undefined) {
    if (format) return { kind: 'usage-error', message: `--docx writes a Word document, not --${format} output` };
    return host === undefined ? { kind: 'docx', out: docxOut, files } : { kind: 'docx', out: docxOut, files, host };
  }
  return host === undefined ? { kind: 'analyze', format: format ?? 'outline', files } : { kind: 'analyze', format: format ?? 'outline', files, host };
}

export const USAGE = `Usage: qinggao [--outline | --text | --markdown | --json] [--host NAME] FILE...
       qinggao --docx OUT [--host NAME] FILE...

Cleans speech documents and pages saved from 范文 template sites and prints, per FILE:
  --outline    the title and the numbered outline (default)
  --text       the cleaned text
  --markdown   the cleaned text as Markdown
  --json       the analysis as JSON (one object for one FILE, an array for several, in order;
               a FILE that cannot be read is {"file": …, "error": …} in its place)
  --docx OUT   writes the cleaned speech as a Word document (公文 format, headings with
               outline levels) instead: one FILE → the file OUT (or, when OUT is an existing
               folder, a file in it); several FILEs → OUT is a folder (made if missing) with
               one .docx per FILE, named from its title. Prints the paths written.

FILE is a .txt, .md or .html/.htm file (UTF-8, UTF-16, GBK, GB2312 or GB18030) of at most
${MAX_INPUT_WORDS}; "-" reads standard input.
  --host NAME  the host an HTML page was served under (else read from the page itself)
  --help, --version

Exit status: 0 on success (with --outline, a FILE that is no speech gets a note on stderr),
2 when a FILE cannot be read (missing, not a regular file, over ${MAX_INPUT_WORDS}, empty, binary,
undecodable).
`;
