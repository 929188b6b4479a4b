// Section 2's input: a pack of speeches (as subscription packs ship them, many in one .txt) of a
// chosen size, built from the seeds' own body paragraphs with the structure and noise a template
// site adds: headings 一、（一）1. 一是…, brand watermarks glued into sentences, promo and meta lines.

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Leading outline markers, stripped from seed lines so the generator places its own. */
const LEADING_MARKER = /^(?:[一二三四五六七八九十]+[、是]|（[一二三四五六七八九十]+）|\(?\d+[).．、]|——|第[一二三四五六七八九十]+[，,])\s*/;

const HEADINGS = [
  '提高政治站位，切实增强做好工作的责任感使命感',
  '聚焦重点任务，推动各项决策部署落地见效',
  '坚持问题导向，着力补齐短板弱项',
  '深化改革创新，不断激发干事创业活力',
  '强化组织保障，确保各项工作取得实效',
  '压紧压实责任，守牢安全发展底线',
];

const SUBHEADINGS = [
  '抓好理论学习',
  '狠抓工作落实',
  '加强队伍建设',
  '严格督查考核',
];

const NOISE_LINES = [
  '仅供学习 禁止外传',
  '公文汇 www.gongwenhui.com',
  '现在订阅立享前3年的所有权益和资料',
  '时间:2021-04-23 致辞讲话 我要投稿',
  '当前位置: 首页 > 公务范文 > 致辞讲话',
  '如需复制请赞助VIP会员 赞助会员请点击:开通会员',
  '更多精彩范文，请关注公众号【稿子汇】',
  'XX整理，咨询QQ206157060',
];

const GLUED_WATERMARKS = ['公文汇', '稿子汇,范文学习文库', ' m.chayi5.com ', '公务员之家', '\u200b'];

/** Body paragraphs of the seeds: long lines, leading markers removed. */
export function seedParagraphs(seedTexts: readonly string[]): string[] {
  const paragraphs = seedTexts
    .flatMap((text) => text.split(/\r?\n/))
    .map((line) => line.trim().replace(LEADING_MARKER, ''))
    .filter((line) => line.length >= 40);
  if (paragraphs.length === 0) throw new Error('no seed paragraphs of 40+ characters');
  return paragraphs;
}

/** Glue a watermark into the middle of a sentence, after a comma when there is one. */
function glueWatermark(paragraph: string, watermark: string): string {
  const comma = paragraph.indexOf('，', paragraph.length >> 1);
  const at = comma > 0 ? comma + 1 : paragraph.length >> 1;
  return paragraph.slice(0, at) + watermark + paragraph.slice(at);
}

function firstClause(paragraph: string): string {
  return paragraph.split(/[，。；]/)[0]!.slice(0, 30);
}

/** One speech of about 10 KB; `n` picks which paragraphs and noise it uses. */
export function syntheticSpeech(paragraphs: readonly string[], n: number): string[] {
  let next = n * 7;
  const paragraph = () => paragraphs[next++ % paragraphs.length]!;
  const noise = (k: number) => NOISE_LINES[(n + k) % NOISE_LINES.length]!;
  const lines = [noise(0), noise(1), '', `在全市重点工作推进会议上的讲话（之${n + 1}）`, noise(3), '同志们：', paragraph()];
  for (let i = 0; i < 3; i++) {
    lines.push(`${CHINESE_NUMERALS[i]}、${HEADINGS[(n + i) % HEADINGS.length]}`);
    for (let j = 0; j < 2; j++) {
      lines.push(`（${CHINESE_NUMERALS[j]}）${SUBHEADINGS[(n + i + j) % SUBHEADINGS.length]}。${paragraph()}`);
      lines.push(glueWatermark(paragraph(), GLUED_WATERMARKS[(n + i + j) % GLUED_WATERMARKS.length]!));
      lines.push(`${j + 1}. ${paragraph()}`);
      lines.push(
        [0, 1, 2].map((k) => `${CHINESE_NUMERALS[k]}是${firstClause(paragraph())}`).join('；') + '。',
      );
    }
    if (i === 1) lines.push(noise(5));
  }
  lines.push(`同志们，${paragraph()}`, '谢谢大家！', '', noise(6), noise(7), '');
  return lines;
}

/** A pack of speeches of at least `targetBytes` UTF-8 bytes (it stops at the first line past it). */
export function syntheticSpeechPack(paragraphs: readonly string[], targetBytes: number): string {
  const lines: string[] = [];
  let size = 0;
  for (let n = 0; size < targetBytes; n++) {
    for (const line of syntheticSpeech(paragraphs, n)) {
      lines.push(line);
      size += Buffer.byteLength(line, 'utf8') + 1;
      if (size >= targetBytes) break;
    }
  }
  return lines.join('\n');
}
