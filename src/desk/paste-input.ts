// A paste on the 清稿台 → blocks for the core. When the clipboard holds HTML (a page, Word, WPS),
// its paragraphs come from the HTML — one block per block element or <br>, headings marked,
// hidden text left out by the static check the CLI uses —; otherwise the plain text, line by line.
import { analyzeBlocks, splitTextIntoBlocks } from '../core/analyze';
import type { Analysis, SourceBlock, UserRule } from '../core/types';
import { createStaticIsHidden } from '../dom/hidden-static';
import { linesOf, squeezeSpaces } from '../dom/text-content';
import { MAX_INPUT_BYTES } from '../input/input-limits';

export interface PastedData {
  html?: string;
  text?: string;
}

/** The paragraphs of a pasted HTML document; heading elements' lines marked as headings. */
export function htmlBlocks(doc: Document): SourceBlock[] {
  const isHidden = createStaticIsHidden(doc);
  const headings = new Set<string>();
  for (const heading of doc.body.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    for (const line of linesOf(heading, isHidden).split('\n')) if (line) headings.add(line);
  }
  return linesOf(doc.body, isHidden)
    .split('\n')
    .map(squeezeSpaces)
    .filter(Boolean)
    .map((text) => (headings.has(text) ? { text, heading: true } : { text }));
}

/** What a paste holds, as blocks; empty when it holds no text. */
export function pastedBlocks(data: PastedData, parseHtml: (html: string) => Document): SourceBlock[] {
  if (data.html?.trim()) {
    const blocks = htmlBlocks(parseHtml(data.html));
    if (blocks.length) return blocks;
  }
  const text = data.text ?? '';
  return text.trim() ? splitTextIntoBlocks(text) : [];
}

/** A paste longer than a file may be is refused the same way (characters, not bytes: a paste has no encoding). */
export const MAX_PASTE_CHARACTERS = MAX_INPUT_BYTES;

export function pasteTooLarge(data: PastedData): boolean {
  return (data.html?.length ?? 0) > MAX_PASTE_CHARACTERS || (data.text?.length ?? 0) > MAX_PASTE_CHARACTERS;
}

export function analyzePaste(data: PastedData, parseHtml: (html: string) => Document, userRules?: UserRule[]): Analysis | undefined {
  const blocks = pastedBlocks(data, parseHtml);
  return blocks.length ? analyzeBlocks(blocks, userRules?.length ? { userRules } : {}).analysis : undefined;
}
