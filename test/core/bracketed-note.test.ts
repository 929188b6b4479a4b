import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';

const NOTE = [
  '【导语:2018年10月27-28日,乡村合作年会在永济市蒲韩乡村召开,来自各地关注农村集体经济、生态农业的实践者共聚一堂,分享经验、探索出路。',
  '近日,我们将陆续推出年会精彩发言,敬请关注!今日推送精彩发言的第四篇,让我们聆听会场所在地的声音。】',
];
const TALK = [
  '陈敏:会议开始以前,我们首先请出儿童学堂的小朋友们,用一首儿谣为大家介绍他们生活的乡村!',
  '陈敏:真精彩!我觉得孩子们这个节目恰好体现了联合社最根本的精神,把经济、文化同我们每天的生活连在一起。',
];

describe("an editor's note in brackets over several lines", () => {
  it('is the editor’s from its label to its closing bracket, and the series it announces names the genre of the text under it', () => {
    const a = analyzeText([...NOTE, ...TALK].join('\n'));
    expect(a.removed.filter((r) => r.rule === 'meta.editor-note').map((r) => r.text)).toEqual(NOTE);
    expect(a.paragraphs).toEqual(TALK);
    expect(a.isSpeech).toBe(true);
  });

  it('stays when no closing bracket follows within a few lines (a bracket the speaker opened)', () => {
    const open = '【导语:这是我们的第一站,让我们一起出发,走进乡村。';
    const a = analyzeText([open, ...TALK, ...TALK, ...TALK].join('\n'));
    expect(a.removed.some((r) => r.rule === 'meta.editor-note' && r.text === open)).toBe(false);
  });
});
