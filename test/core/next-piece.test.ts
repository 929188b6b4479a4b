import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';

const OPENING = `五四演讲比赛发言稿
各位老师、各位同学:
今年是五四运动一百周年,为弘扬爱国主义精神,激发青年学子的责任担当,学校团委举办这次演讲比赛。
本次比赛共有十八名选手登台,采取评委现场打分的办法,去掉一个最高分,去掉一个最低分,计算平均得分。`;

describe('the head of another piece on the page', () => {
  it('its heading and the bare speaker under it go; its salutation and text stay', () => {
    const a = analyzeText(`${OPENING}
五四演讲比赛结束语
发言人:韩立谦
各位老师、各位同学:
今天,我们相聚在这里,用激情澎湃的演讲共同纪念五四青年节。首先感谢各位评委的公正评判,也感谢每位选手的用心准备。`);
    expect(a.removed).toContainEqual({ text: '五四演讲比赛结束语', reason: 'site-chrome', rule: 'site-chrome.piece-heading' });
    expect(a.removed).toContainEqual({ text: '发言人:韩立谦', reason: 'meta', rule: 'meta.poster' });
    expect(a.paragraphs.filter((p) => p === '各位老师、各位同学:')).toHaveLength(2);
    expect(a.paragraphs.at(-1)).toMatch(/^今天,我们相聚在这里/);
  });

  it('a speaker with a position under it stays, as a byline does', () => {
    const a = analyzeText(`${OPENING}
五四演讲比赛结束语
团委书记 韩立谦
各位老师、各位同学:
今天,我们相聚在这里,用激情澎湃的演讲共同纪念五四青年节。首先感谢各位评委的公正评判,也感谢每位选手的用心准备。`);
    expect(a.paragraphs).toContain('团委书记 韩立谦');
    expect(a.removed.map((r) => r.text)).toContain('五四演讲比赛结束语');
  });

  it('a salutation the speaker repeats after a sentence is no new piece', () => {
    const a = analyzeText(`${OPENING}
让我们以热烈的掌声欢迎第一位选手。
同志们:
青春是用来奋斗的。希望同学们珍惜时光,勤学善思,在新时代的舞台上展现青春风采。`);
    expect(a.removed.map((r) => r.rule)).not.toContain('site-chrome.piece-heading');
  });

  it('the title lines under a salutation glued at the head are no piece heading', () => {
    const a = analyzeText(`在全县专题研讨班结业仪式上的讲话以昂扬的精神状态推动强县建设(2019年3月31日) 同志们: 县域不强,后劲难续。
在全县专题研讨班结业仪式上的讲话
以昂扬的精神状态推动强县建设
(2019年3月31日)
同志们:
县域不强,后劲难续。眼下,各地都在认真学习领会,在高质量发展的赛道上你追我赶、竞相突破,我们不能落后。`);
    expect(a.removed.map((r) => r.rule)).not.toContain('site-chrome.piece-heading');
  });
});
