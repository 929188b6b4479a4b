// What the Word-facing writers (clipboard HTML, .docx) share: the 公文 style table and which
// outline items and paragraphs are headings; the clipboard's rich flavour.
export { GONGWEN_STYLE, gongwenHeadingStyle, type GongwenStyleTable, type WordTextStyle } from './gongwen-style';
export { outlineItemKind, isHeadingItem } from './item-kind';
export { speechParagraphs, type SpeechParagraph } from './paragraph-roles';
export { renderOutlineClipboardHtml, renderTextClipboardHtml, type ClipboardHtmlOptions } from './clipboard-html';
