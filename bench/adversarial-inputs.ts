// Section 3's inputs: about 1 MB each of what could make a regex backtrack or a walk recurse.
import '../src/core/re2-bundled'; // the cases' regex rules run on it
import type { UserRule } from '../src/core/types';
import { MB } from './measure';

export interface AdversarialInput {
  /** text: analyzeText; html: the HTML pipeline; stdin: the command's analyzeInput on standard
   * input (sniffing included); onmousedown: copy unlocking's checks of a page's handler code */
  kind: 'text' | 'html' | 'stdin' | 'onmousedown';
  text: string;
  /** the user's own noise rules, for text inputs */
  userRules?: UserRule[];
}

export interface AdversarialCase {
  name: string;
  /** about `size` UTF-8 bytes (1 MB by default; smaller to see how time grows with size) */
  build: (size?: number) => AdversarialInput;
}

/** `unit` repeated until the text reaches `size` UTF-8 bytes. */
export function repeatToBytes(unit: string, size: number = MB): string {
  const unitBytes = Buffer.byteLength(unit, 'utf8');
  return unit.repeat(Math.max(1, Math.ceil(size / unitBytes)));
}

const NUMERALS = '一二三四五六七八九十';

/** A page of about `size` bytes: `wrap` puts `fill`, repeated to make up the size, into the page. */
function pageAround(fill: string, size: number, wrap: (filled: string) => string): string {
  const frame = wrap('');
  return wrap(repeatToBytes(fill, size - Buffer.byteLength(frame, 'utf8')));
}

const PAGE = (article: string) =>
  `<!doctype html><html><head><title>讲话_公文汇</title></head><body><div class="content">${article}<p>同志们，今天我们召开会议，部署下半年工作。</p></div></body></html>`;

/** Two CJK characters from an index: a different name for each of 20,000 lines. */
const nameOf = (i: number) => String.fromCharCode(0x4e00 + ((i * 31) % 20_000), 0x4e00 + ((i * 7 + 3) % 20_000));

const SPEECH_SENTENCE =
  '同志们，今天我们召开全市重点工作推进会议，主要任务是总结上半年工作，分析当前形势，部署下半年任务，' +
  '一是要提高政治站位，二是要压实工作责任，三是要强化督查考核，确保各项目标任务落地见效。';

export const ADVERSARIAL_CASES: AdversarialCase[] = [
  { name: '"一、" run, one line', build: (size = MB) => ({ kind: 'text', text: repeatToBytes('一、', size) }) },
  {
    name: '"一是二是…十是" run, one line',
    build: (size = MB) => ({ kind: 'text', text: repeatToBytes([...NUMERALS].map((n) => `${n}是`).join(''), size) }),
  },
  { name: 'marker-only lines "一、\\n（一）\\n1.\\n一是"', build: (size = MB) => ({ kind: 'text', text: repeatToBytes('一、\n（一）\n1.\n一是\n——\n', size) }) },
  { name: '"1.1.1.1…" digits and dots', build: (size = MB) => ({ kind: 'text', text: repeatToBytes('1.', size) }) },
  { name: '"www.www.www…"', build: (size = MB) => ({ kind: 'text', text: repeatToBytes('www.', size) }) },
  {
    name: '"a.b.c.d…com" one long host',
    build: (size = MB) => ({ kind: 'text', text: repeatToBytes('abcdefghijklmnopqrstuvwxyz'.split('').join('.') + '.', size - 4) + 'com' }),
  },
  { name: '"。" run without text', build: (size = MB) => ({ kind: 'text', text: repeatToBytes('。', size) }) },
  { name: 'one 1 MB paragraph, no line break', build: (size = MB) => ({ kind: 'text', text: repeatToBytes(SPEECH_SENTENCE, size) }) },
  { name: '"同志们" repeated on one line', build: (size = MB) => ({ kind: 'text', text: repeatToBytes('同志们', size) }) },
  { name: '"（一" run, brackets never closed', build: (size = MB) => ({ kind: 'text', text: repeatToBytes('（一', size) }) },
  { name: 'spaces then a word, one line', build: (size = MB) => ({ kind: 'text', text: repeatToBytes(' \u3000\t', size) + '同志们' }) },
  { name: 'zero-width characters between every letter', build: (size = MB) => ({ kind: 'text', text: repeatToBytes('讲\u200b话\u200d稿\ufeff', size) }) },
  {
    name: '10,000 nested <div> (HTML pipeline)', // at 1 MB; fewer levels when smaller
    build: (size = MB) => {
      const depth = Math.round((10_000 * size) / MB);
      // Text at every level brings the page to about 1 MB, like a real page's share of text.
      const open = `<div><p>${SPEECH_SENTENCE.slice(0, 30)}</p>`;
      return {
        kind: 'html',
        text: `<!doctype html><html><head><title>深层嵌套</title></head><body>${open.repeat(depth)}${'</div>'.repeat(depth)}</body></html>`,
      };
    },
  },
  // Issue 12's freezes, each at about 1 MB.
  {
    name: 'user rule ([^。]+)+。 on 30-character lines without 。',
    build: (size = MB) => ({
      kind: 'text',
      text: repeatToBytes('我们要坚持以人民为中心的发展思想推动全县经济社会高质量发展！\n', size),
      userRules: [{ pattern: '([^。]+)+。', regex: true }],
    }),
  },
  { name: '<!--a--> run, then <x>, on standard input', build: (size = MB) => ({ kind: 'stdin', text: repeatToBytes('<!--a-->', size - 3) + '<x>' }) },
  {
    name: '<h1> of "a.a.a…" (HTML pipeline)',
    build: (size = MB) => ({ kind: 'html', text: pageAround('a.', size, (filled) => PAGE(`<h1>${filled}</h1>`)) }),
  },
  {
    name: '"XX范文网 www.xx.com" lines, a brand each',
    build: (size = MB) => {
      const lines: string[] = [];
      let bytes = 0;
      for (let i = 0; bytes < size; i++) {
        const line = `${nameOf(i)}范文网 www.site${i}.com\n`;
        lines.push(line);
        bytes += Buffer.byteLength(line, 'utf8');
      }
      return { kind: 'text', text: lines.join('') };
    },
  },
  {
    // Equal-width paragraphs are joined into one line (a PDF column's wraps), so the cuts in them
    // are mapped back over thousands of blocks: this was their product until a cursor walked both.
    name: 'a watermark glued into each of 8,000 paragraphs (HTML pipeline)', // at 1 MB
    build: (size = MB) => {
      const paragraph = `<p>${SPEECH_SENTENCE.slice(0, 30)}公文汇 www.gongwenhui.com</p>`;
      return { kind: 'html', text: PAGE(paragraph.repeat(Math.max(1, Math.round(size / Buffer.byteLength(paragraph, 'utf8'))))) };
    },
  },
  {
    // The cut of each watermark lays bare the label it hung on ("【本文来源：】"), which the re-read
    // finds in the text the cuts leave; mapping those finds back was their product with the cuts.
    name: 'a stamp label around a watermark in each of 8,000 paragraphs (HTML pipeline)', // at 1 MB
    build: (size = MB) => {
      const paragraph = `<p>${SPEECH_SENTENCE.slice(0, 30)}【本文来源：公文汇 www.gongwenhui.com】</p>`;
      return { kind: 'html', text: PAGE(paragraph.repeat(Math.max(1, Math.round(size / Buffer.byteLength(paragraph, 'utf8'))))) };
    },
  },
  {
    name: 'font-size value of digits (HTML pipeline)',
    build: (size = MB) => ({ kind: 'html', text: pageAround('1', size, (filled) => PAGE(`<p>同志们：<span style="font-size:${filled}x">公文汇</span></p>`)) }),
  },
  { name: 'onmousedown code: "return" and spaces', build: (size = MB) => ({ kind: 'onmousedown', text: `return false${repeatToBytes(' \t', size - 13)}x` }) },
];
