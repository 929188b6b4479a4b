// Markdown a site left in its text: "…意义十分深远。**市民政局全体党员干部将…重要职责。**我们将…",
// "### 建筑安全生产演说稿", "#### 一、安全观念的养成", "1. **绿色低碳**:在设计…". Bold marks around a whole
// sentence, a heading line or a list item's label and the hashes of a heading are never the speaker's; a "**" standing for a blanked name
// (经**同意, **同志, 我叫**) sits inside a sentence and stays.
import type { MarkupTag } from './markup';

const BOLD_PAIR = /\*\*([^*\n]{1,400}?)\*\*/g;
const CLAUSE_END = /[。！？!?；;：:]/;
/** A list item's marker alone before the bold, at the line's start ("1. **绿色低碳**:…", "- **…**", "– **…**"). */
const LIST_MARKER_BEFORE = /^\s*(?:[0-9]{1,2}[.、．]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十0-9]{1,3}[)）]|[-–•])\s*$/;
/** A bold label closed by its colon after the marks ("**绿色低碳**:…"). */
const COLON_AFTER = /^\s*[:：]/;
const CJK = /[\u4e00-\u9fff]/;

function lastVisible(text: string, before: number): string {
  for (let i = before - 1; i >= 0; i--) if (text[i]!.trim()) return text[i]!;
  return '';
}

function restIsBlank(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) if (text[i]!.trim()) return false;
  return true;
}

function countMarks(text: string): number {
  let n = 0;
  for (let at = text.indexOf('**'); at !== -1; at = text.indexOf('**', at + 2)) n++;
  return n;
}

/** The "**" marks of bold sentences and bold heading lines in a line of text. */
export function findMarkdownBold(text: string): MarkupTag[] {
  if (!text.includes('**')) return [];
  const marks: MarkupTag[] = [];
  BOLD_PAIR.lastIndex = 0;
  for (let m = BOLD_PAIR.exec(text); m; m = BOLD_PAIR.exec(text)) {
    const inner = m[1]!;
    const end = m.index + m[0].length;
    const before = lastVisible(text, m.index);
    // (or a list item's bold label: after its marker, before its colon)
    const opensClause = before === '' || CLAUSE_END.test(before) || LIST_MARKER_BEFORE.test(text.slice(0, m.index));
    const closesClause = CLAUSE_END.test(inner.trimEnd().slice(-1)) || restIsBlank(text, end) || COLON_AFTER.test(text.slice(end, end + 4));
    if (!opensClause || !closesClause || !CJK.test(inner)) {
      // the closing marks may open the next pair ("**甲**乙**丙。**")
      BOLD_PAIR.lastIndex = m.index + 2;
      continue;
    }
    marks.push({ start: m.index, end: m.index + 2, block: false, rule: 'site-chrome.markdown' });
    marks.push({ start: end - 2, end, block: false, rule: 'site-chrome.markdown' });
  }
  // Bold is all or nothing: a line where some "**" pairs with nothing uses them for blanked
  // names ("**是%%省重要的工业城市…。**历史悠久…以来,**产业结构…"), the pairs too.
  return marks.length === countMarks(text) ? marks : [];
}

/** A heading's hashes and the space after them, before Chinese text ("#### 一、安全观念的养成"). */
const ATX_HEADING = /^#{1,6} +(?=[\u4e00-\u9fff（(“《【])/;

/** The hashes of a Markdown heading line, as a mark to cut. */
export function findMarkdownHeading(text: string): MarkupTag[] {
  const m = ATX_HEADING.exec(text);
  return m ? [{ start: 0, end: m[0].length, block: false, rule: 'site-chrome.markdown' }] : [];
}
