// What differs between the paragraphs LibreOffice read and the ones we wrote, shared by the
// clipboard and the .docx checks: the count, each paragraph's text and its outline level, then
// what the calling check adds for a paragraph whose text is right (fonts, markers).
import type { OfficeDocument, Paragraph } from './office-xml';

export interface ExpectedParagraph {
  text: string;
  /** 0 = body text */
  outlineLevel: number;
}

export const squeezeSpaces = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Empty when every paragraph is as expected; `more` gives a paragraph's further problems. */
export function paragraphProblems<E extends ExpectedParagraph>(doc: OfficeDocument, expected: readonly E[], more: (para: Paragraph, want: E) => string[]): string[] {
  const problems: string[] = [];
  const got = doc.paragraphs.filter((p) => p.text.trim() !== '');
  if (got.length !== expected.length) problems.push(`${got.length} paragraphs, expected ${expected.length}`);
  expected.forEach((want, i) => {
    const para = got[i];
    if (!para) return;
    const where = `¶${i + 1} ${JSON.stringify(want.text.slice(0, 24))}`;
    if (squeezeSpaces(para.text) !== squeezeSpaces(want.text)) {
      problems.push(`${where}: text is ${JSON.stringify(para.text.slice(0, 40))}`);
      return;
    }
    if (para.outlineLevel !== want.outlineLevel) problems.push(`${where}: outline level ${para.outlineLevel} (style ${para.style}), expected ${want.outlineLevel}`);
    problems.push(...more(para, want).map((p) => `${where}: ${p}`));
  });
  return problems;
}

/** "— 1 —" as pdftotext gives it (it may drop the spaces around the number). */
export const PAGE_NUMBER_LINE = /^—\s*\d+\s*—$/;

/** pdftotext's text without the page-number lines a page break puts inside a paragraph. */
export function withoutPageNumbers(text: string): string {
  return text
    .split(/\n|\f/)
    .filter((line) => !PAGE_NUMBER_LINE.test(line.trim()))
    .join('\n');
}

/** The paragraphs missing from the PDF's text, read in order (white space and page numbers ignored). */
export function missingFromPdf(pdf: string, paragraphs: readonly string[]): string[] {
  const squeeze = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  const text = squeeze(withoutPageNumbers(pdf));
  const missing: string[] = [];
  let from = 0;
  for (const paragraph of paragraphs) {
    const at = text.indexOf(squeeze(paragraph), from);
    if (at === -1) missing.push(paragraph.slice(0, 40));
    else from = at + squeeze(paragraph).length;
  }
  return missing;
}
