// Reads the files of a .zip (an .odt or .docx is one) with node:zlib only: the end-of-central-
// directory record gives the central directory, whose entries give each file's offset, size and
// method (stored or deflated). Enough for office files; no ZIP64, no encryption.
import { inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** file name → contents */
export function readZip(zip: Buffer): Map<string, Buffer> {
  const end = findEndOfDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error(`zip: bad central directory entry at ${at}`);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    files.set(name, fileData(zip, localOffset, method, compressedSize, name));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

function findEndOfDirectory(zip: Buffer): number {
  // the record is 22 bytes plus a comment of up to 65535 bytes, at the very end
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new Error('zip: no end-of-central-directory record (not a zip file?)');
}

function fileData(zip: Buffer, localOffset: number, method: number, compressedSize: number, name: string): Buffer {
  if (zip.readUInt32LE(localOffset) !== LOCAL_HEADER) throw new Error(`zip: bad local header for ${name}`);
  const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
  const raw = zip.subarray(start, start + compressedSize);
  if (method === 0) return Buffer.from(raw);
  if (method === 8) return inflateRawSync(raw);
  throw new Error(`zip: ${name} uses compression method ${method}`);
}
