// Bytes of a saved page or text file → string. Chinese template sites still serve GBK /
// GB2312 pages; Node's TextDecoder reads them as gb18030 (a superset of both).
//
// Valid UTF-8 is taken as UTF-8 whatever the page declares: GBK text almost never happens
// to be valid UTF-8, while a page re-saved as UTF-8 often keeps its old <meta charset=gb2312>.

import { sniffUtf16WithoutBom } from './decode-utf16';

export class UndecodableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UndecodableError';
  }
}

const GB_LABELS = /^(gbk|gb2312|gb18030|x-gbk|gb_2312-80|chinese|csgb2312|iso-ir-58|euc-cn)$/i;
const SNIFF_BYTES = 4096;

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

function decodeStrictly(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The charset a page declares in its first 4 KB (<meta charset>, <meta http-equiv content>). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const m = meta.match(/charset\s*=\s*["']?\s*([\w.:-]+)/i);
    if (m) return m[1]!.toLowerCase();
  }
  return undefined;
}

/** A charset label as TextDecoder knows it (every GB label read as gb18030); undefined when unknown. */
export function normalizedLabel(label: string): string | undefined {
  if (GB_LABELS.test(label)) return 'gb18030';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

function decodeWithBom(bytes: Uint8Array, what: string): string | undefined {
  const bom = bomEncoding(bytes);
  if (!bom) return undefined;
  const text = decodeStrictly(bytes.subarray(bom.length), bom.encoding);
  if (text === undefined) throw new UndecodableError(`not valid ${bom.encoding} despite its byte order mark (${what})`);
  return text;
}

/** UTF-16 text without a byte order mark (its NUL bytes would pass for UTF-8 or GB18030). */
function decodeBomlessUtf16(bytes: Uint8Array, what: string): string | undefined {
  const encoding = sniffUtf16WithoutBom(bytes);
  if (!encoding) return undefined;
  const text = decodeStrictly(bytes, encoding);
  if (text === undefined) throw new UndecodableError(`not valid ${encoding}, which the ${what} looks like (no byte order mark)`);
  return text;
}

/** Decodes an HTML page: BOM, else BOM-less UTF-16, else valid UTF-8, else its declared charset, else GB18030. */
export function decodeHtmlBytes(bytes: Uint8Array): string {
  const unicode = decodeWithBom(bytes, 'page') ?? decodeBomlessUtf16(bytes, 'page');
  if (unicode !== undefined) return unicode;
  const utf8 = decodeStrictly(bytes, 'utf-8');
  if (utf8 !== undefined) return utf8;
  const declared = declaredCharset(bytes);
  const encoding = declared === undefined ? 'gb18030' : normalizedLabel(declared);
  if (encoding === undefined) throw new UndecodableError(`unknown charset "${declared}"`);
  const text = decodeStrictly(bytes, encoding);
  if (text === undefined) {
    throw new UndecodableError(declared ? `not valid ${declared} (as the page declares) nor UTF-8` : 'neither UTF-8 nor GBK');
  }
  return text;
}

/** Decodes a .txt/.md file: BOM (UTF-8, UTF-16), else BOM-less UTF-16, else UTF-8, else GB18030 when it reads cleanly. */
export function decodeTextBytes(bytes: Uint8Array): string {
  const unicode = decodeWithBom(bytes, 'text') ?? decodeBomlessUtf16(bytes, 'text');
  if (unicode !== undefined) return unicode;
  const text = decodeStrictly(bytes, 'utf-8') ?? decodeStrictly(bytes, 'gb18030');
  if (text === undefined) throw new UndecodableError('neither UTF-8 nor GBK');
  return text;
}
