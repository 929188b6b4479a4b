// Reads one FILE argument into bytes, or says in a few words why it cannot be used.
import type { Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { sniffUtf16WithoutBom } from '../dom/decode-utf16';
import { MAX_INPUT_BYTES, MAX_INPUT_WORDS, megabytes } from './input-limit';

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
  if (hasUtf16Bom(bytes) || sniffUtf16WithoutBom(bytes)) return false;
  const head = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) control++;
  }
  return control > head.length * MAX_CONTROL_SHARE;
}

const tooLarge = (size?: number) => new InputError(`too large${size === undefined ? '' : ` (${megabytes(size)})`}: the limit is ${MAX_INPUT_WORDS}`);

/** Standard input up to the limit; reading stops as soon as it is passed (`- < /dev/zero`). */
async function readStdin(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += bytes.length;
    if (size > MAX_INPUT_BYTES) throw tooLarge();
    chunks.push(bytes);
  }
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

/**
 * Why a path that is not a regular file cannot be read as one. Opening a FIFO waits for a
 * writer and a device may never end (/dev/zero), so they are refused before opening.
 */
function notRegular(info: Stats): InputError | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return new InputError('is a directory');
  const kind = info.isFIFO() ? 'a named pipe' : info.isCharacterDevice() ? 'a character device' : info.isBlockDevice() ? 'a block device' : info.isSocket() ? 'a socket' : 'a special file';
  return new InputError(`not a regular file (${kind}); to read a stream, give "-" and send it to standard input`);
}

async function readRegularFile(file: string): Promise<Uint8Array> {
  const refused = notRegular(await stat(file));
  if (refused) throw refused;
  const handle = await open(file, 'r');
  try {
    const info = await handle.stat();
    const changed = notRegular(info);
    if (changed) throw changed;
    if (info.size > MAX_INPUT_BYTES) throw tooLarge(info.size);
    // One read when the file stays as stat saw it; never more than the limit (it may be growing).
    const chunks: Buffer[] = [];
    let length = 0;
    let chunkSize = info.size + 1;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(chunkSize, MAX_INPUT_BYTES + 1 - length));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > MAX_INPUT_BYTES) throw tooLarge();
      chunkSize = 64 * 1024;
    }
    return Buffer.concat(chunks, length);
  } finally {
    await handle.close();
  }
}

export async function readInput(file: string, stdin: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  let bytes: Uint8Array;
  if (file === STDIN) bytes = await readStdin(stdin);
  else {
    try {
      bytes = await readRegularFile(file);
    } catch (error) {
      throw error instanceof InputError ? error : new InputError(describeFsError(error));
    }
  }
  if (bytes.length === 0) throw new InputError('empty file');
  if (looksBinary(bytes)) throw new InputError('binary file');
  return bytes;
}
