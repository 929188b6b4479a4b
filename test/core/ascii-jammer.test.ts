import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';
import { findAsciiJammer, hasAsciiJammer } from '../../src/core/ascii-jammer';

// A forum page as its anti-collection jammer leaves it: scraps at the start and end of lines and on lines of their own.
const PAGE = [
  '为喜迎全民健身日,长春冬泳协会特别组织大型月湖横渡活动。',
  '/ @7 K9 v5 C. ^ 首先,我代表冬泳协会向参加今天横渡活动的全体会员表示热烈欢迎和由衷感谢!(鞠躬)',
  '1 k( k; U! ^/ ]. C 此情此景,我们由衷地感谢25年来始终关注长春冬泳的新闻媒体的朋友们!',
  '( r3 `1 ]( @; @* W, S: k# u 最后,我们满怀豪情地放声呼唤,让全民健身日一路昂首向前吧!',
  '全体高呼全民健身日口号:: d4 j6 [$ E4 K4 }',
  '; s. I0 E; P+ j3 i3 v* z) T, T',
  '“天天健身,天天开心”;',
];

describe('a forum’s ASCII jammer', () => {
  it('is read on a page where three lines hold a run of scraps, and cut at the lines’ edges and as whole lines', () => {
    expect(hasAsciiJammer(PAGE)).toBe(true);
    expect(findAsciiJammer(PAGE[1]!)).toEqual([{ start: 0, end: 16, reason: 'watermark', rule: 'watermark.ascii-jammer' }]);
    const a = analyzeText(PAGE.join('\n'));
    expect(a.paragraphs).toEqual([
      PAGE[0],
      '首先,我代表冬泳协会向参加今天横渡活动的全体会员表示热烈欢迎和由衷感谢!(鞠躬)',
      '此情此景,我们由衷地感谢25年来始终关注长春冬泳的新闻媒体的朋友们!',
      '最后,我们满怀豪情地放声呼唤,让全民健身日一路昂首向前吧!',
      '全体高呼全民健身日口号::',
      '“天天健身,天天开心”;',
    ]);
    expect(a.removed.filter((r) => r.rule === 'watermark.ascii-jammer').map((r) => r.text)).toContain('; s. I0 E; P+ j3 i3 v* z) T, T');
  });

  it('leaves English words, version lists and a single stray run alone', () => {
    expect(findAsciiJammer('I am a DJ at 8 PM 我们的活动开始了')).toEqual([]);
    expect(hasAsciiJammer(['我们的口号是 go go go go go', '同志们,今天开会。', '/ @7 K9 v5 C. ^ 首先,欢迎大家。'])).toBe(false);
    const lone = ['同志们:', '/ @7 K9 v5 C. ^ 首先,我代表协会表示热烈欢迎!', '今天我们在这里召开大会。'];
    expect(analyzeText(lone.join('\n')).paragraphs).toContain(lone[1]);
  });
});
