// Reads one FILE argument into bytes, or says in a few words why it cannot be used.
import type { Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { inputLimit } from '../input/document-content';
import { megabytes } from './input-limit';

/** Input the user gave that cannot be analyzed; the message goes on stderr after the file name. */
export class InputError extends Error {
  override name = 'InputError';
}

export const STDIN = '-';

export { looksBinary } from '../input/looks-binary';

const tooLarge = (limitWords: string, size?: number) => new InputError(`too large${size === undefined ? '' : ` (${megabytes(size)})`}: the limit is ${limitWords}`);

/** Standard input up to the limit; reading stops as soon as it is passed (`- < /dev/zero`). */
async function readStdin(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const limit = inputLimit(STDIN);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += bytes.length;
    if (size > limit.bytes) throw tooLarge(limit.words);
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
  const limit = inputLimit(file);
  const refused = notRegular(await stat(file));
  if (refused) throw refused;
  const handle = await open(file, 'r');
  try {
    const info = await handle.stat();
    const changed = notRegular(info);
    if (changed) throw changed;
    if (info.size > limit.bytes) throw tooLarge(limit.words, info.size);
    // One read when the file stays as stat saw it; never more than the limit (it may be growing).
    const chunks: Buffer[] = [];
    let length = 0;
    let chunkSize = info.size + 1;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(chunkSize, limit.bytes + 1 - length));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > limit.bytes) throw tooLarge(limit.words);
      chunkSize = 64 * 1024;
    }
    return Buffer.concat(chunks, length);
  } finally {
    await handle.close();
  }
}

/** The bytes of FILE (or standard input), within the size limit; what they hold is judged by analyzeInput. */
/** `stdin` is called only for "-": opening process.stdin costs a one-file call about a tenth of its time. */
export async function readInput(file: string, stdin: () => AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  if (file === STDIN) return readStdin(stdin());
  try {
    return await readRegularFile(file);
  } catch (error) {
    throw error instanceof InputError ? error : new InputError(describeFsError(error));
  }
}
