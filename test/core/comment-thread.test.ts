// Readers' comments under a post, below the box that counts them, are the page's; a counter in the
// page's header, and text that merely mentions comments, take nothing.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';

const post = [
  '淚灑畢業典禮',
  '',
  '各位校長主任,各位來賓,各位老師,各位家長,各位同學:',
  '',
  '我是綜高三丙的導師,我和在座的畢業生一樣,在這裡度過了三年的春夏秋冬,留下了我們太多的故事。',
  '',
  '老師即使再捨不得,過了今天,各位就要各奔東西,別忘了常回來看看校園。祝各位前程似錦,一帆風順。',
  '',
];
const thread = ['1 則留言:', '', '綜藝咖琳兄 提到...', '', '愛哭死了 愛哭鬼', '最捨不得的應該是你那些最疼愛的資訊吧!!我們會很想你的。'];

describe('a comment thread under the text', () => {
  it('is cut from its counting heading to the end; the speech stays whole', () => {
    const a = analyzeText([...post, ...thread].join('\n'));
    expect(a.removed.filter((r) => r.rule === 'site-chrome.comment-thread').map((r) => r.text)).toEqual(thread.filter(Boolean));
    expect(a.paragraphs.at(-1)).toBe(post[6]);
    expect(a.paragraphs).toHaveLength(3);
  });

  it('counts in either script and names its box: "3条评论", "网友评论(12)"', () => {
    for (const heading of ['3条评论', '网友评论(12)', '12 条留言:']) {
      const a = analyzeText([...post, heading, '路人甲 2020-01-02', '写得真好,学习了。'].join('\n'));
      expect(a.paragraphs.join('\n'), heading).not.toContain('写得真好');
    }
  });

  it('takes nothing when the counter stands in the header, above the prose', () => {
    const a = analyzeText([post[0], '3条评论', ...post.slice(1)].join('\n'));
    expect(a.paragraphs.join('\n')).toContain('祝各位前程似錦');
    expect(a.removed.some((r) => r.rule === 'site-chrome.comment-thread')).toBe(false);
  });

  it('takes nothing from a speech that talks about comments', () => {
    const text = [...post.slice(0, 7), '对于网上的评论,我们要正确看待,虚心接受大家的意见和建议,不断改进我们的工作。'].join('\n');
    expect(analyzeText(text).paragraphs.at(-1)).toContain('对于网上的评论');
  });
});
