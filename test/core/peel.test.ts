// Notices glued into a paragraph before, between or after its sentences are cut; the speech in
// the paragraph stays (issue 12, item 6: a notice before the speech used to take the whole
// paragraph with its heading).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';
import { renderCleanText } from '../../src/core/render';
import { lineIsAllNotice, SEGMENT_END, segmentEndsOf, segmentsOf } from '../../src/core/peel';

const squash = (s: string) => s.replace(/\s+/g, '');
const speech = (...body: string[]) => ['在全县防汛工作会议上的讲话', '同志们：', '今天我们召开全县防汛工作会议，主要任务是部署今年的防汛工作。', ...body, '谢谢大家！'].join('\n');

describe('segments of a paragraph', () => {
  it('splits at sentence ends and after an ASCII id set apart from the Chinese text', () => {
    expect(segmentsOf('一、提高认识。客服微信：gwyoo2024 各级各部门要压实责任！').map((s) => s.text)).toEqual(['一、提高认识。', '客服微信：gwyoo2024', '各级各部门要压实责任！']);
  });

  it('gives each paragraph its own segments when paragraphs alternate (the last one is remembered)', () => {
    const a = '一、提高认识。客服微信：gwyoo2024 各级各部门要压实责任！';
    const b = '二、狠抓落实。要加强督查！';
    const first = segmentsOf(a).map((s) => s.text);
    expect(segmentsOf(b).map((s) => s.text)).toEqual(['二、狠抓落实。', '要加强督查！']);
    expect(segmentsOf(a).map((s) => s.text)).toEqual(first);
  });

  it('does not split inside a link or a decimal', () => {
    expect(segmentsOf('登录www.example.com/a?id=1查询，增长6.18%。').map((s) => s.text)).toHaveLength(1);
  });

  it('a notice line is all notice; a heading or a sentence of speech beside it is not', () => {
    const heading = (t: string) => /^[一二三]、|^[一二三]是/.test(t);
    const notice = (t: string) => /本站|举报/.test(t);
    expect(lineIsAllNotice('客服微信：gwyoo2024', 2, heading, notice)).toBe(true);
    expect(lineIsAllNotice('一、提高认识。客服微信：gwyoo2024', 9, heading, notice)).toBe(false);
    expect(lineIsAllNotice('客服微信：gwyoo2024 各级各部门要压实责任，确保落到实处。', 2, heading, notice)).toBe(false);
    expect(lineIsAllNotice('版权声明：本站内容来自网友投稿。如发现本站有侵权内容，请发送邮件举报。', 0, heading, notice)).toBe(true);
    expect(lineIsAllNotice('二是基地建成以后,我们必须 ……(未完,全文共6267字)', 21, heading, notice)).toBe(false);
    expect(lineIsAllNotice('要加强防汛工作 ……(未完,全文共6267字)', 12, heading, notice)).toBe(false);
  });
});

describe('notices glued into a paragraph of speech', () => {
  it('a notice between a heading and its text: the heading and the text stay, the notice goes', () => {
    const a = analyzeText(speech('一、提高认识。客服微信：gwyoo2024 各级各部门要压实责任，确保各项工作落到实处。'));
    expect(a.paragraphs.map(squash)).toContain('一、提高认识。各级各部门要压实责任，确保各项工作落到实处。');
    expect(a.outline.map((i) => i.marker)).toEqual(['一、']);
    expect(a.removed.map((r) => r.text)).toContain('客服微信：gwyoo2024');
  });

  it('a notice before the speech in one paragraph', () => {
    const a = analyzeText(speech('内容仅供学习,如需复制请赞助VIP会员。各级各部门要压实责任，确保各项工作落到实处。'));
    expect(a.paragraphs).toContain('各级各部门要压实责任，确保各项工作落到实处。');
  });

  it('a notice between two sentences of speech', () => {
    const a = analyzeText(speech('要提高政治站位，切实增强责任感。本文共4811字,仅供站内会员学习参考。各级各部门要压实责任，确保落到实处。'));
    expect(a.paragraphs.map(squash)).toContain('要提高政治站位，切实增强责任感。各级各部门要压实责任，确保落到实处。');
  });

  it('a notice appended mid-sentence leaves the words before it', () => {
    const a = analyzeText(speech('二是实训基地建成投用以后,我们必须 ……(未完,全文共6267字,当前只显示754字,请阅读下面提示信息。)'));
    expect(a.paragraphs).toContain('二是实训基地建成投用以后,我们必须');
  });

  it('a multi-sentence site notice is still taken whole', () => {
    const a = analyzeText(speech('版权声明：本文内容由互联网用户自发贡献，该文观点仅代表作者本人。本站仅提供信息存储空间服务。如发现本站有涉嫌抄袭侵权的内容，请发送邮件至 report@example.com 举报，一经查实，本站将立刻删除。'));
    expect(a.paragraphs.join('')).not.toContain('版权声明');
    expect(a.paragraphs.join('')).not.toContain('举报');
  });
});

describe('found by the noisy-speech generator (test/core/noisy-speech.property.test.ts), shrunk', () => {
  it('an outline point before a notice stays (首先，客服微信：…)', () => {
    const a = analyzeText(speech('首先，客服微信：gwyoo2024 今天，我们召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。'));
    expect(a.paragraphs).toContain('首先，今天，我们召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。');
  });

  it('an outline point and a short sentence beside a notice stay (首先，下载本文需开通VIP会员。谢谢大家！)', () => {
    const a = analyzeText(speech('首先，下载本文需开通VIP会员。谢谢大家！'));
    expect(squash(a.paragraphs.join('\n'))).toContain('首先，');
    expect(a.paragraphs.filter((p) => p.includes('谢谢大家！'))).toHaveLength(2);
  });

  it('a heading after a notice on one line stays (客服微信：… 一、提高认识)', () => {
    const a = analyzeText(speech('客服微信：gwyoo2024 一、提高认识', '各级各部门要压实责任，确保各项工作落到实处。'));
    expect(a.outline.map((i) => i.marker + i.text)).toEqual(['一、提高认识']);
  });

  it("a notice's last words that a split set apart go with it, so cleaning twice changes nothing (加V：… 领取全套)", () => {
    const a = analyzeText(speech('要提高政治站位，切实增强责任感和使命感。加V：bgz_cailiao 领取全套'));
    expect(a.paragraphs).toContain('要提高政治站位，切实增强责任感和使命感。');
    const again = analyzeText(renderCleanText(a));
    expect(again.paragraphs).toEqual(a.paragraphs);
  });
});

// Generated speeches whose paragraphs mix sentences of speech with notices anywhere in them:
// no sentence of speech is ever lost.
const sentence = fc.constantFrom(
  '要提高政治站位，切实增强责任感和使命感。',
  '各级各部门要压实责任，确保各项工作落到实处。',
  '刚才，几位同志作了很好的发言，我完全同意。',
  '全年实现地区生产总值1.5亿元，同比增长6.18%。',
  '第一时间发现，第一时间报告，第一时间处置。',
  '会员单位要发挥示范作用，带头落实各项制度。',
  '要充分利用网站、微信公众号等平台，加强政策宣传。',
);
const heading = fc.constantFrom('', '', '一、提高认识。', '（二）压实责任。', '1.加强领导。');
const notice = fc.constantFrom(
  '内容仅供学习,如需复制请赞助VIP会员。',
  '客服微信：gwyoo2024 ',
  '（老笔头原创解析,仅供会员学习,未经许可严禁外传）',
  '本文共4811字,仅供站内会员学习参考。',
  '……(未完,全文共6606字,当前仅显示2320字,请阅读下面提示信息。)',
  ' 当前隐藏内容免费查看',
  'QQ：206157060 ',
  '下载本文需开通VIP会员。',
);
const paragraph = fc
  .tuple(heading, fc.array(fc.oneof({ arbitrary: sentence, weight: 3 }, { arbitrary: notice, weight: 1 }), { minLength: 1, maxLength: 5 }))
  .map(([h, parts]) => ({ text: h + parts.join(''), kept: [h, ...parts].filter((p) => p && !isNotice(p)) }));
const NOTICES = new Set(['内容仅供学习,如需复制请赞助VIP会员。', '客服微信：gwyoo2024 ', '（老笔头原创解析,仅供会员学习,未经许可严禁外传）', '本文共4811字,仅供站内会员学习参考。', '……(未完,全文共6606字,当前仅显示2320字,请阅读下面提示信息。)', ' 当前隐藏内容免费查看', 'QQ：206157060 ', '下载本文需开通VIP会员。']);
function isNotice(part: string): boolean {
  return NOTICES.has(part);
}

describe('no sentence of speech is lost beside a notice (property)', () => {
  it('every sentence and heading of speech in a generated paragraph survives cleaning', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 6 }), (paragraphs) => {
        const a = analyzeText(speech(...paragraphs.map((p) => p.text)));
        const out = squash(a.paragraphs.join('\n'));
        return paragraphs.every((p) => p.kept.every((k) => out.includes(squash(k))));
      }),
      { numRuns: 300 },
    );
  });
});

describe('segment ends, looked for only where one can begin', () => {
  // the scan the segments were read with before: the pattern tried at every character
  const everywhere = new RegExp(SEGMENT_END.source, 'g');
  const endsEverywhere = (text: string): number[] => [...text.matchAll(everywhere)].map((m) => m.index + m[0].length);
  const piece = fc.constantFrom('。', '！', '？', '!', '?', '!!', '?a', '”', '）', ')', ' ', '  ', '\n', '\u3000', '\u00a0', 'abcde', 'gwy2024', 'a-b_c', '=', '/', '各级', '（', '【', '[', 'x');

  it('finds what the pattern tried at every character finds, on 10,000 generated paragraphs', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(segmentEndsOf(text)).toEqual(endsEverywhere(text));
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('a site\'s words glued before the speech\'s salutation', () => {
  const wrapper = '下面是本站网友给大家分享的“艺术节开幕式上的讲话稿大全精选10篇”,';
  const page = (line: string) => analyzeText(['在艺术节开幕式上的讲话', '', line, '', '百花争艳,五彩缤纷,我们迎来了第三届校园文化艺术节。我代表学校向大家表示热烈欢迎!', '', '谢谢大家!'].join('\n'));

  it('are cut; the salutation after them stays, on a line of its own or after a sentence', () => {
    for (const line of [wrapper + '老师、同学们:', '艺术节是对学校艺术教育的一次检阅。' + wrapper + '老师、同学们:']) {
      const a = page(line);
      expect(a.removed.map((r) => r.text), line).toContain(wrapper);
      expect(a.paragraphs.join('\n'), line).toContain('老师、同学们:');
    }
  });

  it('makes the salutation closing a segment a segment of its own', () => {
    expect(segmentsOf(wrapper + '老师、同学们:').map((s) => s.text)).toEqual([wrapper, '老师、同学们:']);
    expect(segmentsOf('同志们,朋友们:').map((s) => s.text)).toEqual(['同志们,朋友们:']);
  });
});

