// Reads one FILE argument into bytes, or says in a few words why it cannot be used.
import { readFile, stat } from 'node:fs/promises';

/** Input the user gave that cannot be analyzed; the message goes on stderr after the file name. */
export class InputError extends Error {
  override name = 'InputError';
}

export const STDIN = '-';

/** How much of the file's head is inspected to tell text from binary data. */
const SNIFF_BYTES = 8192;
/** Share of control bytes beyond which a file is binary, not text. */
const MAX_CONTROL_SHARE = 0.1;

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** NUL bytes or many control characters (other than tab, newlines, form feed, escape). */
export function looksBinary(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes)) return false;
  const head = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) control++;
  }
  return control > head.length * MAX_CONTROL_SHARE;
}

async function readStdin(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function describeFsError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return (error as Error).message;
  }
}

export async function readInput(file: string, stdin: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  let bytes: Uint8Array;
  if (file === STDIN) bytes = await readStdin(stdin);
  else {
    try {
      if ((await stat(file)).isDirectory()) throw new InputError('is a directory');
      bytes = await readFile(file);
    } catch (error) {
      throw error instanceof InputError ? error : new InputError(describeFsError(error));
    }
  }
  if (bytes.length === 0) throw new InputError('empty file');
  if (looksBinary(bytes)) throw new InputError('binary file');
  return bytes;
}
