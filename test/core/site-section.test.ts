import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';
import { siteSection } from '../../src/core/site-section';

// A template site's page: its own title glued to a brand with "_", the brand again, a breadcrumb
// that files the page under a speech genre, the article's heading, then an untitled 演讲稿.
const HIJACKED = [
  '图片 守护平安 从我做起_某某彩票网_官网登录下载~',
  '',
  '某某彩票网_官网登录下载~',
  '',
  '当前位置:主页 > 演讲与口才 > 演讲稿 > 安全演讲稿 > >',
  '',
  '守护平安 从我做起',
  '',
  ' 去年冬天,一场突如其来的火灾夺走了三名工友的生命。我们痛心,我们惋惜,可我们更应该追问:如果每个人都多一分小心,悲剧还会发生吗?',
  '今天我想和大家说一说身边的安全。我们每一个人都是家里的顶梁柱,父母在盼着我们平安回家,孩子在等着我们一起吃饭。',
].join('\n');

describe('site section (a breadcrumb names the genre)', () => {
  it('reads the breadcrumb\'s last step that is not the title', () => {
    const removed = [{ text: '当前位置:主页 > 演讲与口才 > 演讲稿 > 安全演讲稿 > >', reason: 'breadcrumb' as const, rule: 'breadcrumb.location' }];
    expect(siteSection(removed, '守护平安 从我做起')).toBe('安全演讲稿');
    expect(siteSection([{ text: '首页 > 讲话稿 > 守护平安', reason: 'breadcrumb', rule: 'breadcrumb.location' }], '守护平安')).toBe('讲话稿');
    expect(siteSection([], '守护平安')).toBeUndefined();
    // a trail labelled as the page's place is read over a bare menu bar the same rule took above it
    const menuThenTrail = [
      { text: '网站首页 学校概况 校务公开 教育科研 教师园地 德育园地 校园之星', reason: 'breadcrumb' as const, rule: 'breadcrumb.location' },
      { text: '你现在的位置是: 本站首页 德育园地 国旗下演讲', reason: 'breadcrumb' as const, rule: 'breadcrumb.location' },
    ];
    expect(siteSection(menuThenTrail, '知足球、爱足球')).toBe('国旗下演讲');
  });

  it('makes an untitled 演讲稿 filed under a speech section a speech, its heading the title, the joined page title gone', () => {
    const a = analyzeText(HIJACKED);
    expect(a.title).toBe('守护平安 从我做起');
    expect(a.isSpeech).toBe(true);
    expect(a.paragraphs.join('')).not.toContain('彩票网');
    expect(a.paragraphs[0]).toContain('去年冬天');
  });

  it('reads a lecture page\'s speaker field as filing a talk, with no trail', () => {
    const removed = [{ text: '演讲者:蔡昉    时间:2007-11-08    阅读:36540次', reason: 'meta' as const, rule: 'meta.counters' }];
    expect(siteSection(removed, '农村劳动力剩余及其相关事实的重新考察')).toBe('演讲');
    expect(siteSection([{ text: '作者:蔡昉    时间:2007-11-08', reason: 'meta', rule: 'meta.counters' }], '农村劳动力')).toBeUndefined();
  });

  it('reads a trail whose steps only spaces set apart, past the page\'s own label', () => {
    expect(siteSection([{ text: '首页 写作技巧 正文', reason: 'breadcrumb', rule: 'breadcrumb.location' }], '奠基仪式领导讲话稿')).toBe('写作技巧');
    expect(siteSection([{ text: '首页 > 演讲稿 > 正文', reason: 'breadcrumb', rule: 'breadcrumb.location' }], '守护平安')).toBe('演讲稿');
  });

  it('does not make a page of a writing-tips column a speech, whatever its title names', () => {
    const tips = [
      '首页 写作技巧 正文',
      '奠基仪式领导讲话稿',
      '1、奠基仪式是指楼宇、桥梁或纪念碑等重要工程动工之前举行的一种典礼活动。',
      '2、奠基仪式一般由有关领导或重要来宾主持,也可能穿插一些民俗环节或文艺节目,是一项庄严而隆重的典礼活动。',
      '3、在这洋溢着喜悦和热情的奠基仪式上,我们一同见证了工程的新起点,为工程安放了基石。',
    ];
    expect(analyzeText(tips.join('\n')).isSpeech).toBe(false);
    // the same page under a genre's column is a speech's
    expect(analyzeText(['首页 讲话稿 正文', ...tips.slice(1)].join('\n')).isSpeech).toBe(true);
  });

  it('does not make a guide filed under the genre a speech', () => {
    const guide = [
      '当前位置:述职报告 > 述职报告定义与写作要领',
      '述职报告定义与写作要领',
      '述职报告是各级机关工作人员向上级、主管部门和群众陈述任职情况的书面报告。它一般由标题、称谓、正文和落款组成,写作时要实事求是,突出重点。',
    ].join('\n');
    expect(analyzeText(guide).isSpeech).toBe(false);
  });
});

describe('site section (a promo quotes the text\'s name)', () => {
  const promo = '摘要:某某网小编为你整理了多篇相关的《县委书记在全县村(社区)党组织书记培训班上的讲话》,但愿对你工作学习有帮助。';
  const body = [
    '按照中央和省委的部署要求,县委每年都要对村党支部书记开展为期7天的集中轮训。这次培训是换届后举办的第一期集中培训,主要目的是全面提升农村基层党组织书记的履职本领。',
    '村支部书记处在贯彻执行党的路线方针政策的末端,位置格外重要。抓好这支队伍,是推进乡村振兴的关键所在,也是基层党建的基础工作。',
  ];

  it('reads the name a removed promo quotes, when no label or breadcrumb names a section', () => {
    expect(siteSection([{ text: promo, reason: 'promo', rule: 'promo.editor' }], '')).toBe('县委书记在全县村(社区)党组织书记培训班上的讲话');
    expect(siteSection([{ text: '以上是《某某》', reason: 'meta', rule: 'meta.x' }], '')).toBeUndefined();
  });

  it('makes an untitled talk that the site\'s promo names a 讲话 a speech', () => {
    expect(analyzeText([promo, ...body].join('\n')).isSpeech).toBe(true);
    expect(analyzeText(body.join('\n')).isSpeech).toBe(false);
  });

  it('makes a talk under an editor\'s note telling who gave it (“…作了发言”) a speech, the note the page\'s', () => {
    const note = '题 记:1月19日,我局在保护站召开了森林防火工作会议,杜家湾村党支部书记柯春林同志代表周边社区群众作了发言,他的发言朴实简短。';
    const body = [
      '今天,我很荣幸受邀参加保护区森林防火工作会议,首先我代表全体村民真诚感谢保护区多年来对我村防火工作的帮助和支持。',
      '杜家湾村管辖面积26平方公里,全村1320人,这些年从没发生过一起森林火灾,靠的是村民们自觉守护这片林子。',
    ];
    const a = analyzeText(['保护森林就是保护自己的金饭碗', note, ...body].join('\n'));
    expect(a.isSpeech).toBe(true);
    expect(a.paragraphs).toEqual(body);
    expect(a.removed.map((r) => r.rule)).toContain('meta.editor-note');
    expect(analyzeText(['保护森林就是保护自己的金饭碗', ...body].join('\n')).isSpeech).toBe(false);
  });
});
