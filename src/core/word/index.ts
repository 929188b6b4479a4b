// What the Word-facing writers (clipboard HTML, .docx) share: the 公文 style table and which
// outline items are headings.
export { GONGWEN_STYLE, gongwenHeadingStyle, type GongwenStyleTable, type WordTextStyle } from './gongwen-style';
export { outlineItemKind, isHeadingItem } from './item-kind';
export { renderOutlineClipboardHtml, renderTextClipboardHtml, paragraphOpeners, type ClipboardHtmlOptions } from './clipboard-html';
