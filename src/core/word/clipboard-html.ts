// The clipboard's rich flavour, written for Word and WPS (and LibreOffice, which tests stand in
// for them): the structure travels as heading elements with `mso-outline-level`, so the paste
// has heading styles and fills the navigation pane. Markers stay literal text (an <ol> would be
// renumbered), indentation is in pt (Word drops em), and with the 公文 format every run carries
// its GB/T 9704 font: one quoted name per declaration plus mso-fareast-font-family, since
// LibreOffice mangles unquoted names and reads a comma list as one name. The fonts are also
// class rules in a <style>: LibreOffice applies inline fonts only to text it can tell the script
// of, so a paragraph opening with "——" or "“" would keep a 12 pt default font there, while a
// class becomes a paragraph style that covers every character. Fallback fonts go to an
// @font-face rule's mso-font-alt, where Word looks for them. Page text is always escaped.
import { escapeHtml } from '../render';
import type { Analysis } from '../types';
import { GONGWEN_STYLE, gongwenHeadingStyle, type WordTextStyle } from './gongwen-style';
import { outlineItemKind } from './item-kind';
import { speechParagraphs } from './paragraph-roles';

export interface ClipboardHtmlOptions {
  /** GB/T 9704 fonts, sizes and line height (default); false: structure only, the user's own fonts */
  gongwen?: boolean;
  /** the outline copy leaves out items deeper than this level */
  maxDepth?: number;
}

/** Word's default body size (五号), the unit of indentation when the user's own fonts are kept. */
const PLAIN_BODY_PT = 10.5;
/** HTML has six heading elements; deeper outline levels are paragraphs with an outline level. */
const HEADING_ELEMENTS = 6;

type Css = Record<string, string | number>;

function css(declarations: Css): string {
  return Object.entries(declarations)
    .map(([property, value]) => `${property}:${typeof value === 'number' ? `${round(value)}pt` : value}`)
    .join(';');
}

function round(pt: number): number {
  return Math.round(pt * 100) / 100;
}

/** The font of a run: its first name in font-family and mso-fareast-font-family, size and weight. */
function fontCss(style: WordTextStyle): Css {
  const family = `'${style.fonts[0]!}'`;
  return {
    'font-family': family,
    'mso-fareast-font-family': family,
    'font-size': style.sizePt,
    'font-weight': style.bold ? 'bold' : 'normal',
  };
}

interface Page {
  gongwen: boolean;
  /** two characters of body text, in pt: one indentation step, and the first-line indent */
  twoChars: number;
}

function pageOf(options: ClipboardHtmlOptions): Page {
  const gongwen = options.gongwen ?? true;
  return { gongwen, twoChars: 2 * (gongwen ? GONGWEN_STYLE.body.sizePt : PLAIN_BODY_PT) };
}

/** Paragraph box: no spacing between paragraphs, and the 公文 fixed line height. */
function boxCss(page: Page, indentPt: number, firstLinePt: number): Css {
  return {
    margin: '0',
    'margin-left': indentPt,
    'text-indent': firstLinePt,
    ...(firstLinePt > 0 ? { 'mso-char-indent-count': 2 } : {}),
    ...(page.gongwen ? { 'line-height': GONGWEN_STYLE.lineHeightPt, 'mso-line-height-rule': 'exactly' } : {}),
  };
}

function block(tag: string, declarations: Css, inner: string, className?: string): string {
  const classAttribute = className ? ` class="${className}"` : '';
  return `<${tag}${classAttribute} style="${css(declarations)}">${inner}</${tag}>`;
}

/**
 * The class of the 公文 title, body and deep-heading paragraphs (LibreOffice makes `p.x` a style
 * "Text Body.x"). Headings get element rules (`h2{…}`) instead: a class would make a style
 * "Heading 2.x", which LibreOffice saves to .docx with no outline level.
 */
const TITLE_CLASS = 'gongwen-title';
const BODY_CLASS = 'gongwen-body';
const DEEP_HEADING_CLASS = 'gongwen-deep';

/** A heading-rank item's paragraph: <hN> to level 6, below that a paragraph with the outline level. */
function headingBlock(page: Page, level: number, box: Css, inner: string): string {
  const tag = level <= HEADING_ELEMENTS ? `h${level}` : 'p';
  const font = page.gongwen ? fontCss(gongwenHeadingStyle(level)) : {};
  const className = page.gongwen && level > HEADING_ELEMENTS ? DEEP_HEADING_CLASS : undefined;
  return block(tag, { ...box, 'mso-outline-level': String(level), ...font }, inner, className);
}

function titleBlock(page: Page, title: string): string {
  if (!title) return '';
  const font = page.gongwen ? fontCss(GONGWEN_STYLE.title) : {};
  return block('p', { ...boxCss(page, 0, 0), 'text-align': 'center', ...font }, escapeHtml(title), page.gongwen ? TITLE_CLASS : undefined);
}

function bodyBlock(page: Page, indentPt: number, firstLinePt: number, inner: string): string {
  const font = page.gongwen ? fontCss(GONGWEN_STYLE.body) : {};
  return block('p', { ...boxCss(page, indentPt, firstLinePt), ...font }, inner, page.gongwen ? BODY_CLASS : undefined);
}

/** The 公文 fonts as class rules, and fallback fonts for Word (@font-face with mso-font-alt). */
function styleSheet(page: Page): string {
  if (!page.gongwen) return '';
  const lines = { 'line-height': GONGWEN_STYLE.lineHeightPt, 'mso-line-height-rule': 'exactly' };
  const rules = [
    `p.${TITLE_CLASS}{${css({ ...fontCss(GONGWEN_STYLE.title), ...lines })}}`,
    `p.${BODY_CLASS}{${css({ ...fontCss(GONGWEN_STYLE.body), ...lines })}}`,
    ...Array.from({ length: HEADING_ELEMENTS }, (_, i) => `h${i + 1}{${css({ ...fontCss(gongwenHeadingStyle(i + 1)), ...lines })}}`),
    `p.${DEEP_HEADING_CLASS}{${css({ ...fontCss(gongwenHeadingStyle(HEADING_ELEMENTS + 1)), ...lines })}}`,
  ];
  const fallbacks = new Map<string, string>();
  for (const { fonts } of [GONGWEN_STYLE.title, ...GONGWEN_STYLE.headings, GONGWEN_STYLE.body]) {
    if (fonts.length > 1) fallbacks.set(fonts[0]!, `@font-face{font-family:'${fonts[0]!}';mso-font-alt:'${fonts[1]!}'}`);
  }
  return `<style>${[...fallbacks.values(), ...rules].join('')}</style>`;
}

function documentHtml(page: Page, body: string): string {
  return `<html><head><meta charset="utf-8">${styleSheet(page)}</head><body>${body}</body></html>`;
}

/**
 * The outline copy: the title, then one paragraph per item in the order read. Heading-rank
 * items are headings at their level; paragraph points are body paragraphs at their level.
 * Each level is indented two characters more than the one above it.
 */
export function renderOutlineClipboardHtml(
  analysis: Pick<Analysis, 'title' | 'outline'>,
  options: ClipboardHtmlOptions = {},
): string {
  const page = pageOf(options);
  const maxDepth = options.maxDepth ?? Infinity;
  const rows = analysis.outline
    .filter((item) => item.level <= maxDepth)
    .map((item) => {
      const box = boxCss(page, page.twoChars * (item.level - 1), 0);
      const inner = escapeHtml(item.marker + item.text);
      return outlineItemKind(item) === 'heading'
        ? headingBlock(page, item.level, box, inner)
        : bodyBlock(page, page.twoChars * (item.level - 1), 0, inner);
    });
  return documentHtml(page, titleBlock(page, analysis.title) + rows.join(''));
}

/**
 * The full-text copy: the title, then every cleaned paragraph with a two-character first-line
 * indent. A paragraph opened by a heading-rank item of the outline is a heading at the item's
 * level; when sentences follow the heading in the same paragraph, only the heading's own words
 * take the heading font and the rest keeps the body font.
 */
export function renderTextClipboardHtml(analysis: Pick<Analysis, 'title' | 'paragraphs' | 'outline'>, options: ClipboardHtmlOptions = {}): string {
  const page = pageOf(options);
  const rows = speechParagraphs(analysis).map(({ text, heading }) => {
    if (!heading) return bodyBlock(page, 0, page.twoChars, escapeHtml(text));
    const box = boxCss(page, 0, page.twoChars);
    const tail = text.slice(heading.length);
    if (tail.trim() === '' || !page.gongwen) return headingBlock(page, heading.item.level, box, escapeHtml(text));
    const bodyFont = css(fontCss(GONGWEN_STYLE.body));
    return headingBlock(page, heading.item.level, box, `${escapeHtml(text.slice(0, heading.length))}<span style="${bodyFont}">${escapeHtml(tail)}</span>`);
  });
  return documentHtml(page, titleBlock(page, analysis.title) + rows.join(''));
}
