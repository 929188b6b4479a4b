// A line of random characters planted among a speech's paragraphs is the page's; a page that lost
// its punctuation, and a long unpunctuated line of real prose, keep every word.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';

const PLANTED = '擦局又徒半太遵粒貌正乡销仅师族森式办谈介抗载养验色充院巩诱屋响梁莫克信充两实掉录育青乡洛买难章些守锁把体虑抓益拔向念美处微饭荣春伤笔责斜水加止航高角学作想付嘴脑穗津取神栽据增幅熟叛州能却蒸检丰轮甲力济泥委召玉弱避说湖导臂盾镜磷马繁楚末硬元无定林送念直呈调沟锋塘垫牧蚕倾通似企心次';
const speech = (...middle: string[]) =>
  ['教师节的演讲', '', '敬爱的老师,亲爱的同学们:', '', '早上好!今天,我在讲台上要讲的题目是教师节。', '', ...middle, '', '你们知道教师节在几月几号吗?对,教师节就在每年的九月十号。', '', '谢谢大家,我的演讲完毕。'].join('\n');

describe('a planted line of random characters', () => {
  it('is cut whole; the speech around it stays', () => {
    const a = analyzeText(speech(PLANTED));
    expect(a.removed).toContainEqual({ text: PLANTED, reason: 'watermark', rule: 'watermark.jammer-line' });
    expect(a.paragraphs.join('')).not.toContain('擦局又徒');
    expect(a.paragraphs).toContain('谢谢大家,我的演讲完毕。');
  });

  it('leaves a long unpunctuated line of real prose', () => {
    const prose = '今天我们在这里隆重集会庆祝第四十个教师节向辛勤工作在教育战线上的全体老师致以节日的问候老师们用自己的汗水和智慧浇灌着祖国的花朵是我们成长路上最好的引路人我们要永远记住老师的教诲';
    expect(prose.length).toBeGreaterThan(80);
    const a = analyzeText(speech(prose));
    expect(a.paragraphs).toContain(prose);
  });

  it('leaves every line of a page that lost its punctuation', () => {
    const lines = [PLANTED, '今天我们在这里隆重集会庆祝教师节', '老师们辛苦了我们要永远记住老师的教诲'];
    const a = analyzeText(lines.join('\n\n'));
    expect(a.removed.map((r) => r.rule)).not.toContain('watermark.jammer-line');
  });
});
