// Zero-width characters, BOM and soft hyphens are sprinkled into template text to
// fingerprint copies; they are dropped everywhere, silently (contract.md).
export const INVISIBLE_CHARS = /[\u200B-\u200F\u2060\uFEFF\u00AD]/g;

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE_CHARS, '');
}
