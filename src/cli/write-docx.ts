// `qinggao --docx OUT FILE...` (contract.md): each analysed FILE → a .docx of the cleaned
// speech. One FILE: OUT is the file to write (or an existing folder to write it into). Several:
// OUT is a folder, made when missing, holding one .docx per FILE named from its title; two
// FILEs with one title get "name (2).docx" rather than overwriting each other.
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join, sep } from 'node:path';
import type { Analysis } from '../core/index';

export interface DocxInput {
  /** the FILE argument ("-" for standard input) */
  file: string;
  analysis: Analysis;
}

/** OUT cannot be used: the message goes on stderr after OUT's name. */
export class OutputError extends Error {
  override name = 'OutputError';
}

async function isDirectory(path: string): Promise<boolean | undefined> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return undefined; // missing (or unreadable: writing will say so)
  }
}

/** The input's own name without its extension, for a speech with no title. */
function fallbackName(file: string): string | undefined {
  return file === '-' ? undefined : basename(file, extname(file));
}

/** A name not taken yet in this run: "name.docx", "name (2).docx", … (case-insensitive, as on Windows and macOS). */
function unusedName(name: string, taken: Set<string>): string {
  const stem = name.slice(0, -'.docx'.length);
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n}).docx`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function describeWriteError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'cannot write: no such folder';
    case 'EACCES':
    case 'EPERM':
      return 'cannot write: permission denied';
    case 'EISDIR':
      return 'cannot write: is a folder';
    case 'ENOTDIR':
      return 'cannot write: a part of the path is a file';
    default:
      return `cannot write: ${(error as Error).message}`;
  }
}

/**
 * Where each input's document goes, one input at a time as each is read. `manyInputs` is
 * whether several FILE arguments were given (not only those that could be read), so OUT means
 * the same whatever failed to read. OUT is looked at (and a missing folder made) on the first
 * readable input; an OutputError then is about OUT itself and holds for every input.
 */
export class DocxPaths {
  private outIsFolder: Promise<boolean | undefined> | undefined;
  private readonly taken = new Set<string>();

  constructor(
    private readonly out: string,
    private readonly manyInputs: boolean,
  ) {}

  async next({ file, analysis }: DocxInput): Promise<string> {
    this.outIsFolder ??= this.prepareOut();
    if (!(await this.outIsFolder)) return this.out;
    const { docxFileName } = await import('../export/docx/index');
    return join(this.out, unusedName(docxFileName(analysis.title, 'speech', fallbackName(file)), this.taken));
  }

  /** true when documents go into OUT as a folder, false when OUT is the one document to write. */
  private async prepareOut(): Promise<boolean> {
    const outIsFolder = await isDirectory(this.out);
    if (!this.manyInputs && !outIsFolder && !this.out.endsWith(sep) && !this.out.endsWith('/')) return false;
    if (outIsFolder === false) throw new OutputError('is a file; with several FILEs, --docx needs a folder');
    if (outIsFolder === undefined) {
      try {
        await mkdir(this.out, { recursive: true });
      } catch (error) {
        throw new OutputError(describeWriteError(error));
      }
    }
    return true;
  }
}

/** Writes one document; an error names what went wrong in a few words. */
export async function writeDocx(path: string, analysis: Analysis): Promise<void> {
  const { speechDocx } = await import('../export/docx/index');
  const bytes = await speechDocx(analysis);
  try {
    await writeFile(path, bytes);
  } catch (error) {
    throw new OutputError(describeWriteError(error));
  }
}
