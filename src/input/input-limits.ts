// The largest input Qinggao reads, in the command line and on the 清稿台. A saved template page
// is well under 2 MB (the largest page in the corpus is 1.6 MB); parsing takes about 40 bytes
// of memory per byte of HTML, so a 50 MB page took 1.5 GB and 20 s. Anything bigger than this
// is not one speech.
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;
export const MAX_INPUT_WORDS = '10 MB';

// A .docx is a zip that often carries pictures (a paid pack's cover, a letterhead), so the file
// may be larger; its text part (word/document.xml) is held to the same 30 MB unpacked, which is
// several hundred pages of text (about ten bytes of XML per character), and stops a zip bomb.
export const MAX_DOCX_BYTES = 30 * 1024 * 1024;
export const MAX_DOCX_WORDS = '30 MB';

/** 12345678 → "11.8 MB" (binary megabytes, as the limits are). */
export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
