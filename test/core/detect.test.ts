import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';
import { detectSpeech } from '../../src/core/detect';

const SPEECH = `在全县安全生产工作会议上的讲话

同志们：
今天，我们召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。刚才，几位同志作了很好的发言，我完全同意。
一、提高认识，切实增强责任感。安全生产事关人民群众生命财产安全。
二、突出重点，扎实开展隐患排查。要盯住重点行业领域，全面排查整治。
同志们，安全生产责任重于泰山，让我们共同努力。谢谢大家！`;

const NEWS = `我县召开安全生产工作会议
本报讯（记者 张明）3月5日，我县召开安全生产工作会议，总结去年工作，部署今年任务。
会议指出，一、要提高认识。二、要突出重点。据了解，去年全县安全生产形势总体平稳。
会议强调，各部门要压实责任，确保全年安全生产形势稳定。`;

const WORK_PLAN = `2024年社区工作计划
一、指导思想
以服务居民为中心，推进社区治理现代化，提高服务水平和群众满意度。
二、主要任务
（一）加强基层党建。完善党建工作制度，落实三会一课。
（二）提升服务水平。优化办事流程，推行一站式服务。
三、保障措施
明确责任分工，加强督促检查，确保各项任务落到实处。`;

describe('speech detection', () => {
  it('recognises a speech by its title, salutation and spoken phrases', () => {
    const a = analyzeText(SPEECH);
    expect(a.isSpeech).toBe(true);
    expect(a.confidence).toBeGreaterThan(0.8);
    expect(a.outline.map((i) => i.marker)).toEqual(['一、', '二、']);
  });

  it('a news report numbered 一、二、 is not a speech, and has no outline', () => {
    const a = analyzeText(NEWS);
    expect(a.isSpeech).toBe(false);
    expect(a.outline).toEqual([]);
  });

  it('a work plan with a full outline is not a speech', () => {
    expect(analyzeText(WORK_PLAN).isSpeech).toBe(false);
  });

  it('English or empty text is not a speech, confidently', () => {
    const english = analyzeText('Dear colleagues,\nThank you all for coming today. First, the plan. Second, the budget.');
    expect(english.isSpeech).toBe(false);
    expect(english.confidence).toBeGreaterThan(0.9);
    expect(analyzeText('').isSpeech).toBe(false);
  });
});

describe('written documents', () => {
  it('a notice is no speech when its headline carries a kicker after a spaced bar, and a speech so headlined stays one', () => {
    const notice = ['全城停水通知 | 将于7月12日晚上10点开始', '尊敬的市民们:', '因城市供水管网检修需要,市政局定于7月12日晚上10点起,对全市暂停供水24小时。', '此次停水会给大家带来一些不便,敬请广大市民谅解和配合。', '谢谢!'].join('\n');
    expect(analyzeText(notice).isSpeech).toBe(false);
    const speech = ['在纪念省饭店业协会成立30周年座谈会上的发言 | 周立民 原省旅游局副局长', '周立民:很荣幸应邀出席协会成立30周年的座谈会,首先表示由衷的祝贺。', '大家也都清楚,饭店业是改革开放最早的探路者,再次祝贺。'].join('\n');
    expect(analyzeText(speech).isSpeech).toBe(true);
  });

  it('a 工作总结 that addresses its readers is no speech, nor a 工作报告 delivered to the 代表 (four real pages\' gold)', () => {
    const summary = `2023年度个人工作总结
各位领导、同事们：
一年来，我在领导的关心和同事们的帮助下，认真履行岗位职责，较好地完成了各项工作任务。
一、加强学习，提高素质。我坚持学习业务知识，提高工作能力。
二、履职尽责，做好工作。我认真完成领导交办的各项任务。`;
    expect(analyzeText(summary).isSpeech).toBe(false);
    const report = `在县第十八届人民代表大会第三次会议上的政府工作报告
各位代表：
现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。
一、过去一年的工作回顾。全县经济社会发展取得新成效。
二、今年的主要任务。我们要坚持稳中求进工作总基调。`;
    expect(analyzeText(report).isSpeech).toBe(false);
    // the same meeting's 讲话 is one
    expect(analyzeText(report.replace('政府工作报告', '讲话')).isSpeech).toBe(true);
  });
});

describe('speech kinds', () => {
  const speech = (text: string) => analyzeText(text).isSpeech;

  it('a title glued to the first sentence, no salutation (a one-line document viewer)', () => {
    const text =
      '在全县秋冬季森林防火工作会议上的讲话今年入秋以来，全县降水偏少，林下可燃物大量积累，森林防火形势十分严峻。刚才，应急局通报了前一阶段的火情，几个乡镇也作了表态，讲得都很实在。下面，我再强调三点意见。一是压实责任，二是管住火源，三是备足力量。';
    expect(speech(text)).toBe(true);
  });

  it('an association head\'s 致辞 with numbered paragraphs and no title or salutation: welcome, thanks and wishes in the first person', () => {
    const text = [
      '1. 首先,我谨代表福建会馆全体同仁,欢迎林副总理和各位来宾在百忙中莅临今天的新春团拜!祝愿大家在新的一年里,身体安康、万事如意!',
      '2. 会馆成立185年以来,始终坚守先辈们的创会初衷,全力推动教育、传承中华文化以及服务社会公益。',
      '3. 林副总理刚才主持启用的流动“居民联络站”,正是会馆回馈社会、支持社区建设的又一例证。',
    ].join('\n\n');
    const a = analyzeText(text);
    expect(a.isSpeech).toBe(true);
    expect(a.outline.map((o) => o.marker)).toEqual(['1.', '2.', '3.']);
    // the same facts reported in the third person are no speech
    const report = '1. 会长代表福建会馆全体同仁,欢迎林副总理莅临新春团拜。\n\n2. 会馆成立185年以来,始终坚守先辈们的创会初衷,全力推动教育。\n\n3. 林副总理主持启用了流动“居民联络站”。';
    expect(analyzeText(report).isSpeech).toBe(false);
  });

  it('a salutation closed by its greeting instead of a colon ("各位同仁大家好") opens a speech', () => {
    const text = '各位同仁大家好\n今天是我們公司新廠的上樑典禮,這是一個值得紀念的日子,代表我們離新廠落成投產的那一天不遠了。\n機會是留給相信自己的人。各位同仁不要看輕自己,只要願意持續學習,一定能夠成就自己。';
    expect(analyzeText(text).isSpeech).toBe(true);
    // the same words in a sentence are no salutation
    expect(analyzeText(text.replace('各位同仁大家好', '他說各位同仁大家好')).isSpeech).toBe(false);
  });

  it("a salutation after the speaker's name, as a press transcript prints it, opens a speech", () => {
    const text = [
      '邵明远:讲述丰收故事 展示农民风采',
      '邵明远:各位农民朋友,各位来宾,同志们,上午好!',
      '稻谷归仓,五谷丰登。今天大家齐聚常熟,举办新农民故事会,讲述丰收故事,展示农民风采。这是丰收节的一项重点活动。',
      '讲好中国故事,传播好中国声音。乡村振兴要靠人才,人才振兴要靠培养,各地要把新农民的故事讲下去。',
    ].join('\n');
    expect(analyzeText(text).isSpeech).toBe(true);
    // a name before a colon and prose is a report's quotation, not a salutation
    expect(analyzeText(text.replace('邵明远:各位农民朋友,各位来宾,同志们,上午好!', '邵明远:农民朋友们在丰收节上讲述了各自的故事。')).isSpeech).toBe(false);
  });

  it('a head\'s message titled by his post alone ("总经理致辞") on an about-us page is written; said to the room it is a speech', () => {
    const body = '作为守护城市环境安全运行的骨干型国有企业,公司坚守“让城市环境更美好”的企业愿景,为上海市民提供优质的环境服务。';
    const page = ['关于我们', '聚焦环境谋发展 追求卓越争一流', '总经理致辞', '发布日期: 2023-12-26 21:40 信息来源: 办公室 访问次数: 12427', body, '昨天:公司从一家传统环卫企业起步,走过了五十余年的发展历程,在上海的日新月异中砥砺前行。'];
    expect(analyzeText(page.join('\n')).isSpeech).toBe(false);
    expect(analyzeText(['总经理致辞', '各位同事、各位来宾:', '大家好!今天我们在这里隆重集会,庆祝公司成立五十周年。', body].join('\n')).isSpeech).toBe(true);
    // an occasion before the post names a speech
    expect(analyzeText(['年会总经理致辞', body].join('\n')).isSpeech).toBe(true);
  });

  it('a lecture script ("…教育讲座稿") names a spoken genre; its site\'s space-parted keywords go', () => {
    const lines = ['当前位置: 首页 经验资讯 教育经验 消防安全知识教育讲座稿', '消防安全知识教育讲座稿', '更新时间:2021-06-15 13:43:59', '每年的11月9日是全国消防宣传日。说起消防,大家脑海里首先浮现的往往是“火灾”两个字。', '消防知识的欠缺、防火意识的淡漠,总让我们一次又一次看到、听到血的教训。', '关键词: 消防 安全 知识 教育 讲座'];
    const a = analyzeText(lines.join('\n'));
    expect(a.isSpeech).toBe(true);
    expect(a.title).toBe('消防安全知识教育讲座稿');
    expect(a.removed.map((r) => r.text)).toContain('关键词: 消防 安全 知识 教育 讲座');
  });

  it('a genre\'s badge on the title line ("【国旗下演讲】挽赤心之雕弓…") names the kind, though the title is only its slogan', () => {
    const lines = ['您的位置:首页 >学生频道 > 升旗活动', '升旗活动', '【国旗下演讲】挽赤心之雕弓 得国安之长空', '国家安全是安邦定国的重要基石,维护国家安全是全国各族人民根本利益所在。', '作为新时代的青年学生,我们要增强国家安全意识,自觉维护国家的安全和利益,从身边的小事做起。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.isSpeech).toBe(true);
    expect(a.title).toBe('挽赤心之雕弓 得国安之长空');
    // a badge naming no spoken genre tells nothing
    expect(analyzeText([...lines.slice(0, 2), '【校园新闻】挽赤心之雕弓 得国安之长空', ...lines.slice(3)].join('\n')).isSpeech).toBe(false);
  });

  it('a 感言 is a speech when its body speaks to the room, and a written reflection when it does not', () => {
    const written = [
      '原单位老同事聚会感言',
      '退休以后,我正式开了一个博客,打算把自己几十年搞科研、教书的心得慢慢整理出来,给年轻人作个参考。手头的研究还得接着做,眼下还有两个课题在进行。',
      '家里房子宽敞,办公设备也齐全,可习惯的改变总要有个过程。老同事们偶尔聚一聚,说说过去的事,也是一种乐趣。',
    ];
    expect(analyzeText(written.join('\n')).isSpeech).toBe(false);
    const said = [...written.slice(0, 2), '今天我们相聚在这里,我代表退休的老同事们,感谢单位的关心。谢谢大家!'];
    expect(analyzeText(said.join('\n')).isSpeech).toBe(true);
  });

  it("a school's column of its head's words (\"[校長的話]\") under an English column name is a head's message: a speech when it turns to the room", () => {
    const lines = [
      'News',
      '',
      '[校長的話] 同心啟航',
      '',
      '相信大家都有一個充實的假期。新學年開始了,各位老師和同學重返校園,重新相聚,實在令人欣喜。',
      '',
      '今年是我來到本校服務的第一年。老師認真而親切,同學有禮而勤奮,讓我很快便融入了這個大家庭。希望每位同學都為自己訂下目標,勇於嘗試,不怕失敗。',
      '',
      '各位,讓我們一起努力吧!願大家在新的一年裏收穫滿滿。',
      '',
      '陳志明校長',
    ];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('同心啟航');
    expect(a.isSpeech).toBe(true);
    expect(a.removed.map((r) => r.text.trim())).toEqual(expect.arrayContaining(['News', '[校長的話]']));
    // the same column over a letter that never turns to its readers is a written message
    const letter = lines.map((l) => (l.startsWith('各位,') ? '祝願大家在新的一年裏收穫滿滿。' : l));
    expect(analyzeText(letter.join('\n')).isSpeech).toBe(false);
  });

  it('a salutation printed a line to each party, each line closed by a comma, opens a speech', () => {
    const text = [
      '親愛的畢業同學們,',
      '敬愛的老師們,',
      '尊敬的朱書記,周校長,',
      '1963年7月中旬,我拿到了這張畢業證書。算來整整五十年。今天各位畢業,舉行莊重的典禮,我有幸受邀出席,深感光榮。',
      '燕園六年給了我三樣本錢:強健的身體,充實的學問,涵養的品德。',
    ].join('\n');
    expect(analyzeText(text).isSpeech).toBe(true);
    // one such line is no salutation: a letter's or a list's opening
    expect(analyzeText(text.split('\n').slice(2).join('\n')).isSpeech).toBe(false);
  });

  it('page 3 of a paginated speech: the title and a closing paragraph only', () => {
    const text = '全县农村人居环境整治攻坚动员讲话\n\n我相信，有县委的坚强领导，有各乡镇和各部门的共同努力，这场攻坚战一定能够打赢，一定能够交出一份群众满意的答卷。';
    expect(speech(text)).toBe(true);
  });

  it('a truncated excerpt under a speech title', () => {
    expect(speech('在全县春季植树造林动员大会上的讲话\n同志们，今天我们在这里召开动员大会……')).toBe(true);
    expect(speech('春季植树造林\n今年全县计划植树五万株。')).toBe(false);
  });

  it('a 总结词 (a meeting\'s closing remarks) under its title is a speech; a 总结 is not', () => {
    const body = '各位同仁、各位嘉宾:\n一场场精彩的发言仍在耳边回响,本次研讨会就要落下帷幕了。据组委会统计,本次研讨会到会150余人。';
    expect(speech(`学术会议结束总结词\n${body}`)).toBe(true);
    expect(speech(`学术会议工作总结\n本次研讨会到会150余人,收到论文80篇。会议取得了圆满成功。`)).toBe(false);
  });

  it('a host script in dialogue form', () => {
    const text = `中秋游园晚会主持稿
A：尊敬的各位领导、各位来宾；
B：亲爱的同学们：
合：大家晚上好！
A：月到中秋分外明，今晚我们相聚在美丽的校园。
B：让我们一起赏明月、猜灯谜、品月饼，感受团圆的温暖。
A：下面，有请校长为晚会致辞，掌声欢迎！`;
    expect(speech(text)).toBe(true);
    const duo = `男：尊敬的各位来宾，
女：亲爱的老师们、同学们，
合：大家晚上好！
男：金秋十月，硕果飘香，
女：今晚我们欢聚一堂，共同庆祝我们的节日。`;
    expect(speech(duo)).toBe(true);
  });

  it('a speech printed with its English translation is a speech, the translation noise; an English page stays English', () => {
    const chinese = '同志们: 我代表中共中央，向出席大会的全体代表，向我国英雄的工人阶级，表示最热烈的祝贺！同志们，在我们这次大会开幕的时候，我们的国家正处于增产节约运动的新高潮之中。';
    const english =
      'Comrades: On behalf of the Central Committee, I extend the warmest congratulations to all the delegates attending the congress, and to the heroic working class of our country! Comrades, at the opening of this congress of ours, our country is in the midst of a new upsurge of a mighty movement for increasing production and practicing economy.';
    const a = analyzeText(['论文部分内容阅读', chinese, english].join('\n'));
    expect(a.isSpeech).toBe(true);
    expect(a.paragraphs).toEqual([chinese]);
    expect(a.removed.map((r) => r.rule)).toContain('site-chrome.english-translation');
    // an English article that quotes a Chinese line is no Chinese speech, and keeps its English
    const article = analyzeText([english, english.replace('Comrades', 'Friends'), '同志们，我们要加强团结。', english].join('\n'));
    expect(article.isSpeech).toBe(false);
    expect(article.paragraphs).toHaveLength(4);
  });

  it('a journal abstract of a speech and an excerpt that turns to its audience at once', () => {
    expect(speech('论文部分内容阅读\n【正】同志们：今天这次会议，是一次部署会，也是一次动员会。刚才，几位同志作了发言，讲得都很好，我完全赞成。希望大家会后抓好落实。')).toBe(true);
    expect(
      speech('同志们，去年年底我在乡里讲过一次，今天大家又让我讲一讲，我就讲三个问题。第一个问题，讲讲今年的形势；第二个问题，讲讲几件大事；第三个问题，讲讲作风。'),
    ).toBe(true);
  });

  it('a 竞聘 speech with no title', () => {
    const text = `尊敬的各位领导、各位同事：
大家好！我叫李明，今年35岁，中共党员。这次我竞聘的是办公室副主任一职。
参加工作以来，我先后在基层站所和机关科室工作，熟悉文稿起草、会务组织等业务。假如我能竞聘成功，我将虚心学习，尽职尽责。谢谢大家！`;
    expect(speech(text)).toBe(true);
  });

  it('a lecture to a standing committee: no genre in its title, but a salutation to the officers in the chair', () => {
    const lecture = (salutation: string) => `人大常委会的组织制度和议事规则
张明远
${salutation}
人民代表大会制度是我国的根本政治制度，是支撑国家治理体系和治理能力的根本制度安排。常委会的组织制度和议事规则，是这一制度的重要组成部分，关系到常委会能否依法履行职责。
常委会组成以来，围绕立法、监督等工作作出了一系列安排，对加强自身建设提出了明确要求，各项工作取得了新的进展。`;
    expect(speech(lecture('委员长、各位副委员长、秘书长、各位委员：'))).toBe(true);
    // addressed to its readers, the same text may be a letter or a notice: the salutation alone does not decide
    expect(speech(lecture('各位委员：'))).toBe(false);
  });

  it('an untitled talk with no salutation: four kinds of spoken phrase make it a speech, three do not', () => {
    const talk = (justNow: string) => `张明远
自3月以来,按照省委的统一部署,全厅学习教育活动开局顺利、推进扎实、成效初显。今天,我们召开专题党课辅导报告会,很有必要,正当其时。${justNow}
希望大家以先进典型为榜样,始终坚定理想信念,用党员标准严格要求自己,做群众信赖的好党员、好干部。
借这个机会,我就加强党的建设同大家作一交流,以进一步统一思想认识、增强党性观念。下面,我就这几个问题谈些认识,供大家参考。`;
    expect(speech(talk('刚才,几位同志作了很好的发言,讲得都很实在。'))).toBe(true);
    expect(speech(talk(''))).toBe(false);
    // the speaker announcing the points to come is a speech's own opening of its body
    expect(speech(talk('').replace('下面,我就这几个问题谈些认识', '下面,我讲三点意见'))).toBe(true);
    // …or the points alone, their colon opening the first ("下面我主要講三點:第一,…")
    expect(speech(talk('').replace('下面,我就这几个问题谈些认识,供大家参考。', '下面我主要讲三点:第一,要坚定理想信念。'))).toBe(true);
    // quoted in a report, it is the speaker's, not the text's
    expect(speech(talk('').replace('下面,我就这几个问题谈些认识', '他说:“下面,我讲三点意见。”'))).toBe(false);
  });

  it('an untitled meeting speech that turns from what was just reported to its own points, three spoken phrases in all', () => {
    const text = '免责声明:本站内容仅限学习分享,如产生版权问题,请联系我们及时删除。\n今天,我们召开这个会议,主要是传达落实省市有关会议要求,部署做好我区疫情防控各项工作。\n刚才区卫健局通报了有关情况。各部门要吃透精神,把上级指示批示和会议要求一项一项落到实处。下面,我再强调几点意见。\n第一,要提高站位。我们必须从讲政治的高度出发,不折不扣做好各项防控工作。';
    expect(speech(text)).toBe(true);
    // without the turn to its points (nothing just reported) three phrases are not enough
    expect(speech(text.replace('刚才区卫健局通报了有关情况。', ''))).toBe(false);
  });

  it('a collection page titled with its count', () => {
    const text = `开工仪式领导致辞稿(通用5篇)
开工仪式领导致辞稿篇1
尊敬的各位领导、各位来宾：
今天，我们在这里隆重举行项目开工仪式。我代表县委、县政府，向项目的开工表示热烈祝贺！`;
    const a = analyzeText(text);
    expect(a.isSpeech).toBe(true);
  });
});

describe('look-alikes', () => {
  const read = (text: string) => analyzeText(text);

  it('a company report quoting its chairman\'s salutation under "董事长说:" is no speech; the same salutation over the text is', () => {
    const salutation = '尊敬的韩教授,各位新老朋友,各位家人,下午好!';
    const body = '几场寒风过后,海阳又迎来了暖暖的冬阳,今天的天气格外晴好。在这个难得的日子里,特别感谢大家从各地赶来参加年会的分会。';
    const report = read(['金泽恒业2020年会海阳分会召开', '2021-01-15 14:30:57', '董事长发表重要讲话。', '董事长说:', salutation, body].join('\n'));
    expect(report.isSpeech).toBe(false);
    // with no title over it, the salutation closed by a bare "下午好!" is the evidence
    const speech = read([salutation, body, '在此,我代表公司董事会,向一直支持我们的各位朋友表示衷心的感谢!'].join('\n'));
    expect(speech.isSpeech).toBe(true);
    expect(speech.paragraphs[0]).toBe(salutation);
  });

  it('a guide to writing a 致辞, with an embedded 例文, is no speech and has no outline', () => {
    const a = read(`一、欢迎词
（一）欢迎词的概念
欢迎词是在迎接宾客的仪式上，主人对来宾的到来表示欢迎的讲话稿。
（二）欢迎词怎么写
1.标题、称谓
欢迎词一般由标题、称谓、正文和结尾四部分组成。标题通常写作《在××欢迎宴会上的欢迎词》。
2.正文
正文的开头要表达欢迎之情，主体介绍来访的意义，结尾再次表示欢迎。
【例文】
在欢迎友好城市代表团宴会上的欢迎词
尊敬的代表团团长先生，女士们、先生们：
今天，我们怀着十分喜悦的心情，迎来了远道而来的朋友们。我代表市政府，向各位表示热烈欢迎！`);
    expect(a.isSpeech).toBe(false);
    expect(a.outline).toEqual([]);
  });

  it('a guide to a wedding witness’s role, whose numbered heading names the 证婚词, is no speech', () => {
    const a = read(`在筹办婚礼的时候要考虑许多环节,其中证婚人讲话也是一个相当正式的环节。今天小编就给大家来讲一讲证婚人在婚礼上要做些什么以及需要留意的地方,希望能给大家一点参考。
一、证婚人有什么要注意的
1、时间
邀请证婚人也应该早做打算,不要拖到日子临近了才开口。
2、证婚词
如果受邀的人没有时间自己准备证婚词的话,新人也要提前把这份证婚词拟好。`);
    expect(a.isSpeech).toBe(false);
    // the same genre on a title line of its own is a speech's name
    expect(read(`一则证婚词
非常荣幸担任今天这场婚礼的证婚人。各位来宾,请允许我代表大家,向一对新人送上最真诚的祝福!`).isSpeech).toBe(true);
  });

  it('a novel chapter in which an official speaks', () => {
    const a = read(`第58章 讲话(第1页)
会议室里鸦雀无声，王书记清了清嗓子，翻开了讲话稿。
“同志们，今天我们召开这个会，就是要给大家敲一敲警钟。”
“刚才纪委的同志通报了几起典型案例，大家都听到了。”
台下的干部们面面相觑，谁也不敢出声。
“我讲三点意见。第一，要提高认识……”
话音刚落，会场里响起了稀稀拉拉的掌声。李主任点了点头，低声问道：“书记这是冲谁来的？”`);
    expect(a.isSpeech).toBe(false);
    expect(a.outline).toEqual([]);
  });

  it('a section heading under the first prose that names a written genre (“回顾与总结”) names no document', () => {
    const prose = '今年是公司走过的第20个年头。一路走来,感触良多。今天是一年一度的集团管理干部会议,我想跟大家谈谈心里话。';
    const body = ['1994年,十几个年轻人在福州一家宾馆的两间客房里开始创业。我们在一张白纸上描画自己的蓝图。', '如今,在环境优美的科技园里,园区三期工程已经开工。二十年来,我们一起走过了风风雨雨。'];
    expect(read(['各位骨干、同仁们,大家好!', prose, '回顾与总结', ...body].join('\n')).isSpeech).toBe(true);
    // the same line over the prose is the document's name: a written one
    expect(read(['回顾与总结', prose.replace('我想跟大家谈谈心里话', '现将一年来的工作总结如下'), ...body].join('\n')).isSpeech).toBe(false);
  });

  it('a novel whose character gives a speech in a quotation left open over several paragraphs', () => {
    const speech = ['尊敬的各位领导、老师、亲爱的同学们:', '大家好!', '站在这里,我的心情格外激动。在这个难忘的时刻,我首先要感谢生活的厚待,让我夺得了这次数学竞赛的第一名。', '我生在一个清贫的家庭,家里的难处曾让我险些与这次难得的机会失之交臂。在此,我衷心感谢各位老师。'];
    const narration = ['此刻对方脸上的笑意是那么的扎眼,而他手里那张第2名的奖状也显得格外寒碜。', '压根没料到还有这一出的秦满仓,望着伸到他嘴边的话筒。', '略一思索,张口就来,说出了一番让全场都愣住的话。'];
    expect(read([...narration, `“${speech[0]}`, ...speech.slice(1)].join('\n')).isSpeech).toBe(false);
    // the same words with no quotation opened are the page's own speech
    expect(read(speech.join('\n')).isSpeech).toBe(true);
  });

  it('a novel whose narrator reports an official speaking, without quotation marks', () => {
    const a = read(`县委书记王建国清了清嗓子，看了看台下，说，同志们，今天我们召开这个会，就是要给大家敲一敲警钟。
他接着说，刚才纪委的同志通报了几起典型案例，我讲三点意见，希望大家引以为戒。
台下的干部们面面相觑，谁也不敢出声，李主任点了点头，在本子上写写画画。
一、要提高认识。
二、要压实责任。
话音刚落，会场里响起了稀稀拉拉的掌声。`);
    expect(a.isSpeech).toBe(false);
    expect(a.outline).toEqual([]);
  });

  it('an appeal addressed to its readers', () => {
    expect(
      read(`亲爱的同学们：
保护环境是每一个公民义不容辞的责任。为此，校团委向全体同学发出倡议：
一、从我做起，从身边小事做起，节约资源。
二、让我们携起手来，提倡绿色生活，希望大家积极响应。`).isSpeech,
    ).toBe(false);
  });

  it('a letter with no title, its address greeted with one reader\'s "您好!", is no speech; the same text greeting the room is', () => {
    const body = `金风送爽,值此中秋、国庆双节来临之际,向坚守在生产一线的全体员工致以节日的问候!向你们真诚地道一声辛苦了!
你们为了项目建设的顺利推进,恪尽职守,任劳任怨,我的兄弟姐妹们,请允许我再一次向你们致以崇高的敬意!
希望大家同心协力、拼搏奉献,在确保安全的同时抓质量、赶进度。
最后真诚的祝愿各位员工:节日愉快!身体健康!工作顺利!`;
    expect(read(`亲爱的工友:\n您好!\n${body}\n工程项目部\n2020年10月1日`).isSpeech).toBe(false);
    expect(read(`亲爱的工友:\n大家好!\n${body}`).isSpeech).toBe(true);
  });

  it('a report of one’s thinking addressed to the Party organisation (“敬爱的党组织:”) is no speech', () => {
    const report = `敬爱的党组织:
人这一生总在面对选择,有些是自己主动作出的,有些是被推着作出的;可无论失去什么,我们都不会失去选择的权利。
入党有先有后,为党工作却不分先后;一名党员的党龄是有限的,为人民服务却是无限的。让我们始终用严格的标准要求自己。
作为一名入党积极分子,我们更应当脚踏实地,不停下追赶的脚步。`;
    expect(read(report).isSpeech).toBe(false);
    expect(read(report.replace('敬爱的党组织:', '同志们:')).isSpeech).toBe(true);
  });

  it('a new officer who runs the salutation into his self-introduction ("尊敬的各位领导,亲爱的战友们,我叫…") speaks', () => {
    const talk = `校园构建信念 熔炉铸就警魂

尊敬的各位领导,亲爱的战友们,我叫李振华,来自市公安局指挥中心,是第44期入警训练班的一名学员,很荣幸能和六百多名战友相聚在这里。
当我搭乘学校的通勤车来到新校区时,恢弘大气的图书馆和观礼台连成了一道壮美的风景带。
我格外珍惜这次机会,每位战友都经过层层选拔,一路闯关,才来到这里。`;
    expect(read(talk).isSpeech).toBe(true);
    expect(read(talk.replace('尊敬的各位领导,亲爱的战友们,', '')).isSpeech).toBe(false);
  });

  it('a newspaper report of a meeting, with its e-paper navigation', () => {
    const a = read(`第A2版：要闻
上一版  下一版
全市安全生产工作会议召开
本报讯（记者 王芳）5月8日，全市安全生产工作会议召开。市长李强出席会议并讲话。
会议指出，当前安全生产形势依然严峻复杂。会议要求，一是压实责任，二是深化排查，三是强化执法。
会上，各县区作了交流发言。`);
    expect(a.isSpeech).toBe(false);
  });


  it('a news post whose section label below the lead names a speech ("退休教师发言") is no speech', () => {
    const post = `4月28日上午，第二实验小学会议室里气氛温馨，全体教职工齐聚一堂，欢送把三十六个春秋献给学校的两位老教师光荣退休。
回望来时路
两位老师十九岁师范毕业就来到学校，把最好的年华交给了课堂，勤勤恳恳、不辞辛劳。
退休教师发言
欢送会上，两位老师诉说了对同事们的眷恋和不舍，也送上了对学校美好明天的祝福。
颁发荣休证书
校长和书记高度评价了两位老教师的付出，希望她们常回学校看看。`;
    expect(read(post).isSpeech).toBe(false);
    // the same line over the prose is the document's title
    expect(read(`退休教师发言\n${post.split('\n').slice(2).join('\n')}\n我代表全体退休教师，感谢学校多年的关心，感谢大家！`).isSpeech).toBe(true);
  });
  it('a 心得体会 about a speech, a notice and a regulation', () => {
    expect(
      read(`学习县委书记在全县干部大会上的讲话精神心得体会
通过这次学习，我深刻认识到，同志们只有把思想统一到县委的部署上来，才能把工作做好。
一、提高政治站位。二、狠抓工作落实。`).isSpeech,
    ).toBe(false);
    expect(
      read(`关于召开全县防汛工作会议的通知
各乡镇人民政府，县直各单位：
经县政府研究，决定召开全县防汛工作会议。现将有关事项通知如下：
一、会议时间：6月1日上午9:00
二、会议地点：县政府三楼会议室
特此通知。`).isSpeech,
    ).toBe(false);
    expect(
      read(`机关食堂管理制度
第一章 总则
第一条 为加强机关食堂管理，保障就餐人员饮食安全，制定本制度。
第二条 本制度适用于机关食堂的全体工作人员。`).isSpeech,
    ).toBe(false);
  });

  it("reads the page's <title> when the text's title names no genre", () => {
    const paragraphs = ['我相信，有县委的坚强领导，有各乡镇和各部门的共同努力，今年的各项目标任务一定能够圆满完成，一定能够交出一份让群众满意的答卷。'];
    const speech = detectSpeech({ title: '当前位置', pageTitle: '在全县安全生产工作会议上的讲话_领导讲话_某某范文网', paragraphs, outlineItems: 0, knownHost: false });
    expect(speech.isSpeech).toBe(true);
    expect(speech.signals).toContain('page title');
    const chapter = detectSpeech({ title: '', pageTitle: '第12章 讲话 - 某某书屋', paragraphs, outlineItems: 0, knownHost: false });
    expect(chapter.isSpeech).toBe(false);
  });

  it('names what counted, for and against', () => {
    const guide = detectSpeech({ title: '主持词的写法', paragraphs: ['主持词一般由标题、称谓、正文三部分组成，标题写明会议名称，称谓写在标题下一行顶格处。', '称谓要用泛称，如“同志们”“各位来宾”，正文由开场白、主体、结束语组成。'], outlineItems: 0, knownHost: false });
    expect(guide.isSpeech).toBe(false);
    expect(guide.signals).toContain('title reads as a guide');
    expect(guide.signals.some((s) => s.startsWith('guide:'))).toBe(true);
  });
});

describe('speech detection: evidence further down and lost punctuation', () => {
  it('a later page of a speech turns to the room with “女士们,先生们!” on a line of its own', () => {
    const page = ['自然,今天中国的开放,既讲怎样请进来,也讲怎样走出去。我这趟来美国,州长协会安排的是欢迎午餐会。', '女士们,先生们!', '合作是人类走到今天最大的成就。人类之所以闯过历史上那么多危机,依靠的就是合作。'];
    expect(analyzeText(page.join('\n')).isSpeech).toBe(true);
    expect(analyzeText([page[0], page[2]].join('\n')).isSpeech).toBe(false);
  });

  it('a Party lecture that opens “今天,我们在这里上一堂…专题党课” is a speech, though it retells what a meeting passed', () => {
    const lecture = `同志们:
今天,我们在这里上一堂深入贯彻作风建设精神的专题党课。作风建设,表面看平平常常,实际上分量很重。
一、重温作风建设,领会重大意义
(一)作风建设出台的背景
把时间拨回到2012年12月4日,十八届政治局会议审议通过了关于改进工作作风、密切联系群众的规定。那时,改革进入深水区。
(二)作风建设的具体内容
作风建设主要涵盖改进调查研究、精简会议活动、精简文件简报等八个方面。`;
    expect(analyzeText(lecture).isSpeech).toBe(true);
    expect(analyzeText(lecture.replace('今天,我们在这里上一堂深入贯彻作风建设精神的专题党课。', '')).isSpeech).toBe(false);
  });

  it('a talk whose speaker takes the floor (“今天由我来同大家作一次交流”) is a speech with no title or salutation; a report of it is not', () => {
    const talk = `按照机关党委专题学习教育的安排,今天由我来同大家作一次交流。我今天交流的题目是“严守纪律,做合格党员”,侧重从历史的角度来谈。为什么要先从历史谈起呢?是想澄清一个常见的误会。
一、我们党在创建之初就提出党要有严明的纪律
马克思主义者历来认为,无产阶级政党必须有严密的组织。纪律是否严明,是区别于其他政党的重要标志。`;
    const a = analyzeText(talk);
    expect([a.isSpeech, a.title, a.outline.map((i) => i.marker)]).toEqual([true, '', ['一、']]);
    expect(analyzeText(talk.replace('今天由我来同大家作一次交流。我今天交流的题目是', '今天由他来同大家作一次交流。他交流的题目是')).isSpeech).toBe(false);
  });

  it('a title cut off before its genre ("…——在河北省书协…宣传会议上的") still names a speech; a reading app’s lock under the text goes', () => {
    const page = ['重振“蘭亭精神”,向“蘭亭獎”進軍——在河北省書協“蘭亭獎”組織宣傳會議上的', '在1997年河北書協換屆的時候,我們就提出過“發揚‘蘭亭精神’,向書法大省邁進”的口號,並一直用它來指導我們的工作。幾年下來的實踐表明,這一方針有力地推動了河北書法事業的快速發展。', '未解鎖章節', '下載 APP 解鎖更多精彩章節'];
    const a = analyzeText(page.join('\n'));
    expect(a.isSpeech).toBe(true);
    expect(a.paragraphs).toEqual([page[1]]);
    expect(analyzeText(page.join('\n').replace('會議上的', '會議')).isSpeech).toBe(false);
  });

  it('a speech with no title that opens with a story is read by the paragraph that turns to the audience', () => {
    const text = `走进村委会的那一刻，看到大家熟悉的面孔，我想起了三年前第一次来这里时的情景。那时候道路坑洼，产业单一，群众增收的门路不多。
一、看清差距，不回避问题
对照上级的要求，我们在产业培育、人才引进、基层治理等方面还有不少短板，必须正视。
二、压实责任，不打折扣
各村要把任务分解到人，明确时限，定期调度，确保每一项工作都有人抓、有人管。
同志们，乡村振兴是一场持久战，我们要拿出只争朝夕的劲头，把蓝图一步步变成现实。让我们撸起袖子加油干！`;
    const a = analyzeText(text);
    expect(a.isSpeech).toBe(true);
  });

  it('a continued page with no title is read by the line that is the address alone (“同志们、朋友们!”)', () => {
    const text = `乡村振兴扎实起步,科技创新不断突破,生态环境明显好转,社会大局安定有序。
这一年的成就来之不易,是全市上下携手拼出来、闯出来、干出来的。事实证明,只要心往一处想、劲往一处使,任何风雨都挡不住前进的步伐。
同志们、朋友们!
新的一年机遇和挑战同在。我们要坚持稳中求进,推动经济运行整体回升,推动人民生活不断改善。只要我们坚定信心、奋力拼搏,就一定能够开好局、起好步。`;
    const a = analyzeText(text);
    expect(a.isSpeech).toBe(true);
    expect(a.paragraphs).toContain('同志们、朋友们!');
  });

  it('a story whose characters say “同志们，” is not a speech for that', () => {
    const text = `老张推开会议室的门，屋里已经坐满了人。他把帽子放在桌上，环顾了一圈。
“同志们，今年的任务不轻啊。”他清了清嗓子说道。
大家都没有出声，只有窗外的风吹得玻璃哗哗作响。老张又看了看手里的材料，叹了口气。`;
    expect(analyzeText(text).isSpeech).toBe(false);
  });

  it('notes under a written title line that quote a meeting speech are no speech', () => {
    const text = `学习《奋力谱写新篇章》心得体会范文
总书记在推动区域协调发展座谈会上的讲话在干部群众中引起了热烈反响。我在学习这篇讲话的过程中，主要有以下几点体会：
1、坚持新发展理念。发展是第一要务，必须把新发展理念贯穿发展全过程和各领域。
2、坚持以人民为中心。把人民群众的获得感、幸福感、安全感作为检验工作的标准。
3、坚持系统观念。统筹发展和安全，统筹当前和长远，做到全局一盘棋。`;
    expect(analyzeText(text).isSpeech).toBe(false);
  });

  it('a host script that lost its punctuation still opens by turning to the audience', () => {
    const text = `同志们今天县政府在这里召开全县森林防火工作会议主要任务是安排部署今冬明春森林防火工作出席今天会议的有县防火指挥部全体成员各乡镇分管领导今天会议共有三项议程下面进行会议第一项议程请县林业局局长通报全县森林防火工作情况待毕下面请各乡镇代表发言待毕下面请县长作重要讲话大家欢迎`;
    expect(analyzeText(text).isSpeech).toBe(true);
  });

  it('a speaker announcing his points is a speech on its own, with no title or salutation', () => {
    const text = ['中国审计学会第五届理事会成立五年来,在审计署党组的领导下,经过全体会员和理事的共同努力,组织开展了一系列卓有成效的调查研究和学术交流活动,取得了可喜成绩。', '借这个机会,我就审计理论研究工作,谈几点意见,供代表们参考。', '我们国家各方面的工作,都是在探索和创新中向前推进的。我们遇到的问题和矛盾,也都是在不断探索、不断创新中得到解决的。'];
    expect(analyzeText(text.join('\n')).isSpeech).toBe(true);
    // a report that he spoke to his points is no speech
    expect(analyzeText([text[0], '会上,他就审计理论研究工作谈了几点意见。', text[2]].join('\n')).isSpeech).toBe(false);
  });

  it('a lecturer who names his topic and counts his points ("今天我要讲的题目是…。我一共讲四个问题:") announces them, under a headline that names no genre', () => {
    const text = ['吴汉东:WTO与中国知识产权的保护', '围绕知识产权保护这个题目,我在全国不少地方都讲过课,不过到这里来讲还是头一回,所以格外高兴。', '今天我要讲的题目是WTO与中国知识产权的保护。我一共讲四个问题:第一个问题,关于国际贸易规则与知识产权保护;第二个问题,关于知识产权协议覆盖的权利类型。', '一、 社会经济的发展与知识产权保护的关系', '作为法官,需要了解知识产权制度正在发生的变化,了解这一制度给我国经济建设带来的影响。'];
    expect(analyzeText(text.join('\n')).isSpeech).toBe(true);
    // an article that names its own subject so is no lecture
    expect(analyzeText([text[0], text[1]!.replace('讲过课', '写过文章'), '本文的题目是WTO与中国知识产权的保护。全文共分四个部分。', ...text.slice(3)].join('\n')).isSpeech).toBe(false);
  });

  it('a pupil who introduces herself and names the theme of her speech ("今天我演讲的主题是《…》") announces it, with no title or salutation', () => {
    const text = ['大家好,我是来自高二(6)班的婷婷,今天我演讲的主题是《鹤鸣于九皋,龙翱于九州》。', '转眼之间,我到黄浦区求学已经快两年了。这段日子里,我有幸成为班里的团支书,收获满满。', '借这个机会,我想和大家说一说心中的感受。'];
    expect(analyzeText(text.join('\n')).isSpeech).toBe(true);
    // an essay that names its own theme so is none
    expect(analyzeText(['本文的主题是《鹤鸣于九皋,龙翱于九州》。', ...text.slice(1, 2)].join('\n')).isSpeech).toBe(false);
  });

  it('reads a salutation that closes an opening paragraph of quoted couplets, and not one inside an open quotation', () => {
    const input = (first: string) => ({ title: '', paragraphs: [first, '我们相逢相知,结成了一辈子的好朋友、好兄弟!在部队,我们有的来自城市,有的来自农村。'], outlineItems: 0, knownHost: false });
    const couplets = '“灵蛇辞岁留余韵,骏马扬蹄踏新程”。“爆竹声里辞旧岁,东风送暖入新年”。此时此刻,我的心情格外激动。亲爱的战友们:';
    expect(detectSpeech(input(couplets)).signals).toContain('salutation in the opening');
    // a novel's line of dialogue, its quotation left open, opens with no salutation of the text's own
    expect(detectSpeech(input('“亲爱的战友们:今天我们在这里相聚,他站起来说')).signals).not.toContain('salutation in the opening');    // a report's list label after the audience named in its sentence ("…评委老师们…的评分,…(获奖名单如下):") is no salutation
    expect(detectSpeech(input('经过选手们激烈的比拼和评委老师们公平、公正的评分,本次演讲比赛分别评出一、二、三等奖若干名(获奖名单如下):')).signals).not.toContain('salutation in the opening');
  });

  it('a speaker who offers his proposals on a subject ("借此机会,我就…提几点倡议") announces his points too', () => {
    const text = ['日期:2024-08-16', '在有关部门的指导下,我们举办首届两地版权合作大会,这说明与会各方对版权事业高度重视、勇于担当。借此机会,我就进一步深化两地合作提几点倡议。', '一、提高站位,深化认识,进一步增强做好版权工作的责任感使命感', '版权是重要的生产要素和财富资源,是创新的保障、文化繁荣的基石,也是经济增长的新引擎。', '二、强化合作,形成合力,进一步探索区域版权共建模式', '东北三省是我国重要的工业和农业基地,资源富集、工业底子厚实。'];
    expect(analyzeText(text.join('\n')).isSpeech).toBe(true);
    // a delegate's written proposal, with no occasion to seize, is none
    expect(analyzeText([text[0], '作为人大代表,我就进一步深化两地合作提几点建议。', ...text.slice(2)].join('\n')).isSpeech).toBe(false);
  });

  it('a lecture that opens by naming its topic to the audience (“今天我要跟大家讲的题目是…”) is a speech under a headline that names no genre', () => {
    const text = ['李立库:中华孝道——一颗闪耀人伦之光的璀璨明珠', '今天我要跟大家讲的题目是“中华孝道与和谐社会”,副题叫“一颗闪耀人伦之光的璀璨明珠”。', '孝是中华民族的传统美德,是人伦道德的根基,也是中华文化的瑰宝。'];
    expect(analyzeText(text.join('\n')).isSpeech).toBe(true);
    expect(analyzeText([text[0], '他今天跟大家讲的题目是“中华孝道与和谐社会”。', text[2]].join('\n')).isSpeech).toBe(false);
  });

  it('a text under a note that it was taken down from a talk (“--根据…上党课的资料和记录整理”) is the talk; minutes taken from a meeting’s record are not', () => {
    const body = ['一、党的群众路线是我们党的优良传统和致胜法宝', '1. 群众路线写进了党章', '中国共产党诞生于1921年,最早的一批创建者受到马列主义思想的感召。此后,随着工人、农民源源不断地加入,党逐步发展壮大起来。'];
    expect(analyzeText(['--根据邹明远同志在化纤公司上党课的资料和记录整理', ...body].join('\n')).isSpeech).toBe(true);
    expect(analyzeText(['--根据会议记录整理', ...body].join('\n')).isSpeech).toBe(false);
  });

  it('a clan speech that greets its audience after naming them (“各位长辈、…以及来宾,首先向各位问好!”) and a mayor’s broadcast that opens “市府的各位同仁们大家好” are speeches', () => {
    const clan = ['各位长辈、各位兄弟姐妹、各位晚辈以及来宾,首先向各位问好!今天和大家相聚,我格外高兴,心情久久难以平静。', '直到现在,还有不少人心存疑问:为什么还要续修家谱、整修祠堂?'];
    expect(analyzeText(clan.join('\n')).isSpeech).toBe(true);
    const broadcast = ['跳到主要内容区块', '2015年温立德市长对市府同仁岁末广播', '2015年温立德市长对市府同仁岁末广播全文', '市府的各位同仁们大家好,我是市长温立德!一年又快要走到尾声,衷心谢谢同仁们这四年来与我同舟共济。', '这四年来我们全体同仁团结一心,一步一脚印地推动每一项市政。'];
    const a = analyzeText(broadcast.join('\n\n'));
    expect(a.isSpeech).toBe(true);
    expect(a.title).toBe(broadcast[1]);
    expect(a.paragraphs).toEqual(broadcast.slice(3));
  });

  it('a bilingual page under a Chinese title naming a speech is read though half of it is English; its date and place after the title are front matter', () => {
    const page = [
      '驻英国大使刘立明在投资集团董事长程立力获“全球经济奖”招待会上的致辞 2011年6月21日,英国伦敦亚洲之家',
      'Remarks by Ambassador Liu Liming at the Reception in Honour of Mr Vincent Cheng, Winner of the 2011 Global Economy Prize 21 June 2011, Asia House, London',
      'Sir Peter Hale, Mr Vincent Cheng,非常荣幸参加亚洲之家为庆贺程立力先生荣膺“全球经济奖”而举办的招待会。',
      'We have come together tonight to celebrate the success of Vincent Cheng in the 2011 Global Economy Prize.程立力先生的名字念起来是叠音。',
      'Those of you who know mandarin may notice that his name sounds rather different in mandarin and in Cantonese.',
      '这让我联想到与程先生相关的另外两个“双”:一是他在商界和学界都取得了成功,二是他为香港和内地的经济交流都作出了贡献。',
    ];
    const a = analyzeText(page.join('\n'));
    expect(a.isSpeech).toBe(true);
    expect(a.title).toBe('驻英国大使刘立明在投资集团董事长程立力获“全球经济奖”招待会上的致辞');
    expect(a.paragraphs[0]).toBe('2011年6月21日,英国伦敦亚洲之家');
  });

  it('a publisher\'s note under a text with no title or salutation that it was taken from a 致辞 makes it a speech; the note goes', () => {
    const lines = [
      '“一带一路”园区建设国际合作峰会自2015年7月12日首次举办至今,已经连续成功举办三届,在我国产业园区发展中产生了积极影响。',
      '产业园区既是产业聚集成长的平台,也是经济发展的主要载体,持续优化营商环境是园区发展的关键。',
      '期待大家借本届峰会之机,充分交流思路、共商路径,深化合作,互利共赢。',
    ];
    const note = '(本文根据顾秀莲在第四届“一带一路”园区建设国际合作峰会上的致辞整理)';
    const a = analyzeText([...lines, note, '相关稿件'].join('\n'));
    expect(a.isSpeech).toBe(true);
    expect(a.paragraphs).toEqual(lines);
    expect(a.removed).toContainEqual({ text: note, reason: 'meta', rule: 'meta.source-note' });
    // the same text without the note names no speaker and no audience
    expect(analyzeText(lines.join('\n')).isSpeech).toBe(false);
  });

  it("an editor's footnote saying which speech the text is part of (\"*这是…同志在…会议上开幕词的一部分。\") makes a text with no salutation a speech", () => {
    const lines = [
      '宗教信仰自由是我国一项长期的政策',
      '我国是一个由多民族组成的统一国家,各民族之间的平等、团结和共同进步,关系到国家的前途和命运。',
      '宗教信仰自由是我国一项长期的政策。我们要切实执行这一政策,保护正常的宗教活动,团结广大信教群众。',
    ];
    const note = '*这是某某同志在全国政协第六届全国委员会第一次会议上开幕词的一部分。';
    expect(analyzeText([...lines, note].join('\n')).isSpeech).toBe(true);
    // the same text without the note names no speaker and no audience
    expect(analyzeText(lines.join('\n')).isSpeech).toBe(false);
  });

  it('a press headline over the speech itself ("…副主任在闭幕式作总结发言" over the salutation) is no report; over a report it is', () => {
    const headline = '国务院侨办某副主任在闭幕式作总结发言';
    const speech = ['尊敬的各位来宾、各位朋友,女士们、先生们:', '经过全体与会代表的共同努力,这次联谊大会就要圆满闭幕了。首先,我谨代表主办单位,向各位代表致以诚挚的谢意!', '本次大会在秋高气爽的北京举行,来自世界各地的朋友欢聚一堂,畅叙乡情,共谋发展。'];
    expect(analyzeText([headline, ...speech].join('\n')).isSpeech).toBe(true);
    const report = ['本报讯 10月18日,联谊大会在北京闭幕。国务院侨办某副主任在闭幕式上作总结发言,向各位代表致以谢意。', '会议指出,要进一步加强联谊,共谋发展。'];
    expect(analyzeText([headline, ...report].join('\n')).isSpeech).toBe(false);
  });

  it('a byline label naming who gives the talk, with his post under it ("主讲人:焦洪昌" / "中国政法大学法学院副院长"), is evidence of a lecture', () => {
    const talk = ['各位,大家好。今天能围绕“新时代的宪法保障”这个题目同大家一起交流,我感到很荣幸。', '大家都清楚,十三届全国人大一次会议审议通过了宪法修正案。这次修宪,是对现行宪法的重大完善。'];
    const header = ['新时代的宪法保障', '——深入学习《中华人民共和国宪法修正案》', '主讲人:焦洪昌', '中国政法大学法学院副院长'];
    expect(analyzeText([...header, ...talk].join('\n')).isSpeech).toBe(true);
    // the same text with no one named as giving it reads as a report of the session
    expect(analyzeText([...header.slice(0, 2), ...talk].join('\n')).isSpeech).toBe(false);
  });

  it('a course\'s notes under the lecturer\'s field alone ("主讲人:…" over "第一节…", "一、…", "(一)…") are no speech; a lecture page\'s meta line with its other fields files a talk', () => {
    const notes = ['档案工作基础', '主讲人:林书远', '第一节 档案', '一、档案的概念', '(一)档案的定义', '《档案法》规定,档案是指过去和现在的机构和个人从事各种活动直接形成的对国家和社会有保存价值的历史记录。', '(二)档案的基本属性', '档案是在社会实践活动中直接形成的原始记录,原始性和记录性是它的本质属性。'];
    const a = analyzeText(notes.join('\n'));
    expect([a.isSpeech, a.outline]).toEqual([false, []]);
  });

  it('a clause closed by a colon ("为落实…要求,…,特制定本活动方案:") names no speech; a name closed by one ("致…的新年贺词:") may', () => {
    const plan = ['为落实《教育部关于在国家宪法日深入开展宪法学习宣传教育活动的通知》要求,在全县教育系统扎实做好宣传教育工作,特制定本活动方案:', '一、活动主题', '20__年全国教育系统宪法学习日的主题为:宪法是国家的根本大法。', '二、指导思想', '以宪法精神为指引,组织开展宪法宣传教育活动,推动宪法精神深入人心。'];
    const a = analyzeText(plan.join('\n'));
    expect([a.isSpeech, a.outline]).toEqual([false, []]);
    const greeting = ['致百合种植者的新年贺词:', '亲爱的种植户朋友们,新年好!过去的一年,大家辛勤耕耘,百合产业又上了一个新台阶。', '新的一年,让我们携手并进,再创佳绩!'];
    expect(analyzeText(greeting.join('\n')).isSpeech).toBe(true);
  });

  it("a letter's addressee, 致 first (\"致…广大市民朋友们:\"), is no salutation: a thank-you letter to a city is written, not said", () => {
    const body = ['3月24日,2024无锡马拉松鸣槍开跑,来自国内外的3.3万名跑者和38.5万名现场观众,在锡城春光里感受了全城满满的热情。', '本届锡马报名人数达265920人,刷新国内单场马拉松报名人数纪录。在此,组委会向所有参与和支持赛事的单位和市民表示衷心感谢!'];
    expect(analyzeText(['致无锡马拉松组委会各成员单位和广大市民朋友们:', ...body].join('\n')).isSpeech).toBe(false);
    // the room's own address, the same text under it, is one
    expect(analyzeText(['各成员单位的同志们、朋友们:', '大家好!', ...body].join('\n')).isSpeech).toBe(true);
  });

  it('a parallel translation under a Chinese title naming a speech (each English line then its Chinese) is read, however long its English', () => {
    const page = [
      'UN 2024-06-26 54次',
      'Message by the Secretary-General on the International Day Against Drug Abuse and Illicit Trafficking',
      '联合国秘书长禁止药物滥用和非法贩运国际日致辞',
      '26 June 2024',
      '2024年6月26日',
      'Drugs lie behind human misery on a scale no one can measure.',
      '毒品是数不清的人间苦难的源头。',
      'Drug use wears down people’s health and wellbeing. Every year, overdoses take hundreds of thousands of lives.',
      '吸毒损耗着人们的健康与福祉。每年都有数十万人因吸毒过量而丧命。',
      'At the same time, synthetic drugs are growing deadlier and more addictive, and the illicit market is setting new output records, fuelling crime and violence in neighbourhoods across the globe.',
      '与此同时,合成毒品的致命性和成瘾性越来越强,非法毒品市场的产量屡创新高。',
      'Again and again, those least able to protect themselves – young people among them – bear the heaviest burden of this crisis. People who use drugs and people living with',
    ];
    const a = analyzeText(page.join('\n'));
    expect(a.title).toBe(page[2]);
    expect(a.isSpeech).toBe(true);
    // English with a Chinese line or two under the same title is no Chinese text
    const english = [page[2], ...page.filter((l) => !/[\u4e00-\u9fff]/.test(l)), 'Thank you all.', 'We must act together, now and in the years to come.', page[6]!];
    expect(analyzeText(english.join('\n')).isSpeech).toBe(false);
    // a capture cut after two pairs, in the English of the third, is the same page
    const cut = [page[2], page[5], page[6], page[7], page[8], page[9]!.slice(0, 120)];
    expect(analyzeText(cut.join('\n')).isSpeech).toBe(true);
  });

  it('a lecture under an editor’s note it signs (“——编者”) that names where it was given (“…在…摄影节上的讲演…”) is the lecture', () => {
    const note = '著名摄影评论家戈德堡女士在2006年平遥国际摄影节上的讲演,梳理了1960年代以后的摄影是怎样一步步为艺术领域所承认的。——编者';
    const lecture = '我今天的讲演,为了呼应本场论坛的主题,想重点谈一谈摄影是如何被当作艺术看待的。我猜想今天每一位关心摄影的人,都会认定摄影是艺术,可是这种看法的形成,其实还不到30年。';
    const a = analyzeText([note, lecture].join('\n'));
    expect([a.isSpeech, a.paragraphs]).toEqual([true, [lecture]]);
    expect(a.removed.map((r) => [r.rule, r.text])).toEqual([['meta.editor-note', note]]);
    // unsigned, the same lines are an essay's first two paragraphs
    expect(analyzeText([note.replace('——编者', ''), lecture].join('\n')).isSpeech).toBe(false);
  });

  it('a translation under each paragraph from a Chinese salutation on is read under a title that names no genre', () => {
    const page = [
      '在竞争中进步,在总结中成长',
      '敬爱的老师,亲爱的同学们:',
      'Dear teachers and students,',
      '大家好!日子像溪水一样,不声不响地从我们指缝间溜走,开学第一天的情景仿佛还在昨天。',
      'Good morning! Days run like a stream, slipping quietly through our fingers, and the first day of term still feels like yesterday.',
      '无论哪一种考试,都是对我们学习状况的检验,同时也是比较,是竞争。',
      'Whatever the exam is, it tests our learning and sums up our results, but it is also a comparison and a competition between us.',
    ];
    expect(analyzeText(page.join('\n')).isSpeech).toBe(true);
    // without the salutation the same page is English prose with Chinese lines
    expect(analyzeText(page.filter((_, i) => i !== 1 && i !== 2).join('\n')).isSpeech).toBe(false);
  });

  it('a New Year address with no title or salutation speaks to its audience in four ways (谨代表, 诚请各位, 让我们, 恭祝广大…)', () => {
    const text = [
      '“瑞雪丰年辞旧岁,春风万里启新程。”在新春佳节即将到来之际,谨代表中共莒县县委、莒县人民政府,向全县父老乡亲和广大网友拜年!',
      '2011年,全县干部群众齐心协力,奋力拼搏,实现了经济社会平稳较快发展的良好局面。',
      '诚请各位朋友一如既往地关注莒县、支持莒县,让我们同心协力共创美好未来!',
      '恭祝广大网友新春快乐,合家安康,工作顺心,万事如意!',
    ];
    expect(analyzeText(text.join('\n')).isSpeech).toBe(true);
    // a letter that asks its readers plainly ("请大家一起拿个主意") is no speech for that
    expect(analyzeText(['尊敬的父老乡亲兄弟姐妹们:', '近来为筹办同乡会三十周年庆典,整日奔忙。有一件要紧的事忘了向大家禀报,领事馆赠送了两册纪念画册。', '我要告诉所有的理事乡亲,请大家一起拿个主意,这两册画册该怎样保管。'].join('\n')).isSpeech).toBe(false);
  });

  it('a press conference\'s script ("…新闻发布稿", "发布词") names a spoken genre: it is read out to the room; a press release is news', () => {
    const body = ['烟台市市长 张江汀', '(2010年1月29日)', '尊敬的各位领导、各位来宾,新闻界的朋友们', '女士们、先生们:', '大家上午好!', '今天我们在这里相聚一堂,召开第四届烟台国际葡萄酒节新闻发布会。在此,我代表市委、市政府,向出席发布会的各位领导和朋友们致以诚挚的欢迎!'];
    const script = analyzeText(['第四届烟台国际葡萄酒节新闻发布稿', ...body].join('\n'));
    expect([script.isSpeech, script.title]).toEqual([true, '第四届烟台国际葡萄酒节新闻发布稿']);
    expect(analyzeText(['第四届烟台国际葡萄酒节新闻发布词', ...body].join('\n')).isSpeech).toBe(true);
    const release = ['第四届烟台国际葡萄酒节新闻稿', '1月29日,第四届烟台国际葡萄酒节新闻发布会在烟台举行。市长张江汀介绍了本届葡萄酒节的筹备情况。', '据介绍,本届葡萄酒节将于5月开幕,为期一周。'];
    expect(analyzeText(release.join('\n')).isSpeech).toBe(false);
  });

  it('reporters who came to report ("…8500多名海内外记者到会报道") are no reporter\'s byline: a closing address that counts them stays a speech', () => {
    const opening = '王侠:各位同行大家下午好,北方已是隆冬时节,而羊城广州依然用温暖宜人的天气迎接着五湖四海的朋友,紧张有序的第十三届广州国际汽车展今天就要圆满落幕了,短短几天的相聚过后,我们又到了道别的时候。';
    const counted = '今年的广州车展取得了新的突破,为期9天的展会共吸引观众63万多人次,展会期间共有1050家媒体、8500多名海内外记者到会报道。';
    expect(analyzeText([opening, counted].join('\n')).isSpeech).toBe(true);
    const report = ['广州车展今日闭幕', '本届车展为期9天,共吸引观众63万多人次。(记者 王芳 报道)', '组委会负责人介绍,明年车展将进一步扩大规模。'];
    expect(analyzeText(report.join('\n')).isSpeech).toBe(false);
  });

  it('a headline\'s kicker naming a written genre before a bar ("感谢信 | …再相会!") makes the letter under its salutation no speech', () => {
    const letter = ['亲爱的SEMI会员、展商、演讲嘉宾、赞助商及观众:', '感谢您对SEMICON China 2021的支持与参与!在为期一周的这场盛会中,全球半导体产业精英齐聚上海,来自21个国家和地区的1100家展商参展。', '2020年,我们遭遇了百年罕见的新冠疫情考验。疫情当中,我们携手克服重重困难,感谢各级领导的支持。'];
    expect(analyzeText(['感谢信 | “跨界全球·心芯相联”,让我们SEMICON China 2022再相会!', ...letter].join('\n')).isSpeech).toBe(false);
    // a kicker naming a spoken genre, or none, leaves the salutation to speak
    expect(analyzeText(['致辞 | “跨界全球·心芯相联”,让我们SEMICON China 2022再相会!', ...letter].join('\n')).isSpeech).toBe(true);
  });

  it('a headline\'s literary kicker ("【诗歌】梦逐新航") makes a poem no speech, though its subtitle dedicates it as a 献辞; a trail\'s "小说" step does not', () => {
    const poem = ['梦逐新航', '——为临汾民航机场胜利通航一周年献辞', '(一)', '在世界的东方,有泱泱中华,', '在黄土的高原,在大河的身旁,', '有一片文明最早发祥的土地,', '它就是今天的临汾,', '远古的尧都,往昔的平阳。', '登高远望,', '这里西靠奔腾的黄河,东依连绵的太行;'];
    expect(analyzeText(['【诗歌】梦逐新航', '2017-02-18 10:18:46 来源:临汾新闻网', ...poem].join('\n')).isSpeech).toBe(false);
    const speech = ['庆祝教师节校长讲话', '老师们、同学们:', '今天是第三十个教师节,我代表学校向全体教师致以节日的问候!大家辛苦了。'];
    expect(analyzeText(['当前位置: 柠檬阅读网 > 小说 > 正文', ...speech].join('\n')).isSpeech).toBe(true);
  });

  it('reads a title printed letter-spaced ("新 春 致 辞") as its word: it names a speech', () => {
    const text = ['来源: 中国化学品安全协会 作者: 林秀兰 浏览: 2443 发布于2015年02月15日', '中国化学品安全协会理事长 孙建平', '新春新气象,万家尽欢颜。值此新春佳节来临之际,我谨代表中国化学品安全协会向全国化工行业安全生产战线的同志们及其家属致以节日的问候和诚挚的祝愿!', '当前,社会公众对安全和环境的关注日益提高,化工企业的发展空间越来越受约束。'];
    expect(analyzeText(['新 春 致 辞', ...text].join('\n')).isSpeech).toBe(true);
    // a title of words set apart by spaces is read as it stands ("新春 随笔": an essay)
    expect(analyzeText(['新春 随笔', ...text].join('\n')).isSpeech).toBe(false);
  });

  it('a headline naming the genre and who it is given to before its colon ("…校长董健康寄语研究生:转变与坚守") names a speech', () => {
    const text = ['这三年,你们与学校一起成长。三年里,我们共同见证了学校的加速发展,学校成为博士授权单位。', '今天,我们在这里隆重而热烈地举行毕业典礼,既是为你们拨穗,也是为你们送行。', '第一,希望你们走好从学校到社会的转变,坚守梦想。', '第二,希望你们走好从学术到实践的转变,坚守初心。'];
    expect(analyzeText(['中国民航大学校长董健康寄语研究生:转变与坚守', ...text].join('\n')).isSpeech).toBe(true);
    // a study of a speech's spirit before a colon is no speech ("…讲话精神:…")
    expect(analyzeText(['深入学习校长讲话精神:转变与坚守', ...text.slice(0, 2)].join('\n')).isSpeech).toBe(false);
  });
});

