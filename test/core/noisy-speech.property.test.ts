// Generated speeches whose paragraphs mix sentences of speech with every noise kind the rules
// know, placed at the start, middle and end of a paragraph (issue 12, items 6 and 8): no sentence
// that holds no noise pattern is lost, the cleaned text is a subsequence of the input, and
// cleaning the cleaned text changes nothing (issue 12 item 7).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';
import { renderCleanText } from '../../src/core/render';
import { fuzzRuns, fuzzTimeout } from '../fuzz/runs';
import { isSubsequence, lostSentences, noisySpeech, speechText, squash } from '../fuzz/speech';

const frame = (...body: string[]) => ['在全县工作会议上的讲话', '', '同志们：', ...body, '谢谢大家！'].join('\n');

describe('cleaning twice changes nothing: what a first cut lays bare goes at once (shrunk by the generator below)', () => {
  const twice = (text: string) => {
    const once = analyzeText(text);
    return { once, again: analyzeText(renderCleanText(once)) };
  };

  it('a notice behind a brand at the end of a paragraph', () => {
    const { once, again } = twice(frame('要提高政治站位，切实增强责任感和使命感。公文汇 www.gongwenhui.com展开剩余78%'));
    expect(once.paragraphs).toContain('要提高政治站位，切实增强责任感和使命感。');
    expect(again.removed).toEqual([]);
  });

  it('the label a source stamp hung on, and the sentence after it stays', () => {
    const { once, again } = twice(frame('一、提高认识。【本文来源：无忧考网 www.51test.net】我们要把这份资料整理好，供大家学习参考。'));
    expect(once.paragraphs).toContain('一、提高认识。我们要把这份资料整理好，供大家学习参考。');
    expect(again.paragraphs).toEqual(once.paragraphs);
  });

  it('a bracketed notice after a point, and the sentence of the speech its segment also holds stays', () => {
    const point = '一是更多的工作要靠大家共同努力，敬请各位领导批评指正。';
    const { once, again } = twice(frame(point, '一是（老笔头原创解析,仅供会员学习,未经许可严禁外传）谢谢大家！更多的工作要靠大家共同努力，敬请各位领导批评指正。'));
    expect(once.paragraphs).toContain('一是谢谢大家！更多的工作要靠大家共同努力，敬请各位领导批评指正。');
    expect(once.removed.map((r) => r.text)).toEqual(['（老笔头原创解析,仅供会员学习,未经许可严禁外传）']);
    expect(again.paragraphs).toEqual(once.paragraphs);
  });

  it("a notice's last words left at the end of a paragraph by the cuts around them", () => {
    const { once, again } = twice(frame('今天，我们召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。加V：bgz_cailiao 领取全套……(未完,全文共6606字,当前仅显示2320字,请阅读下面提示信息。)'));
    expect(once.paragraphs).toContain('今天，我们召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。');
    expect(again.paragraphs).toEqual(once.paragraphs);
  });
});

describe('cleaning twice changes nothing: a line printed again and again', () => {
  it('a furniture line three times below a short speech loses every copy but the last at once', () => {
    const meta = '时间:2021-04-23 致辞讲话 我要投稿';
    const text = [frame('今天，我们召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。'), meta, meta, meta].join('\n');
    const once = analyzeText(text);
    expect(once.paragraphs.filter((p) => p === meta)).toHaveLength(1);
    expect(once.paragraphs).toContain('今天，我们召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。');
    const again = analyzeText(renderCleanText(once));
    expect(again.paragraphs).toEqual(once.paragraphs);
    expect(again.removed).toEqual([]);
  });
});

describe('a notice glued after the last sentence of a paragraph as wide as its neighbours', () => {
  it('ends its paragraph: the next paragraph is not joined to it as a wrapped line, and nothing of it is lost', () => {
    const paragraphs = [
      '一、提高认识。会员单位要发挥示范作用，带头落实各项制度。要充分利用网站、微信公众号等平台，加强政策宣传。公文汇 www.gongwenhui.com',
      '一、提高认识。要充分利用网站、微信公众号等平台，加强政策宣传。会员单位要发挥示范作用，带头落实各项制度。公文汇 www.gongwenhui.com',
      '一、提高认识。下面，我讲三点意见。更多的工作要靠大家共同努力，敬请各位领导批评指正。酷乐文行整理，咨询QQ206157060展开剩余78%',
      '一、提高认识。要提高政治站位，切实增强责任感和使命感。下面，我讲三点意见。我们要把这份资料整理好，供大家学习参考。展开剩余78%',
      '各级党组织要关注群众诉求，及时回应社会关切。第一时间发现，第一时间报告，第一时间处置。主要有三点，一是学习，二是落实，三是作风。',
    ];
    const a = analyzeText(frame(...paragraphs));
    expect(a.paragraphs).toContain('各级党组织要关注群众诉求，及时回应社会关切。第一时间发现，第一时间报告，第一时间处置。主要有三点，一是学习，二是落实，三是作风。');
    expect(a.paragraphs).toContain('一、提高认识。要提高政治站位，切实增强责任感和使命感。下面，我讲三点意见。我们要把这份资料整理好，供大家学习参考。');
    // the notices go, and nothing of the speech with them
    expect(a.removed.map((r) => r.text).join('\n')).not.toMatch(/各级党组织|提高认识|参考/);
    expect(a.removed.filter((r) => r.text.includes('展开剩余78%'))).toHaveLength(2);
  });

  it('a promo notice ends its paragraph too: the next paragraph keeps its 第一， (fuzz seed -1024228403)', () => {
    const a = analyzeText(frame(
      '更多的工作要靠大家共同努力，敬请各位领导批评指正。今天，我们召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。公务员之家公务员之家',
      '一、提高认识。我们要把这份资料整理好，供大家学习参考。今天，我们召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。仅供学习 禁止外传',
      '第一，会员单位要发挥示范作用，带头落实各项制度。会议到此结束，散会。更多的工作要靠大家共同努力，敬请各位领导批评指正。会议到此结束，散会。',
      '一、提高认识。客服微信：gwyoo2024 第一时间发现，第一时间报告，第一时间处置。会员单位要发挥示范作用，带头落实各项制度。公文汇 www.gongwenhui.com',
      '【本文来源：无忧考网 www.51test.net】会议到此结束，散会。一方面要完善制度，另一方面要加强监督。更多的工作要靠大家共同努力，敬请各位领导批评指正。',
    ));
    expect(a.paragraphs).toContain('第一，会员单位要发挥示范作用，带头落实各项制度。会议到此结束，散会。更多的工作要靠大家共同努力，敬请各位领导批评指正。会议到此结束，散会。');
    expect(a.removed.map((r) => r.text)).toContain('仅供学习 禁止外传');
  });

  it('a bare brand watermark ends its paragraph too: the next paragraph keeps its 第一， (fuzz seed 1438949830)', () => {
    const a = analyzeText(frame(
      '一、提高认识。一是要强化应急值守纪律。第一时间发现，第一时间报告，第一时间处置。会议到此结束，散会。更多的工作要靠大家共同努力，敬请各位领导批评指正。公务员之家',
      '一是要强化应急值守纪律。一方面要完善制度，另一方面要加强监督。一是要强化应急值守纪律。要加强学习，把学习作为一种精神追求，切实提高干部队伍的综合素质。公务员之家',
      '第一，QQ：206157060 要充分利用网站、微信公众号等平台，加强政策宣传。第一时间发现，第一时间报告，第一时间处置。第一时间发现，第一时间报告，第一时间处置。展开剩余78%',
      '一、提高认识。内容仅供学习,如需复制请赞助VIP会员。要提高政治站位，切实增强责任感和使命感。一是要强化应急值守纪律。要提高政治站位，切实增强责任感和使命感。',
      '本文来源于网络，如有侵权请联系删除。一方面要完善制度，另一方面要加强监督。更多的工作要靠大家共同努力，敬请各位领导批评指正。一方面要完善制度，另一方面要加强监督。',
    ));
    expect(a.paragraphs.some((p) => p.startsWith('第一，'))).toBe(true);
    expect(a.paragraphs).toContain('一是要强化应急值守纪律。一方面要完善制度，另一方面要加强监督。一是要强化应急值守纪律。要加强学习，把学习作为一种精神追求，切实提高干部队伍的综合素质。');
    expect(a.removed.map((r) => r.text).join('\n')).not.toMatch(/第一，|强化|素质/);
  });
});

describe('an outline point that a notice follows in its own segment', () => {
  it('stays when the line around it is all notices but a short sentence (fuzz seed -1221837689)', () => {
    const a = analyzeText(frame('第一，QQ：206157060 本站原创，未经授权禁止转载。谢谢大家！', '今天，我们召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。'));
    expect(a.paragraphs).toContain('第一，谢谢大家！');
    expect(a.removed.map((r) => r.text).join('\n')).not.toMatch(/第一|谢谢/);
  });
});

describe('speeches with noise glued anywhere (properties)', () => {
  it('no sentence of speech is lost', () => {
    fc.assert(
      fc.property(noisySpeech, (speech) => {
        expect(lostSentences(speech.paragraphs, analyzeText(speechText(speech)))).toEqual([]);
      }),
      { numRuns: fuzzRuns() },
    );
  }, fuzzTimeout(40));

  it('the cleaned text is a subsequence of the input', () => {
    fc.assert(
      fc.property(noisySpeech, (speech) => {
        const text = speechText(speech);
        const a = analyzeText(text);
        expect(isSubsequence(squash(a.title + a.paragraphs.join('')), squash(text))).toBe(true);
      }),
      { numRuns: fuzzRuns() },
    );
  }, fuzzTimeout(40));

  it('cleaning the cleaned text changes nothing (idempotent)', () => {
    fc.assert(
      fc.property(noisySpeech, (speech) => {
        const once = analyzeText(speechText(speech));
        const twice = analyzeText(renderCleanText(once));
        expect({ title: twice.title, paragraphs: twice.paragraphs, outline: twice.outline, removed: twice.removed }).toEqual({
          title: once.title,
          paragraphs: once.paragraphs,
          outline: once.outline,
          removed: [],
        });
      }),
      { numRuns: fuzzRuns() },
    );
  }, fuzzTimeout(40));
});
