// The 公文 look (GB/T 9704 conventions) as plain data, shared by the clipboard HTML and the .docx
// export: which font and size each kind of paragraph gets. Sizes are in points (二号 = 22 pt,
// 三号 = 16 pt). Fonts are listed most wanted first; a writer puts the first one on the text and
// offers the rest as fallbacks where its format can (Word's mso-font-alt, a docx font table's
// altName) — never as a comma list in one name, which LibreOffice reads as a single font.

export interface WordTextStyle {
  /** font family names, most wanted first; [0] is the one the text is set in */
  fonts: readonly string[];
  sizePt: number;
  /** the Chinese size name the points stand for (for people reading the table) */
  sizeName: '二号' | '三号';
  bold: boolean;
}

export interface GongwenStyleTable {
  /** the speech's title, centred above the text */
  title: WordTextStyle;
  /** heading-rank items by outline level: [0] is level 1; levels deeper than the table use its last entry */
  headings: readonly WordTextStyle[];
  /** body paragraphs, and paragraph points (一是, 第一，, 首先, ——) */
  body: WordTextStyle;
  /** fixed line height: a 225 mm type area (A4 less 37 mm top and 35 mm bottom) holds 22 lines */
  lineHeightPt: number;
  /** first-line indent of a body paragraph, in characters of its own size */
  firstLineIndentChars: number;
}

const FANGSONG = ['仿宋_GB2312', '仿宋'] as const;

export const GONGWEN_STYLE: GongwenStyleTable = {
  title: { fonts: ['方正小标宋简体', '小标宋', '宋体'], sizePt: 22, sizeName: '二号', bold: false },
  headings: [
    { fonts: ['黑体'], sizePt: 16, sizeName: '三号', bold: false },
    { fonts: ['楷体_GB2312', '楷体'], sizePt: 16, sizeName: '三号', bold: false },
    { fonts: FANGSONG, sizePt: 16, sizeName: '三号', bold: true },
    { fonts: FANGSONG, sizePt: 16, sizeName: '三号', bold: false },
  ],
  body: { fonts: FANGSONG, sizePt: 16, sizeName: '三号', bold: false },
  lineHeightPt: 28.95,
  firstLineIndentChars: 2,
};

/** The style of a heading-rank item at outline level `level` (1 = top). */
export function gongwenHeadingStyle(level: number, table: GongwenStyleTable = GONGWEN_STYLE): WordTextStyle {
  const at = Math.min(Math.max(1, Math.floor(level)), table.headings.length) - 1;
  return table.headings[at]!;
}
