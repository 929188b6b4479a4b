// A title → a file name every common system accepts (Windows, macOS, Linux, Android, FAT/exFAT
// sticks), so "下载 Word" and `qinggao --docx DIR` never fail or write somewhere unexpected
// because of what a page called its speech. The title stays readable: the characters Windows
// reserves become their full-width forms (：？／), which every system accepts and which read the
// same in a Chinese title.

export interface FileNameOptions {
  /** appended after the name, dot included: ".docx" */
  extension?: string;
  /** used when the title leaves nothing usable (empty, only dots or spaces) */
  fallback?: string;
  /** the whole name's limit in UTF-8 bytes, extension included (ext4 and APFS allow 255; room is left for " (1)") */
  maxBytes?: number;
}

export const DEFAULT_FILE_NAME = '讲话稿';
export const DEFAULT_MAX_FILE_NAME_BYTES = 200;

/** Windows' reserved printable characters → full-width look-alikes. */
const FULL_WIDTH: Record<string, string> = {
  '<': '＜',
  '>': '＞',
  ':': '：',
  '"': '＂',
  '/': '／',
  '\\': '＼',
  '|': '｜',
  '?': '？',
  '*': '＊',
};
const RESERVED_PRINTABLE = /[<>:"/\\|?*]/g;
/** Characters that show nothing or reorder what is shown: zero-width, joiners, bidi controls, BOM. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** Half of a surrogate pair standing alone: no file system stores it faithfully. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** C0 and C1 controls, line and paragraph separators: become a space (a line break between words). */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/** Device names Windows reserves with any extension ("CON", "nul.txt", "COM1", "LPT¹"). */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Ends Windows drops or refuses, and a leading dot that hides the file (and spells "." or ".."). */
const DOT_OR_SPACE = /^[.\s]$/u;

/** `text` without dots and white space at either end (a loop: a regex anchored at the end would rescan long runs). */
function trimDotsAndSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && DOT_OR_SPACE.test(text[start]!)) start++;
  while (end > start && DOT_OR_SPACE.test(text[end - 1]!)) end--;
  return text.slice(start, end);
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The longest head of `text` within `maxBytes` UTF-8 bytes, cut between code points. */
function truncateToBytes(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const size = utf8Length(char);
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += char.length;
  }
  return text.slice(0, end);
}

/** Reserved characters, invisible and control characters, runs of white space, dots and spaces at the ends. */
function cleanStem(text: string): string {
  return trimDotsAndSpaces(
    text
      .replace(INVISIBLE, '')
      .replace(LONE_SURROGATE, '')
      .replace(CONTROL, ' ')
      .replace(RESERVED_PRINTABLE, (c) => FULL_WIDTH[c]!)
      .replace(/\s+/gu, ' '),
  );
}

/** A name Windows keeps for a device gets an underscore ("CON" → "CON_"); the part before the first dot counts. */
function avoidDeviceName(stem: string): string {
  const base = stem.split('.')[0]!.trimEnd();
  return WINDOWS_DEVICE.test(base) ? stem.replace(base, base + '_') : stem;
}

/**
 * A file name made from `title`: safe on Windows, macOS and Linux, within `maxBytes` UTF-8
 * bytes with the extension, never empty (the fallback, itself cleaned, stands in).
 */
export function safeFileName(title: string, options: FileNameOptions = {}): string {
  const extension = options.extension ?? '';
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_NAME_BYTES;
  const room = Math.max(1, maxBytes - utf8Length(extension));
  const fit = (stem: string) => avoidDeviceName(cleanStem(truncateToBytes(cleanStem(stem), room)));
  let stem = fit(title);
  if (stem === '') stem = fit(options.fallback ?? '');
  if (stem === '') stem = fit(DEFAULT_FILE_NAME);
  // a device name's underscore may push a name at the limit one byte over: cut again
  if (utf8Length(stem) > room) stem = cleanStem(truncateToBytes(stem, room));
  return stem + extension;
}
