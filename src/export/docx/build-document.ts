// WordBlocks → a docx Document in 公文 format: A4 with GB/T 9704 margins and a 22 × 28 grid,
// the title in 小标宋 二号, heading-rank items as Word's "heading N" styles carrying an explicit
// outline level (Word's navigation pane and LibreOffice's navigator list them), body text in
// 仿宋 三号 with a two-character first-line indent, and "— 1 —" page numbers at the foot,
// odd pages right and even pages left (§7.5). Fonts and sizes come from the shared style table.
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
  type IParagraphStyleOptions,
  type IRunOptions,
  type IStylesOptions,
} from 'docx';
import { GONGWEN_STYLE, gongwenHeadingStyle, type WordTextStyle } from '../../core/word/gongwen-style';
import { gongwenPageLayout, pointsToTwips } from './page-layout';
import type { WordBlock } from './word-blocks';

/** Word's outline levels stop at 9 ("heading 1" … "heading 9"). */
export const DEEPEST_HEADING_LEVEL = 9;
/** The page number's type: 4号 (14 pt) 半角 宋体 Arabic digits between em dashes (§7.5). */
const PAGE_NUMBER_STYLE = { font: '宋体', sizePt: 14 } as const;

const halfPoints = (points: number) => Math.round(points * 2);

/** Characters XML 1.0 cannot hold (C0 controls but tab and line breaks, U+FFFE/U+FFFF, lone surrogates): Word would refuse the file. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const xmlText = (text: string) => text.replace(NOT_XML, '');

function runStyle(style: WordTextStyle) {
  const font = style.fonts[0]!;
  // one font for every script: digits and Latin letters in a speech are set like the Chinese around them
  return { font: { ascii: font, hAnsi: font, eastAsia: font, cs: font }, size: halfPoints(style.sizePt), bold: style.bold, color: '000000' };
}

const layout = gongwenPageLayout();
/** Exactly one grid line (28.95 pt): 22 lines a page. */
const lineSpacing = () => ({ line: layout.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 });
/** n characters of 三号 body text as set (size plus character spacing), in twips: indents stay on the 28-character grid. */
const characters = (n: number) => n * (pointsToTwips(GONGWEN_STYLE.body.sizePt) + layout.characterSpacing);

export const headingLevel = (level: number) => Math.min(Math.max(1, Math.round(level)), DEEPEST_HEADING_LEVEL);
export const headingStyleId = (level: number) => `Heading${headingLevel(level)}`;

function headingStyle(level: number): IParagraphStyleOptions {
  return {
    id: headingStyleId(level),
    name: `heading ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { ...runStyle(gongwenHeadingStyle(level)), italics: false },
    paragraph: {
      outlineLevel: level - 1,
      indent: { firstLine: characters(GONGWEN_STYLE.firstLineIndentChars) },
      spacing: lineSpacing(),
    },
  };
}

function styles(): IStylesOptions {
  const levels = Array.from({ length: DEEPEST_HEADING_LEVEL }, (_, i) => i + 1);
  const [h1, h2, h3, h4, h5, h6] = levels.slice(0, 6).map(headingStyle);
  return {
    default: {
      document: {
        run: { ...runStyle(GONGWEN_STYLE.body), language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
        paragraph: { spacing: lineSpacing() },
      },
      title: {
        run: { ...runStyle(GONGWEN_STYLE.title), characterSpacing: 0 },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { ...lineSpacing(), after: layout.linePitch } },
      },
      heading1: h1,
      heading2: h2,
      heading3: h3,
      heading4: h4,
      heading5: h5,
      heading6: h6,
    },
    paragraphStyles: [
      // Normal carries the body's font, size and 28-a-line character spacing itself, for
      // writers that read Normal rather than the document defaults
      {
        id: 'Normal',
        name: 'Normal',
        quickFormat: true,
        run: { ...runStyle(GONGWEN_STYLE.body), characterSpacing: layout.characterSpacing },
        paragraph: { spacing: lineSpacing() },
      },
      // docx has defaults for heading 1–6 only; deeper levels are styles of our own with Word's names
      ...levels.slice(6).map(headingStyle),
    ],
  };
}

function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const oneCharacter = pointsToTwips(PAGE_NUMBER_STYLE.sizePt);
  const font = PAGE_NUMBER_STYLE.font;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneCharacter, firstLine: 0 } : { left: oneCharacter, firstLine: 0 },
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        children: [
          new TextRun({
            font: { ascii: font, hAnsi: font, eastAsia: font, cs: font },
            size: halfPoints(PAGE_NUMBER_STYLE.sizePt),
            children: ['— ', PageNumber.CURRENT, ' —'],
          }),
        ],
      }),
    ],
  });
}

function indentFor(block: Extract<WordBlock, { kind: 'heading' | 'body' }>) {
  if (block.indentLevels !== undefined) return { left: characters(2 * block.indentLevels), firstLine: 0 };
  if (block.kind === 'body') return { firstLine: block.flush ? 0 : characters(GONGWEN_STYLE.firstLineIndentChars) };
  return undefined; // the heading style's own
}

function paragraphOf(block: WordBlock): Paragraph {
  switch (block.kind) {
    case 'title':
      return new Paragraph({ style: 'Title', children: [new TextRun(xmlText(block.text))] });
    case 'heading': {
      const level = headingLevel(block.level);
      const head = xmlText(block.text.slice(0, block.headingLength));
      const rest = xmlText(block.text.slice(block.headingLength));
      // body text run in after the heading keeps the body's look (仿宋, not bold)
      const restRun: IRunOptions = { text: rest, ...runStyle(GONGWEN_STYLE.body) };
      return new Paragraph({
        style: headingStyleId(level),
        outlineLevel: level - 1,
        // a heading line stays with the text under it; a heading with its text run in is a paragraph like any other
        keepNext: !rest,
        indent: indentFor(block),
        children: rest ? [new TextRun(head), new TextRun(restRun)] : [new TextRun(head)],
      });
    }
    case 'body':
      return new Paragraph({ indent: indentFor(block), children: [new TextRun(xmlText(block.text))] });
  }
}

export interface DocumentInfo {
  /** the document's title property (File › Properties) */
  title: string;
}

export function buildWordDocument(blocks: readonly WordBlock[], info: DocumentInfo): Document {
  return new Document({
    creator: 'Qinggao 清稿',
    title: info.title,
    styles: styles(),
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: layout.width, height: layout.height },
            margin: layout.margin,
          },
          grid: { type: DocumentGridType.LINES, linePitch: layout.linePitch },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: blocks.map(paragraphOf),
      },
    ],
  });
}
