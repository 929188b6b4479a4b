// What a Word document is made of here, before any OOXML: the title, heading paragraphs with
// their outline level, and body paragraphs. The speech and the outline are both turned into
// this list; one writer (build-document.ts) turns the list into a .docx.

export type WordBlock =
  | { kind: 'title'; text: string }
  | {
      kind: 'heading';
      /** outline level, 1 = top: Word's "heading N" style and w:outlineLvl N-1 */
      level: number;
      text: string;
      /** characters of `text` that are the heading; the rest is body text run in after it */
      headingLength: number;
      /** left indent in levels (the outline document indents by level) */
      indentLevels?: number;
    }
  | {
      kind: 'body';
      text: string;
      /** left indent in levels, for the outline document's paragraph points */
      indentLevels?: number;
      /** no first-line indent: a salutation ("同志们：") starts at the margin */
      flush?: boolean;
    };
