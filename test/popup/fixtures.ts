// A realistic Analysis for popup tests: a 表彰大会 speech from a template site, cleaned.
import type { PageAnalysis } from '../../src/shared/messages';

export function speechAnalysis(overrides: Partial<PageAnalysis> = {}): PageAnalysis {
  return {
    isSpeech: true,
    confidence: 0.93,
    title: '在2024年度全市安全生产工作会议上的讲话',
    meta: { date: '2024-03-12', host: 'www.gongwenhui.com' },
    paragraphs: [
      '同志们：',
      '今天召开全市安全生产工作会议，主要任务是总结去年工作，部署今年任务。',
      '一、认清形势，切实增强做好安全生产工作的责任感',
      '（一）成绩来之不易。过去一年，全市安全生产形势总体平稳。',
      '（二）问题不容忽视。一些地方和单位思想麻痹。',
      '二、突出重点，全力抓好安全生产各项工作',
      '（一）强化源头管控。',
      '1.抓好危险化学品安全。',
      '2.抓好道路交通安全。',
      '三、压实责任，确保各项措施落到实处',
      '同志们，安全生产责任重于泰山，让我们以更加务实的作风抓好各项工作。',
    ],
    outline: [
      { level: 1, marker: '一、', text: '认清形势，切实增强做好安全生产工作的责任感' },
      { level: 2, marker: '（一）', text: '成绩来之不易。' },
      { level: 2, marker: '（二）', text: '问题不容忽视。' },
      { level: 1, marker: '二、', text: '突出重点，全力抓好安全生产各项工作' },
      { level: 2, marker: '（一）', text: '强化源头管控。' },
      { level: 3, marker: '1.', text: '抓好危险化学品安全。' },
      { level: 3, marker: '2.', text: '抓好道路交通安全。' },
      { level: 1, marker: '三、', text: '压实责任，确保各项措施落到实处' },
    ],
    removed: [
      { text: '公文汇', reason: 'watermark' },
      { text: '公文汇', reason: 'watermark' },
      { text: '公文汇', reason: 'watermark' },
      { text: 'www.gongwenhui.com', reason: 'watermark' },
      { text: '开通VIP会员，免费复制全文', reason: 'paywall' },
      { text: '发布时间：2024-03-12 来源：公文汇 浏览次数：1024', reason: 'meta' },
      { text: '首页 > 讲话稿 > 安全生产', reason: 'breadcrumb' },
    ],
    ...overrides,
  };
}

/** A clipboard that records what was written, in both the rich and the plain way. */
export function recordingClipboard(options: { rich?: boolean; refuseRich?: boolean } = {}) {
  const writes: { plain?: string; html?: string; kind: 'rich' | 'text' }[] = [];
  const clipboard = {
    writes,
    async writeText(text: string) {
      writes.push({ kind: 'text', plain: text });
    },
    ...(options.rich === false
      ? {}
      : {
          async write(items: ClipboardItem[]) {
            if (options.refuseRich) throw new DOMException('Document is not focused.', 'NotAllowedError');
            const item = items[0]!;
            writes.push({
              kind: 'rich',
              plain: await (await item.getType('text/plain')).text(),
              html: await (await item.getType('text/html')).text(),
            });
          },
        }),
  };
  return clipboard;
}
