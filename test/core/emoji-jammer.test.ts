import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';
import { findEmojiJammer, hasEmojiJammer } from '../../src/core/emoji-jammer';

describe('emoji a spam mirror plants among the words', () => {
  const jammed = ['尊敬的各位老师,亲爱的同学们🐀:', '大家上午好!', '在这秋高气爽🏌🏻‍♂️、稻谷飘香的时节🤘👨🏻‍🍼,我们隆重举行新生开学典礼🤦🏼‍♂️。', '作为你们的师长,我想和大家谈几点体会。', '一🔠、走出过去,在起点上找准方向'];

  it('are cut, every run, with their skin tones, joiners and signs, and the heading keeps its marker', () => {
    expect(hasEmojiJammer(jammed)).toBe(true);
    const a = analyzeText(jammed.join('\n'));
    expect(a.paragraphs).toEqual(['尊敬的各位老师,亲爱的同学们:', '大家上午好!', '在这秋高气爽、稻谷飘香的时节,我们隆重举行新生开学典礼。', '作为你们的师长,我想和大家谈几点体会。', '一、走出过去,在起点上找准方向']);
    expect(a.outline.map((o) => o.marker)).toEqual(['一、']);
    expect(a.removed.filter((r) => r.rule === 'watermark.emoji-jammer')).toHaveLength(5);
  });

  it('stay on a page that closes a line or two with one', () => {
    const own = ['同学们:', '新的一年开始了,祝大家新年快乐🎉', '让我们一起加油💪!'];
    expect(hasEmojiJammer(own)).toBe(false);
    expect(analyzeText(own.join('\n')).paragraphs).toEqual(own);
    expect(findEmojiJammer('没有表情的一行')).toEqual([]);
  });
});
