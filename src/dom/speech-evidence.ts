// The rule every site-chrome decision obeys: furniture never carries the speech. A paragraph
// that holds a sentence of prose, or opens with an outline marker that continues the page's
// outline, is the speech's own, whatever is glued or hidden in it (a watermark, a copyright
// notice in white): the later steps cut that out, the paragraph stays. Pure text logic; the
// DOM side (which text of an element counts) is in site-chrome.ts.
import { matchMarker, type MarkerMatch } from '../core/markers';

/** This many Chinese characters in a sentence make it prose, not a label, a pager line or a
 * link title (上一篇：…, 标签：…, 相关推荐 titles end in no 。). */
const MIN_SENTENCE_HAN = 8;
/** A clause that names the site speaks for the site, not for the speaker ("本站仅提供…，不承担相关
 * 法律责任。"); a notice glued into a sentence ("xx.com版权所有，禁止复制要压实…。") spoils only its
 * own clause. */
const SITE_NOTICE_WORDS = /本站|本网|网站|本文|版权|所有权|转载|侵权|网友|投稿|上传|作者|声明|观点|承担|删除|举报|联系我们|公众号|扫码|二维码|客服|VIP/i;
const SENTENCE_ENDS = new Set(['。', '！', '？', '；', '!', '?', ';', '…']);
const CLAUSE_ENDS = new Set(['，', ',', '、', '：', ':', ' ', '\u3000', '\n', '\t']);
/** A copyright line glued into the text itself ("gongwenhui.com版权所有去年全县…"): read past it. */
const GLUED_NOTICE =
  /(?:(?:https?:\/\/)?(?:[a-z0-9-]{1,63}\.){1,4}(?:com|cn|net|org)\s?)?(?:版权所有|侵权必究|(?:禁止|严禁|请勿|不得)(?:复制|转载|抄袭|采集))[，,、\s]?/gi;
/** What may stand before a paragraph's first character (indent, zero-width fingerprints). */
const LEADING_FILLER = /^[\s\u3000\u200B-\u200F\u2060\uFEFF\u00AD]+/;
/** An outline item says something: at least this many Chinese characters after its marker. */
const MIN_ITEM_HAN = 2;

const isHan = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

function hanCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i))) count++;
  return count;
}

/** Whether `text` holds a finished sentence of prose that is not a site notice. Linear. */
export function holdsSpeechSentence(text: string): boolean {
  let sentenceHan = 0;
  let clauseHan = 0;
  let clauseStart = 0;
  const endClause = (at: number): void => {
    if (clauseHan > 0 && !SITE_NOTICE_WORDS.test(text.slice(clauseStart, at))) sentenceHan += clauseHan;
    clauseHan = 0;
    clauseStart = at + 1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (isHan(text.charCodeAt(i))) clauseHan++;
    else if (CLAUSE_ENDS.has(ch)) endClause(i);
    else if (SENTENCE_ENDS.has(ch)) {
      endClause(i);
      if (sentenceHan >= MIN_SENTENCE_HAN) return true;
      sentenceHan = 0;
    }
  }
  return false;
}

/** The outline marker a paragraph opens with, when something follows it (dashes carry no number). */
function leadingMarker(text: string): MarkerMatch | undefined {
  const body = text.replace(LEADING_FILLER, '');
  const match = matchMarker(body);
  if (!match || match.family.id === 'dash') return undefined;
  return hanCount(body.slice(match.marker.length, match.marker.length + 40)) >= MIN_ITEM_HAN ? match : undefined;
}

/**
 * The page's outline so far, family by family, in document order: a marker is "in sequence"
 * when it opens a run (一、 （一） 1. 首先) or is the next number of its family's last one.
 */
export class OutlineSequence {
  private readonly last = new Map<string, number>();

  /** Remembers the marker a kept paragraph opens with. */
  note(text: string): void {
    const match = leadingMarker(text);
    if (match) this.last.set(match.family.id, match.number);
  }

  /** The paragraph opens with a marker that continues (or starts) the outline. */
  continues(text: string): boolean {
    const match = leadingMarker(text);
    if (!match) return false;
    if (match.number === 1) return true;
    const last = this.last.get(match.family.id);
    return last !== undefined && (match.number === last + 1 || match.number === Infinity);
  }
}

/** The speech's evidence in a paragraph's own (visible, non-link) text. */
export function carriesSpeech(text: string, outline: OutlineSequence): boolean {
  const words = text.replace(GLUED_NOTICE, '');
  return outline.continues(words) || holdsSpeechSentence(words);
}
