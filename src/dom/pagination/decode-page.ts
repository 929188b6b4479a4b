// A fetched page's bytes → its text, by the charset it declares: the HTTP header's first (as a
// browser reads it), else what decodeHtmlBytes reads (BOM, UTF-8, <meta charset>, else GB18030).
// Template sites still serve GBK pages, which fetch's response.text() would read as UTF-8.
import { decodeHtmlBytes, normalizedLabel } from '../decode';

/** The charset of a Content-Type header ("text/html; charset=GBK" → "gbk"). */
export function headerCharset(contentType: string | null | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m ? m[1]!.toLowerCase() : undefined;
}

export function decodeFetchedPage(bytes: Uint8Array, contentType: string | null | undefined): string {
  const declared = headerCharset(contentType);
  const encoding = declared === undefined ? undefined : normalizedLabel(declared);
  if (encoding !== undefined) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // the header lies (a GBK page served as UTF-8, or the reverse): read the bytes themselves
    }
  }
  return decodeHtmlBytes(bytes);
}
