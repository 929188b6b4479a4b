import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';

describe('a press page’s lead above its full-text label', () => {
  const speech = ['韩立舟:尊敬的大使阁下,尊敬的各位嘉宾,女士们、先生们,大家下午好!', '非常高兴参加今天的启动仪式。在这里,我代表商务部,对活动的开幕表示热烈祝贺!'];

  it('reads a bare "全文如下:" under a lead that tells someone spoke ("…出席开幕式并讲话。") as the label, when the speech’s first sentence follows it', () => {
    const lead = '2014年9月11日到12日,2014中国专利信息年会在京开幕。世界知识产权组织副总干事王彬颖出席开幕式并讲话。';
    const text = ['非常高兴、非常荣幸来到北京出席2014年中国专利信息年会!本届年会由知识产权出版社主办,这已是年会第五次举办。', '我谨代表世界知识产权组织总干事,向本次活动的主办方表示热烈的祝贺。'];
    const a = analyzeText(['【小D导读】', lead, '全文如下:', ...text].join('\n'));
    expect([a.isSpeech, a.title, a.paragraphs]).toEqual([true, '', text]);
    expect(a.removed.map((r) => r.rule)).toEqual(['meta.editor-label', 'meta.lead-before-full-text', 'promo.full-text-lead']);
    // over the speech's own title the label is read as the page stands: the title is the title search's
    const titled = analyzeText([lead, '全文如下:', '在2014中国专利信息年会上的讲话', ...text].join('\n'));
    expect(titled.removed.some((r) => r.text === '全文如下:' && r.rule === 'promo.full-text-lead')).toBe(false);
  });

  it('reads a writer\'s preface closing "…下面把我的讲稿择要梳理一下,同读者朋友们分享。" as the lead: the talk starts at its salutation', () => {
    const preface = ['在中华文明绵延不绝的历史进程中,日记文化别具光华。它好比一株静静开放的奇花,在社会生活中散发着芬芳。', '自去年以来,我在本馆的思政课堂给前来学习的党员们讲党课,动员大家动笔写日记。下面把我的讲稿择要梳理一下,同读者朋友们分享。'];
    const talk = ['朋友们,大家好!今天我跟大家讲的题目是:共产党员为什么要写日记?', '今天来的各位都是共产党员吧。既然是一名共产党员,首先就该把入党誓词记在心里。'];
    const a = analyzeText(['共产党员为什么要写日记', ...preface, ...talk].join('\n\n'));
    expect([a.isSpeech, a.title, a.paragraphs]).toEqual([true, '共产党员为什么要写日记', talk]);
    expect(a.removed.map((r) => r.text)).toEqual(preface);
  });

  it('reads a lead closing "…在演辭內…作出回應,現節錄如下:" as the label over excerpts of speeches, each under its speaker\'s byline', () => {
    const lead = '在一月十日的法律年度開啟典禮,多位講者不約而同在演辭內就市民意見作出回應,現節錄如下:';
    const text = ['終審法院首席法官陳志遠', '市民對於涉及法治原則的事務表現出高度警覺,令人印象難忘。市民熱切期盼法治精神在往後的歲月繼續貫徹。', '律政司司長林淑儀', '律政司的律師經常要就具爭議的措施提供法律意見,並向公眾闡釋有關意見。他們的角色如下:', '首先,他們會向決策局提供其他司法管轄區的法律資料。', '最後,他們會協助決策局向公眾說明建議的法律效果。'];
    // (each paragraph between blank lines, as the page sets them)
    const a = analyzeText([lead, ...text].join('\n\n'));
    expect([a.isSpeech, a.title, a.paragraphs]).toEqual([true, '', text]);
    expect(a.removed.map((r) => r.rule)).toEqual(['promo.full-text-lead']);
  });

  it('reads a lead closing "…以中英双语致词。演讲内容转录如下:" as the label: the date, source and caption between the title and it are the page\'s', () => {
    const above = ['2021年10月8日', '讯息来自 华南', '华南董事部副董事长陈志远先生在华南国际学校2021毕业典礼致词。'];
    const lead = '华南董事部副董事长陈志远先生在华南国际学校2021毕业典礼以中英双语致词。演讲内容转录如下:';
    const text = ['敬爱的董事长、王校长、老师职员们、家长和同学们,下午好。', '首先,我要祝贺我们的毕业班同学:你们毕业了,恭喜你!在华南国际学校度过的这几年,就此迈向另一个里程碑。'];
    const a = analyzeText(['华南国际学校2021年毕业典礼演讲', '', ...above, '', lead, '', ...text].join('\n'));
    expect([a.isSpeech, a.title, a.paragraphs]).toEqual([true, '华南国际学校2021年毕业典礼演讲', text]);
    expect(a.removed.map((r) => r.text)).toEqual([...above, lead]);
  });

  it('reads "以下為歡迎詞原文:" under a press lead as the label naming a welcome speech: the text under it is a speech, the lead the page\'s', () => {
    const lead = ['由青年企業家協會主辦的「2019青年創新論壇」今日在香港舉行,協會榮譽會長陳志明出席並致辭。', '陳志明在發言中表示,青年一代是國家發展的生力軍,鼓勵青年多到內地交流。'];
    const text = ['首先我對論壇選擇在香港舉辦表示歡迎,我特別歡迎從內地來的青年朋友們到香港走一走,同香港的年輕人多交流。', '兩地青年多來往,也能促進彼此取長補短,讓兩地青年的感情更加相通。'];
    const a = analyzeText([...lead, '以下為歡迎詞原文:', ...text].join('\n'));
    expect([a.isSpeech, a.title, a.paragraphs]).toEqual([true, '', text]);
    expect(a.removed.map((r) => r.rule)).toEqual(['meta.lead-before-full-text', 'meta.lead-before-full-text', 'promo.full-text-lead']);
  });

  it('reads a lead closing "…并致辞。讲话全文如下:" as the label, and a headline telling who attended ("…大使耿文兵出席…图片展") over it as the page’s', () => {
    const headline = '驻瑞士大使耿文兵出席首届新疆西藏建设成就图片展';
    const lead = '2016年12月5日,耿文兵大使出席驻瑞士使馆首次举办的新疆西藏建设成就图片展并致辞。讲话全文如下:';
    const text = ['尊敬的各位来宾,女士们、先生们:', '欢迎大家来到使馆,参加首届新疆西藏建设成就图片展的开幕式。这次图片展展示了两地几十年来的发展变化。'];
    const a = analyzeText([headline, lead, ...text].join('\n'));
    expect([a.isSpeech, a.title, a.paragraphs]).toEqual([true, '', text]);
    expect(a.removed.map((r) => r.rule)).toEqual(['meta.press-headline', 'promo.full-text-lead']);
    // a headline that names the speech stays its title
    const named = analyzeText(['耿文兵大使在首届新疆西藏建设成就图片展开幕式上的致辞', lead, ...text].join('\n'));
    expect(named.title).toBe('耿文兵大使在首届新疆西藏建设成就图片展开幕式上的致辞');
  });

  it('reads a label on its own line naming who spoke ("院長致詞內容為:") as the label, and a headline telling of the visit over the reporter\'s lines as the page’s', () => {
    const headline = '院長端午前夕視察北區消防分隊';
    const meta = ['報導記者', '本報記者 / 林文華採訪報導 2021-06-10 09:15', '點閱2406'];
    const lead = '端午連假前夕,院長今(10)日上午前往北區消防分隊,聽取救災整備簡報,並向堅守崗位的消防同仁致意。';
    const label = '院長致詞內容為:';
    const text = ['今天在連假前夕來到分隊,是要親自向大家說一聲謝謝。各位長年守護市民的安全,辛苦了。', '剛才聽了簡報,我對各位的專業很有信心,也會持續爭取經費,改善大家的裝備與值勤環境。'];
    const a = analyzeText([headline, '', ...meta, lead, '', label, '', ...text].join('\n'));
    expect([a.isSpeech, a.title, a.paragraphs]).toEqual([true, '', text]);
    expect(a.removed.map((r) => r.text.trim())).toEqual([headline, ...meta, lead, label]);
    // a speaker's own sentence with a colon ("我的發言內容為:") labels nothing
    const own = analyzeText([headline, ...meta, lead, '我今天的致詞內容為:', ...text].join('\n'));
    expect(own.removed.some((r) => r.rule === 'promo.full-text-lead')).toBe(false);
  });

  it('reads a first line saying the talk follows ("以下是…的讲话内容:") as the label, and keeps the greeting under it', () => {
    const text = [
      '各位师傅下午好!',
      '今天班前会,咱们把仓库防火再好好讲一讲。',
      '首先,仓库里严禁吸烟,严禁动用明火,发现烟头要马上报告班组长。',
      '货物要按规定码放,通道和消防栓前面不能堆东西,灭火器每天都要看一眼压力表。',
      '最后,下班前要检查电源,确认全部关闭后再离开。希望大家把安全放在第一位,平平安安上班,高高兴兴回家。',
    ];
    const a = analyzeText(['以下是仓库班组长在班前会上关于防火安全的讲话内容:', ...text].join('\n'));
    expect([a.isSpeech, a.paragraphs]).toEqual([true, text]);
    expect(a.removed.map((r) => r.rule)).toEqual(['promo.full-text-lead']);
    // the speaker's own "以下是我…" is no page's label
    const own = analyzeText(['以下是我在班前会上的讲话内容:', ...text].join('\n'));
    expect(own.removed.some((r) => r.rule === 'promo.full-text-lead')).toBe(false);
  });

  it('reads a school news caption telling who gave the talk it names in 《》 ("…班 某某发表了国旗下的讲话《…》") as the label: the column over it is the page’s, the talk has no title line', () => {
    const page = ['德育园地', '九年级三班 升旗篇', '作者:校团委  发布时间:2019-03-11  点击量:1024', '3月11日,春风和煦。学校举行了本学期第二次升旗仪式,担任升旗手的是九年级三班的同学。这是一个团结向上、勤学好问的班级。', '九年级三班 周雨桐发表了国旗下的讲话《春天里的约定》'];
    const text = ['春天是播种的季节,也是立志的季节。站在国旗下,我想和大家聊一聊我们和春天的约定。', '这个约定,是对学习的约定:每天多读一页书,多问一个为什么,让知识像春苗一样一天天长高。', '这个约定,也是对自己的约定:遇到困难不退缩,遇到挫折不气馁,把每一天都过得踏实而有意义。'];
    // (each line set apart by a blank one, as the site prints them)
    const a = analyzeText([...page, ...text].join('\n\n'));
    expect([a.isSpeech, a.title, a.paragraphs]).toEqual([true, '', text]);
    expect(a.removed.map((r) => r.text.trim())).toEqual(page.map((l) => l.replace(/\s+/g, ' ')));
    // the pupil's own sentence naming her talk ("我发表了…《…》") labels nothing
    const own = analyzeText([...page.slice(0, 4), '我今天发表的国旗下讲话《春天里的约定》', ...text].join('\n\n'));
    expect(own.removed.some((r) => r.rule === 'promo.full-text-lead')).toBe(false);
  });

  it('reads a lead telling that greetings were issued (“…三家银行行长纷纷发表新年致辞。”) as the page’s, and the speaker’s heading under it as the title', () => {
    const lead = '1月1日,本地三家城市商业银行的行长纷纷发表新年致辞。';
    const heading = '城东银行行长李明远:坚守初心 服务实体经济';
    const text = ['岁月不居,时节如流。在新年到来之际,我谨代表城东银行,向关心支持我们发展的各界朋友致以新年的祝福!', '过去的一年,我们坚持服务实体经济,各项业务稳步增长,为地方发展作出了应有的贡献。'];
    const a = analyzeText([lead, heading, ...text].join('\n'));
    expect([a.isSpeech, a.title, a.paragraphs]).toEqual([true, heading, text]);
    expect(a.removed).toEqual([{ text: lead, reason: 'promo', rule: 'promo.full-text-lead' }]);
    // over prose, not a speaker's heading, the lead is left to the other rules
    expect(analyzeText([lead, ...text].join('\n')).removed.some((r) => r.rule === 'promo.full-text-lead')).toBe(false);
  });

  it('reads an editor’s note closing "以下是致詞內容:" as the label; a column’s "名家專欄" over the headline is the page’s shelf, the headline the title', () => {
    const page = ['名家專欄', '', '林耀華:攜手創新,共享城市未來', '2021-05-12', '', '編者按,市電腦公會林耀華理事長於2021智慧城市論壇開幕典禮中致詞。以下是致詞內容:'];
    const text = ['各位貴賓、各位媒體朋友,大家早安。', '我謹代表主辦單位,熱烈歡迎來自各地的城市代表與科技夥伴,一同參加今年的智慧城市論壇。', '科技從人的需要出發,也回到人的身上。我們相信,開放的合作能讓城市更宜居。'];
    const a = analyzeText([...page, ...text].join('\n'));
    expect([a.isSpeech, a.title, a.paragraphs]).toEqual([true, page[2], text]);
    expect(a.removed.map((r) => r.text)).toEqual([page[0], page[3], page[5]]);
  });

  it('reads a heading naming the full text with no colon (“謝文淵致詞全文”) as the label under a lead that tells of the same genre', () => {
    const lead = '基金會今(8)日舉行第十屆董事會第四次會議,會後發言人轉述董事長謝文淵的致詞表示,今年將擴大偏鄉學童的課後陪伴計畫,盼各界持續支持。';
    const heading = '謝文淵致詞全文';
    const text = ['感謝各位董事撥冗出席,我想先向大家報告這一年來的幾項工作,並說明明年的重點方向:', '第一,課後陪伴據點要從十二處增加到二十處,讓更多孩子放學後有地方可去。', '第二,志工培訓要制度化,每一位陪伴老師都要完成基本課程。'];
    const a = analyzeText([lead, heading, ...text].join('\n'));
    expect([a.isSpeech, a.title, a.paragraphs]).toEqual([true, '', text]);
    expect(a.removed.map((r) => [r.rule, r.text])).toEqual([['meta.lead-before-full-text', lead], ['promo.full-text-lead', heading]]);
    expect(a.outline.map((o) => o.marker)).toEqual(['第一,', '第二,']);
    // at the top of the page such a line is the title; under a lead that tells of no speech it stays the page's line
    const top = analyzeText([heading, ...text].join('\n'));
    expect(top.removed.some((r) => r.text === heading)).toBe(false);
    const otherLead = '基金會今(8)日舉行第十屆董事會第四次會議,通過明年度預算與三項新計畫,會中並改選常務董事。';
    const untold = analyzeText([otherLead, heading, ...text].join('\n'));
    expect(untold.removed.some((r) => r.rule === 'promo.full-text-lead')).toBe(false);
  });

  it('reads a poster’s line setting a speech down below ("贴上来…在…宴会上的祝词:") as the label over it', () => {
    const label = '贴上来静远老师在父亲百岁寿诞宴会上的祝词:';
    const text = ['各位来宾:', '我的父亲出生在1913年,今年是他老人家的百岁寿辰。感谢大家在百忙之中前来为父亲祝寿!'];
    const a = analyzeText([label, ...text].join('\n'));
    expect([a.isSpeech, a.paragraphs]).toEqual([true, text]);
    expect(a.removed.map((r) => [r.rule, r.text])).toEqual([['promo.full-text-lead', label]]);
  });

  it('is the page’s under a photo caption when a bracketed note says the whole speech follows ("【講話實錄】"), not when it says a part does', () => {
    const caption = '國家新能源工程技術研究中心副主任李仲明發言';
    const report = ['李仲明說,安全穩定的能源供給是保障國計民生的根本前提,是事關社會穩定和經濟長遠發展的重大戰略課題。', '“中國的光伏實力在全球首屈一指,產業優勢非常明顯。”李仲明在會上表示。'];
    const text = ['非常高興能有這個機會向大家介紹太陽能,因為時間有限,我只講三句話。', '1. 太陽能必將成為主流能源;', '2. 中國具備一流的太陽能光伏產品和技術;'];
    const a = analyzeText([caption, ...report, '【講話實錄】', ...text].join('\n'));
    expect(a.paragraphs).toEqual(text);
    expect(a.removed.filter((r) => r.rule === 'meta.lead-before-full-text').map((r) => r.text)).toEqual(report);
    // "(讲话节选)" sets out a part: the lines over it are read as they stand
    const part = analyzeText([caption, ...report, '【講話節選】', ...text].join('\n'));
    expect(part.removed.some((r) => r.rule === 'meta.lead-before-full-text')).toBe(false);
  });

  it('names the speech when the label calls it a speech’s script, "…公开张忠谋的典礼演讲稿,全文如下:": the text under it is a speech', () => {
    const lead = ['台积电南京12吋晶圆厂7日举行动土典礼,董事长张忠谋到场致词。', '为了让媒体更清楚地了解当天动土典礼的实际情形,台积电特别公开张忠谋的典礼演讲稿,全文如下:'];
    const text = ['两岸企业家峰会盛副理事长、江苏省李书记、南京市黄书记、缪市长及各位贵宾大家好!', '感谢大家今天莅临台积电在南京12吋晶圆厂及设计服务中心的动土典礼。一年半以前,两岸企业家峰会在台北召开。'];
    const a = analyzeText([...lead, ...text].join('\n'));
    expect([a.isSpeech, a.paragraphs]).toEqual([true, text]);
  });

  it('is the page’s, with the label: the speech starts below it', () => {
    const lead = '由商务部批准,由国际贸易学会主办的“全球商品采购季”于10月30日举行启动仪式。 上图为商务部副部长韩立舟。';
    const a = analyzeText([lead, '以下为致辞实录:', ...speech].join('\n'));
    expect(a.paragraphs).toEqual(speech);
    expect(a.removed.map((r) => r.rule)).toEqual(expect.arrayContaining(['meta.lead-before-full-text', 'promo.full-text-lead']));
  });

  // Leads whose last words say the speech's text follows: each is the page's, the text under it the body; a lead
  // naming a spoken genre makes the text a speech, one naming a report only sets the page's lines aside.
  const LABELLED_LEADS: { what: string; above?: string[]; lead: string; body: string[]; speech?: true }[] = [
    {
      what: 'a report read out at the meeting (“以下为…的报告全文:”), which names no speech',
      lead: '2024年4月11日,中国工程机械工业协会六届五次会员代表大会在浙江嘉兴隆重召开。会上,苏正衡会长作行业形势报告。以下为苏正衡的报告全文:',
      body: ['各位代表、各位领导、各位嘉宾:', '大家上午好!', '很高兴与大家相聚在嘉兴,共同出席这次会员代表大会。刚刚过去的一年,行业迎难而上,保持了平稳发展的良好势头。'],
    },
    {
      what: 'an agency’s excerpt of a named speech (“…的讲话,摘要如下:”)',
      above: ['2月28日'],
      lead: '新华社北京28日电 廖承志在纪念台湾省人民起义31周年座谈会上的讲话,摘要如下:',
      body: ['今天,我们大家怀着喜悦和振奋的心情在这里隆重聚会,纪念台湾省人民起义31周年。', '台湾省是我国的神圣领土,台湾人民是我们的骨肉同胞。我们寄希望于台湾人民。'],
      speech: true,
    },
    {
      what: 'an excerpt of the greeting the lead tells of (“…向大会致贺词。贺词内容摘要如下:”)',
      lead: '5月18日上午,市工商联第九次代表大会开幕,市政协副主席周立群到会,并代表各民主党派市委向大会致贺词。贺词内容摘要如下:',
      body: ['在全市上下奋力推进高质量发展的新形势下,市工商联第九次代表大会今天隆重开幕了。我谨代表各民主党派市委,向大会表示热烈的祝贺!', '五年来,市工商联团结引导广大会员企业,积极建言献策,热心公益事业,取得了新的成绩。'],
      speech: true,
    },
    {
      what: 'an excerpt taken from a named speech, its line opened by dashes (“-----以下節選自…午餐會的演講稿”)',
      lead: '-----以下節選自市長林志遠出席投資推介午餐會時的演講稿',
      body: ['很高興今天與各位企業家朋友相聚。我們這次專程來訪,一是看望老朋友,認識新朋友;二是介紹本市的投資環境,推動經貿合作。', '長期以來,雙方的經貿往來十分密切,港資企業已成為本市經濟發展的重要力量,我們期待與各位攜手開展更多合作。'],
      speech: true,
    },
    {
      what: 'the speeches the editors compiled, on a line of its own (“现予整理,敬献读者。”)',
      above: ['4月2日,市红十字会举办遗体器官捐献缅怀纪念活动,捐献者家属代表、志愿者代表先后发言,现场许多人落泪。'],
      lead: '现予整理,敬献读者。',
      body: ['我是一名普通的志愿者。三年前,我在献血点第一次听说了器官捐献,从那以后,我就开始向身边的人讲它的意义。', '今天站在这里,我想对每一位捐献者的家人说一声谢谢,是你们让生命以另一种方式延续。'],
    },
    {
      what: 'whose full text follows, without a 以下 (“-籌備會主席柯詩民在15周年庆典上致词全文:”)',
      lead: '-籌備會主席柯詩民在15周年庆典上致词全文:',
      body: ['來自五湖四海的老朋友、新朋友、各報記者,大家午間好。', '今天到場的每一位都是主人,不分主賓和貴賓,再好的稱呼也抵不上一份真摯的友情。', '今天,也是青少團成立十周年的喜慶日子,我們感謝這十年來青少團對母會的鼎力支持。'],
      speech: true,
    },
    {
      what: 'the speech with another text, in the author’s own lead (“以下是我在新书发布会上的致辞和感言:”)',
      above: ['1#'],
      lead: '昨天,我的新书发布会在北京远望楼顺利举行,热闹程度超出预想,一百多人的会场坐得满满当当。以下是我在新书发布会上的致辞和感言:',
      body: ['尊敬的各位来宾,各位朋友:', '首先,要感谢出版社,感谢各位编辑,是你们的辛勤付出让这本书得以面世。'],
      speech: true,
    },
    {
      what: 'a transcript, for the readers (“以下是文字实录,以飨读者”)',
      lead: '【中国MBA教育网讯】12月9日,第十七届中国MBA发展论坛在古城西安盛大开幕。开幕式上,论坛委员会主任顾嘉言先生致辞并宣读贺信,以下是文字实录,以飨读者',
      body: ['尊敬的各位来宾、各位老师、同学们:', '大家上午好!很高兴在古城西安与大家相聚,共同探讨MBA教育的发展。'],
    },
    {
      what: 'excerpts the editor invites the reader to (“让我们一同重温…讲话中的相关内容→”), the first under its subhead',
      above: ['第二十七届学术年会于7月1日在北京举办,主题为“示踪科技前沿”。本届年会强调回归学术本源。'],
      lead: '怎样开好学术会议?老主席早就多次谈到过了。在此次年会召开之际,让我们一同重温他讲话中的相关内容→',
      body: ['学术活动要有清晰的目的', '我们出国开会,或者请外国同行到国内来开会,究竟给我们的科学技术带来了什么?我没有做过全面的调查,有时碰到熟人就问问。', '学术活动是有目的的!不是听完就算了!'],
      speech: true,
    },
    {
      what: 'who gave the speech where, closed by a colon (“…理事长邬书林在启动仪式上作主旨发言:”), under the press lead',
      above: ['近日,首届全民阅读大会·“阅读新时代”主题征文活动在北京启动。'],
      lead: '中国出版协会理事长邬书林在启动仪式上作主旨发言:',
      body: ['在草木返青、春意正浓的好时节,我们迎来了首届全民阅读大会,一同见证主题征文活动正式启动。', '青少年今天读什么,很大程度上决定着社会明天想什么。一本好书,可以在孩子心里埋下热爱科学的种子。'],
      speech: true,
    },
    {
      what: 'an acceptance speech (“以下是中文辯論隊同學的得獎感言:”), in traditional script',
      lead: '本校中文辯論隊於上年度奪得中學組別辯論比賽冠軍,師生同感鼓舞。以下是中文辯論隊同學的得獎感言:',
      body: ['首先,我們要感謝一直支持我們的老師,沒有老師們的悉心指導,就沒有今天的成績。', '這一年,我們一起查資料、寫講稿、練反駁,學會了在壓力下冷靜思考。謝謝大家!'],
      speech: true,
    },
  ];
  for (const { what, above = [], lead, body, speech } of LABELLED_LEADS) {
    it(`is the page’s when its label announces ${what}`, () => {
      const a = analyzeText([...above, lead, ...body].join('\n'));
      expect(a.paragraphs).toEqual(body);
      expect(a.removed).toContainEqual({ text: lead, reason: 'promo', rule: 'promo.full-text-lead' });
      if (speech) expect(a.isSpeech).toBe(true);
    });
  }

  it('is the page’s down to a label left open (“…在…上的講話全文”) right over the speech’s own “在…上的致辭”', () => {
    const page = ['劉副總理出席首個全球“孔子學院日”活動', '國務院副總理27日在“孔子學院日”啟動儀式上宣讀了賀信并致辭,期望孔子學院站在新的起點上。', '中國國務院副總理在首個“孔子學院日”啟動儀式上的講話全文', '在首個全球“孔子學院日”啟動儀式上的致辭', '女士們、先生們、朋友們:', '大家上午好!', '今天我們相聚在孔子學院總部,隆重慶祝孔子學院創立10周年,意義非同尋常。'];
    const a = analyzeText(page.join('\n'));
    expect(a.title).toBe(page[3]);
    expect(a.paragraphs).toEqual(page.slice(4));
    expect(a.removed).toContainEqual({ text: page[2], reason: 'promo', rule: 'promo.full-text-lead' });
  });

  it('is the page’s with the press headline over it when the lead ends “以下是致辭全文。” with a full stop', () => {
    const page = ['第十屆全國人大常委會副委員長顧秀蓮出席大會并致開幕辭', '第十屆全國人大常委會副委員長顧秀蓮', '2018年7月21日,第二屆心理行業發展促進大會在人民大會堂隆重召開。顧秀蓮出席大會并致開幕辭。以下是致辭全文。', '尊敬的各位嘉賓,女士們,先生們:', '大家下午好!', '首先,我謹對大會的順利開幕致以誠摯的祝賀,并向與會的專家、學者和各位代表表示由衷的歡迎。'];
    const a = analyzeText(page.join('\n'));
    expect(a.title).toBe('');
    expect(a.isSpeech).toBe(true);
    expect(a.paragraphs).toEqual(page.slice(3));
  });

  it('under the page’s headline and lead, a label naming whose words follow, then the speech’s own title: that is the title', () => {
    const page = [
      '韩立舟院士在2022科学家论坛开幕式上的致辞打印',
      '发布时间:2022-12-03来源:启迪控股',
      '12月1日,2022科学家论坛开幕,论坛由省人民政府和科协联合主办。',
      '以下为论坛主席、中国科学院院士韩立舟在开幕式上的致辞。(经韩立舟院士授权发布)',
      '在2022科学家论坛开幕式上的致辞',
      '尊敬的各位院士、专家和各界朋友,',
      '女士们、先生们:',
      '大家好!四百年以前,大旅行家跋涉千里抵达这座边城。今天,我们在这里相聚。',
    ];
    const a = analyzeText(page.join('\n'));
    expect(a.title).toBe('在2022科学家论坛开幕式上的致辞');
    expect(a.isSpeech).toBe(true);
    expect(a.paragraphs[0]).toBe('尊敬的各位院士、专家和各界朋友,');
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining([page[0], page[2], page[3]]));
  });

  it('reads a lead that ends "全文如下:" as the label, and the letter-spaced genre under it as the title', () => {
    const page = ['首页 > 图片新闻', '县人民政府县长杨立新发表二〇二一年新年贺词', '新年前夕,县人民政府县长杨立新通过广播电视台,发表了新年贺词。全文如下:', '新 年 贺 词', '县人民政府县长 杨立新', '全县的父老乡亲们,同志们、朋友们:', '在这岁序更替的美好时刻,我代表县四大班子,向全县人民拜个早年!'];
    const a = analyzeText(page.join('\n'));
    expect(a.title).toBe('新 年 贺 词');
    expect(a.paragraphs).toEqual(page.slice(4));
  });

  it('files the text under the speech its label announces when the page shows no title', () => {
    const page = [
      '9月28日,重工集团成立20周年庆典在工业园盛大举办。董事长率先致辞,梳理了二十年的奋斗历程。以下为郑立新董事长致辞摘要:',
      '秋实累累的时节,集团迎来了20岁生日,在这个隆重而喜庆的日子里,各位领导和朋友齐聚一堂。请允许我代表3万多名员工,对各位领导和嘉宾拨冗光临表示最热烈的欢迎。',
      '立足这样一个历史时刻,回看集团的二十年,我们有太多的话想说,可千言万语汇成一句话:感恩。',
    ];
    const a = analyzeText(page.join('\n'));
    expect(a.isSpeech).toBe(true);
    expect(a.paragraphs).toEqual(page.slice(1));
  });

  it('takes what stands between the title and a section label naming the genre’s text as the page’s', () => {
    const page = [
      '在全市科技创新大会上的讲话',
      '《在全市科技创新大会上的讲话》是2023年5月8日市长林望舒在全市科技创新大会上发表的讲话。',
      '基本介绍',
      '• 中文名:在全市科技创新大会上的讲话',
      '讲话内容',
      '同志们:',
      '今天召开全市科技创新大会,主要任务是总结经验、分析形势,部署下一阶段的工作。',
    ];
    const a = analyzeText(page.join('\n'));
    expect(a.title).toBe(page[0]);
    expect(a.paragraphs).toEqual(page.slice(5));
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining(page.slice(1, 5)));
  });

  it('reads a lecture page’s bracketed fields: the portal’s name, the subject and the summary over “【讲座全文】” are the page’s', () => {
    const page = [
      '中国共产党新闻网',
      '',
      '林望舒:从家书读懂一代人的家国情怀',
      '',
      '2021年06月18日09:12  来源:人民网',
      '',
      '【讲座主题】从家书读懂一代人的家国情怀',
      '',
      '【主要内容】',
      '',
      '一、一封家书里的牵挂,看他们如何孝敬父母',
      '',
      '二、两地书信的深情,看他们如何相守',
      '',
      '三、寄给孩子的嘱托,看他们如何教育子女',
      '',
      '【讲座全文】',
      '',
      '各位网友:大家好!',
      '',
      '今天和大家聊一聊家书里的家风。我着重从几封家书入手,来体会这些家书背后的家国情怀。',
    ];
    const a = analyzeText(page.join('\n'));
    expect(a.title).toBe(page[2]);
    expect(a.isSpeech).toBe(true);
    expect(a.paragraphs).toEqual([page[18], page[20]]);
    expect(a.outline).toEqual([]);
  });

  it('keeps the speech’s subtitle and byline between its title and a press page’s “全文如下:” label', () => {
    const page = [
      '让世博精神发扬光大',
      '——在2010年世博会高峰论坛上的讲话',
      '国务院总理 温立新',
      '新华网10月31日电 世博会高峰论坛31日开幕,国务院总理温立新在开幕式上发表主旨演讲。全文如下:',
      '尊敬的各位来宾,女士们、先生们:',
      '历时半年的世博会即将闭幕。这届盛会集中呈现了各国城市建设的丰硕成果。',
    ];
    const a = analyzeText(page.join('\n'));
    expect(a.title).toBe(page[0]);
    expect(a.paragraphs).toEqual([page[1], page[2], page[4], page[5]]);
  });

  it('takes a blogger’s story over “我的发言如下:” as the page’s, and reads the turn he took (“就讲三句话”) as a speech', () => {
    const story = '为了迎接医院评审,我院康复医学科成立暨评审准备动员会今天上午举行。想不到,我这个已经退休的老医生又被聘回来担任科室负责人。院长在讲话中说,“希望大家把今天当作一个新起点。”';
    const talk = [
      '轮到我表个态,就讲三句话。',
      '一是感恩,感恩院领导对康复医学工作的支持。建一个康复医学科是我盼了很多年的事。',
      '二是尽力,尽力和大家一起,按时完成医院布置给我们的评审任务,绝不掉队。',
      '三是齐心,齐心凝聚全科力量,一起推动科室的提升。大家遇到什么难处,我们坐下来商量着办。',
    ];
    const a = analyzeText([story, '我的发言如下:', ...talk].join('\n'));
    expect(a.isSpeech).toBe(true);
    expect(a.paragraphs).toEqual(talk);
    expect(a.outline.map((o) => o.marker)).toEqual(['一是', '二是', '三是']);
  });

  it('takes the lead over an editor’s “以下为…演讲文章,现刊发如下,以飨读者。” as the page’s, and the short line under it over prose as the title', () => {
    const lead = ['日前,民营企业座谈会在北京举行。在社会各界眼中,这是一场分量很重的座谈会。', '浙江大学公共政策研究院副院长范立乃教授应邀参加了本次活动,并作了题为“企业家是新时代最可爱的人”的精彩演讲。'];
    const text = '企业家是经济活动中最重要的主体,是能够把经济资源从效率较低的领域调配到效率更高的领域去的经营者。';
    const a = analyzeText([...lead, '以下为范立乃教授演讲文章,现刊发如下,以飨读者。', '企业家是新时代最可爱的人', text].join('\n'));
    expect(a.title).toBe('企业家是新时代最可爱的人');
    expect(a.paragraphs).toEqual([text]);
    expect(a.isSpeech).toBe(true);
  });

  it('reads a forum page’s “以下是现场速递。(声明:…)” as the label, and its caption naming the talk as the page’s', () => {
    const lead = ['2013年10月24日,“智慧城市论坛”在上海开幕。论坛聚焦企业级应用落地和政企市场的热点议题。', '今天,论坛邀请到新区经信委副主任许爱平,许主任以“智慧城市与发展转型”为题发表演讲,以下是现场速递。(声明:本稿件来源为现场速记,可能有笔误和别字,仅供参考)'];
    const caption = '新区经信委副主任许爱平发表主题为“智慧城市与发展转型”的演讲';
    const talk = ['各位来宾、各位企业界朋友:', '大家下午好。首先很荣幸受邀在这儿跟大家交流新区在推进智慧城市建设方面的一些做法。'];
    const a = analyzeText([...lead, caption, ...talk].join('\n'));
    expect(a.isSpeech).toBe(true);
    expect(a.title).toBe('');
    expect(a.paragraphs).toEqual(talk);
  });

  it('reads an editors\' lead closing “现特将内容整理出来,以飨读者。” as the label over the talk', () => {
    const lead = ['1月21日,以“品牌引领 抱团发展”为主题的湄潭2023年度茶业经济年会召开。', '会上,湄潭县委副书记侯廷胤作了精彩演讲,现特将内容整理出来,以飨读者。'];
    const talk = ['各位茶界朋友、企业家,同志们:', '龙腾盛世,茶香九州。新春将至,先给各位茶界朋友拜个早年,祝大家龙年大吉!'];
    const a = analyzeText([...lead, ...talk].join('\n'));
    expect(a.isSpeech).toBe(true);
    expect(a.paragraphs).toEqual(talk);
  });

  it('reads a lead closing “现将…的精彩演讲分享给大家。” as the label, and keeps the speaker’s byline under it out of the title', () => {
    const lead = '8月21日下午,全省物业管理行业职业技能竞赛决赛在省城开赛。35个赛区的204名选手进入决赛。现将本次开幕式中,省住建厅副巡视员周立新的精彩演讲分享给大家。';
    const byline = '省住建厅副巡视员 周立新';
    const talk = ['今天全省物业管理行业职业技能竞赛决赛正式开赛,我代表省住建厅表示热烈祝贺,并预祝本届赛事圆满成功!', '首先,我想对本次赛会的组织者说:这样一场竞赛的价值大家有目共睹。', '其次,我还想对参赛的企业说:物业服务市场的竞争,归根到底是人才的竞争。'];
    const a = analyzeText([lead, '', byline, ...talk].join('\n'));
    expect(a.isSpeech).toBe(true);
    expect(a.title).not.toBe(byline);
    expect(a.removed.map((r) => r.text)).toContain(lead);
    expect(a.paragraphs.slice(-3)).toEqual(talk);
    // a speech's own sentence that hands something on is no lead
    expect(analyzeText(['同志们:', ...talk.slice(0, 1), '现将本次会议的精神传达给大家。'].join('\n')).paragraphs).toContain('现将本次会议的精神传达给大家。');
  });

  it('reads an editor’s lead to a series that closes by announcing it (“自3月4日起,系列报道陆续推出。…” / “敬请关注!”) as the page’s', () => {
    const title = '在纪念省旅游饭店业协会成立30周年座谈会上的发言 | 周立民 原省旅游局副局长';
    const lead = ['1996—2026,省旅游饭店业协会走过整整三十载春秋。', '为铭记这段不凡历程,协会召开了纪念座谈会,特邀了行业老领导、集团领军人共话发展。', '自3月4日起,系列报道陆续推出。一段段记忆,是致敬,更是启程。', '敬请关注!'];
    const talk = ['周立民:很荣幸应邀出席协会成立30周年的座谈会,首先表示由衷的祝贺。', '大家也都清楚,饭店业是改革开放最早的探路者,再次祝贺。'];
    const a = analyzeText([title, '', ...lead, '', ...talk].join('\n'));
    expect(a.paragraphs).toEqual(talk);
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining(lead));
    // a speaker who tells of a series of his own stays
    expect(analyzeText(['同志们:', '今年,我们推出了一系列惠民举措。下一步,系列活动将陆续推出。', ...talk.slice(1)].join('\n')).paragraphs[1]).toBe('今年,我们推出了一系列惠民举措。下一步,系列活动将陆续推出。');
  });

  it('reads “…主席)致辞全文:” as the label, the photo caption over it (“…在论坛开幕式上视频致辞”) as the page’s, and the headline naming the speech over them as the title', () => {
    const headline = '国际标准化组织主席马丁·科斯塔致辞全文';
    const page = [
      '会议活动',
      headline,
      '日期:2020-11-11 14:37:49 浏览:',
      '11月6日,由多家单位共同主办的生态农业与食品安全论坛在上海举行。国际标准化组织主席马丁·科斯塔在论坛开幕式上视频致辞。',
      '马丁·科斯塔主席在论坛开幕式上视频致辞',
      '马丁·科斯塔国际标准化组织主席)致辞全文:',
    ];
    const talk = ['各位尊贵的来宾,女士们,先生们:', '能以国际标准化组织代表的身份同大家交流看法,我深感荣幸,也感谢主办方的再次邀请。'];
    const a = analyzeText([...page, ...talk].join('\n'));
    expect(a.title).toBe(headline);
    expect(a.paragraphs).toEqual(talk);
  });

  it('reads a TV news page’s “林佳文致辞全文如下:” as the label: flash label, headline, reporter line and the story over it are the page’s', () => {
    const page = [
      '快讯',
      '政令宣传这场最轻松?林佳文笑称「我刚才讲的都白讲了」',
      '记者梁志豪/台北报导',
      '民进党今(24日)第一次举办「全国高中职国际知识竞赛」,希望透过比赛交流,让学生认识当前的国际情势。',
      '林佳文致辞时表示,台湾需要更多具备国际视野的年轻世代。她相信在座的同学将来都能成为重要力量。',
      '林佳文致辞全文如下:',
    ];
    const talk = ['首先,我要恭喜所有得奖的同学,也要肯定今天每一位进入决赛的同学。大家的实力都非常坚强。', '看到这么多年轻人对国际事务既用功又有热情,我真的很开心。'];
    const a = analyzeText([...page, ...talk].join('\n'));
    expect(a.isSpeech).toBe(true);
    expect(a.paragraphs).toEqual(talk);
  });

  it('reads a WeChat copy’s “以下是文字实录。” and a lead that closes “以下为演讲全文,与你分享。” as labels', () => {
    const salutation = '各位企业家,各位新老朋友,各位听众,大家晚上好。';
    const talk = '很荣幸能借这个论坛平台,围绕中小企业的数字化转型,和大家交流一点个人的体会。';
    const lead = '2020年3月25日晚,原工业和信息化部副部长杨立山先生应出版社之邀,在其举办的公益讲坛上作了专题分享。讲座站位高远又贴近实际。';
    const a = analyzeText(['中小企业的数字化转型', lead, '以下是文字实录。', salutation, talk].join('\n'));
    expect(a.isSpeech).toBe(true);
    expect(a.paragraphs).toEqual([salutation, talk]);
    const b = analyzeText(['再出发·2024年度谷雨演讲全文稿', '2024年4月19日下午,谷雨演讲在深圳开讲。在长达3个小时的演讲里,董事长韦立围绕民企再出发作了分享。', '本次演讲分为四个部分,一起“再出发”吧!以下为演讲全文,与你分享。', '各位尊敬的贵宾、嘉宾朋友,大家好,我是韦立!今天有幸和大家在深圳相聚。', talk].join('\n'));
    expect(b.paragraphs[0]).toBe('各位尊敬的贵宾、嘉宾朋友,大家好,我是韦立!今天有幸和大家在深圳相聚。');
  });

  it('leaves a news page’s own lead over a section label when no title stands above it', () => {
    const lead = '两会召开之际,日报开设“春天里的演讲”专栏,请四位代表走上演讲台。一起来听代表讲述他的故事。';
    const talk = '春天是播种的季节,也是孕育希望的季节。我是一个跟谷子打了四十年交道的庄稼人。';
    expect(analyzeText([lead, '演讲全文:', talk].join('\n')).paragraphs).toContain(lead);
  });

  it('takes a blog post’s story that ends by setting down the words below (“现把…几句话,稍作整理记在这里。”) as the page’s', () => {
    const page = [
      '新春团拜会致辞',
      '上班第一天。正在开会,接到电话通知:午间团拜会上,说几句新春祝词。',
      '只好硬着头皮上台。在大家的掌声里,总算找回了些状态。现把当时随口说出的几句话,稍作整理记在这里。',
      '各位同事们:',
      '大家中午好!在此,谨代表院党组,向同事们拜个早年。',
    ];
    const a = analyzeText(page.join('\n'));
    expect(a.title).toBe(page[0]);
    expect(a.paragraphs).toEqual(page.slice(3));
    // a speech's own "现将…如下" is no such label
    const own = ['同志们:', '现将上半年安全生产工作情况通报如下。', '今年以来,全县上下认真落实安全生产责任,事故起数同比下降。'];
    expect(analyzeText(['在全县安全生产工作会议上的讲话', ...own].join('\n')).paragraphs).toEqual(own);
  });

  it('takes an editor’s lead that ends by saying what the text is (“本文为…教授在仪式现场的致辞。】”) as the page’s', () => {
    const page = [
      '张明远:让中国话语走向世界',
      '11月22日,研究院成立仪式在学校举行本文为研究院院长张明远教授在仪式现场的致辞。】',
      '尊敬的各位学者、老师和同学:',
      '首先,我代表研究院,向今天拨冗前来的各位来宾,致以热烈的欢迎和由衷的谢意。',
    ];
    const a = analyzeText(page.join('\n'));
    expect(a.isSpeech).toBe(true);
    expect(a.paragraphs).toEqual(page.slice(2));
    // a speech's own sentence about a text is no such lead
    const own = ['同志们:', '我们要认真学习本文件,本文为全市工作的指导。', '下面我讲三点意见。'];
    expect(analyzeText(['在全市工作会议上的讲话', ...own].join('\n')).paragraphs).toEqual(own);
  });

  it('takes a press headline telling of the speech over “以下是致辞全文:” as the page’s: the text under the label has no title', () => {
    const lead = '本网讯 网络媒体论坛9月6日在宁波举行,市委书记郑明远出席开幕式并发表致辞。郑明远在致辞中指出,要壮大主流思想舆论。';
    const headline = '郑明远出席网络媒体论坛开幕式暨主论坛并发表致辞';
    const talk = ['各位领导、各位嘉宾,女士们、先生们、朋友们:', '大家上午好!热烈欢迎各位来到宁波,也衷心感谢各位一直以来对宁波的关心和帮助!'];
    const page = [lead, headline, '以下是致辞全文:', ...talk].join('\n');
    for (const options of [{}, { pageTitle: headline }]) {
      const a = analyzeText(page, options);
      expect(a.isSpeech).toBe(true);
      expect(a.title).toBe('');
      expect(a.paragraphs).toEqual(talk);
      expect(a.removed.find((r) => r.rule === 'meta.press-headline')?.text).toBe(headline);
    }
    // with no label under it, the headline is the page's title still (a news page that tells of a speech)
    expect(analyzeText([headline, lead].join('\n')).title).toBe(headline);
  });

  it('takes a headline telling of someone’s greeting (“…向海洋工作者致以新春问候”) over a lead closing “全文如下:” as the page’s; the salutation naming a WeChat account stays', () => {
    const headline = '王宏通过“观沧海”微信公众号向海洋工作者致以新春问候';
    const talk = [
      '同志们、朋友们,“观沧海”微信公众号的广大“粉丝”们,',
      '大家好!',
      '新春佳节就要到了,值此辞旧迎新之际,我谨代表国家海洋局党组,也以我个人的名义,向辛勤奋战的海洋系统广大干部职工送上新春的祝福和亲切的问候!',
    ];
    const page = [headline, '发布时间:2017-01-26 | 来源:本站编辑', '中国海洋报讯 1月26日,农历新年即将到来之际,国家海洋局局长王宏通过“观沧海”微信公众号向海洋系统广大干部职工致以新春问候。全文如下:', ...talk];
    const a = analyzeText(page.join('\n'));
    expect(a.isSpeech).toBe(true);
    expect(a.title).toBe('');
    expect(a.paragraphs).toEqual(talk);
    expect(a.removed.find((r) => r.rule === 'meta.press-headline')?.text).toBe(headline);
  });

  it('takes a meeting’s transcript named as such over a lead closing “以下为全程文字实录。” as the title, the headline above it as the page’s', () => {
    const page = ['2015年全国“三夏”农机跨区作业收割机将达30万台以上', '2015年全国“三夏”小麦跨区机收工作视频会议实录', '2015年全国“三夏”小麦跨区机收工作视频会议于5月13日上午召开,农业部副部长张明出席会议并讲话。以下为全程文字实录。', '同志们:今天我们召开全国“三夏”小麦跨区机收工作视频会议,主要任务是研判今年小麦机收面临的形势。'];
    const a = analyzeText(page.join('\n'));
    expect(a.title).toBe(page[1]);
    expect(a.paragraphs).toEqual([page[3]]);
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining([page[0], page[2]]));
  });

  it('takes a transcript’s speaker tag right under the label (“龙永图:”, “…研究院副部长麦振林:”) as the page’s, not a salutation to an officer', () => {
    const talk = ['尊敬的于书记、唐省长,各位来宾、女士们、先生们、朋友们,很高兴又一次来到论坛,并受邀在这里讲几句话。', '也许很多人并不知道,厦门是一块福地,今天我想和大家谈谈开放。'];
    for (const tag of ['龙永图:', '广东产品质量监督检验研究院轻纺部副部长麦振林:']) {
      const a = analyzeText(['以下为文字实录:', tag, ...talk].join('\n'));
      expect(a.paragraphs).toEqual(talk);
      expect(a.removed.find((r) => r.rule === 'meta.speaker-tag')?.text).toBe(tag);
    }
    expect(analyzeText(['以下为文字实录:', '王书记:', ...talk].join('\n')).paragraphs[0]).toBe('王书记:');
  });

  it('takes a cover notice’s addressee over it and its issuer and date under it as the notice’s, the speech’s own title under them', () => {
    const notice = [
      '各省、自治区、直辖市少工委:',
      '6月9日,全国少工委在杭州召开现场会,张晓兰同志到会并作了重要讲话。现将讲话印发给你们,请认真学习,抓好落实。',
      '全国少工委',
      '2006年6月14日',
    ];
    const talk = ['践行社会主义荣辱观扎实推进《纲要》实施', '今天,我们在这里召开现场会。这次会议分量很重,会议要办好两件事。', '一是对照少先队今后五年的目标,查找差距。'];
    const a = analyzeText([...notice, ...talk].join('\n'));
    expect(a.title).toBe(talk[0]);
    expect(a.paragraphs).toEqual(talk.slice(1));
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining(notice));
    // "…作了讲话,现予印发,请…", an issuing department (…司) and the attachment's label "附:" over the speech's title
    const sent = ['各省、自治区建设厅,直辖市建委:', '8月22日,我部召开现场会。质量安全司副司长尚春明同志在会上作了讲话,现予印发,请认真贯彻落实。', '建设部工程质量安全监督与行业发展司', '二○○六年八月二十四日', '附:'];
    const speech = ['在全国建筑安全生产联络员第五次会议上的讲话', '同志们:', '这段时间以来,党中央、国务院把安全生产摆到了更加突出的位置。'];
    const b = analyzeText(['关于印发尚春明同志在全国建筑安全生产联络员第五次会议上的讲话的通知', ...sent, ...speech].join('\n'));
    expect(b.title).toBe(speech[0]);
    expect(b.paragraphs).toEqual(speech.slice(1));
  });

  it('takes an office’s cover notice that sends a speech out (“现将…的讲话印发给你们”), its number, addressee and date, as the page’s', () => {
    const notice = [
      '峪川市人民政府办公厅关于印发秦立新副市长在全市煤矿安全生产会议上的讲话的通知',
      '(峪政办发[2006]187号)',
      '各县、区人民政府,市政府各有关部门:',
      '11月2日,市政府召开全市煤矿安全生产会议,秦立新副市长作了重要讲话。现将秦立新副市长的讲话印发给你们,请认真贯彻落实。',
      '二○○六年十一月三日',
    ];
    const talk = ['同志们:', '市政府决定今天召开全市煤矿安全生产会议,就是要认真落实领导批示精神。下面我讲三点意见。', '一、认清形势,提高认识'];
    const a = analyzeText([...notice, '在全市煤矿安全生产会议上的讲话', ...talk].join('\n'));
    expect(a.title).toBe('在全市煤矿安全生产会议上的讲话');
    expect(a.paragraphs).toEqual(talk);
    expect(a.removed.map((r) => r.text)).toEqual(notice);
    // a speech that tells its audience what was sent them is no notice
    const own = ['同志们:', '上周,市政府把省里的通知转发给你们,大家要认真学习。', '今天我讲三点意见。'];
    expect(analyzeText(['在全市安全生产会议上的讲话', ...own].join('\n')).paragraphs).toEqual(own);
  });

  it('takes a press headline quoting the speaker (“骆振峰:…”) over the label as the page’s; one naming the speech stays the title', () => {
    const lead = '凤凰网财经讯 2009中国互联网大会11月2日在北京举行,凤凰网财经全程进行视频图文报道,以下为国务院新闻办公室网络局局长骆振峰发言实录:';
    const talk = ['我国的互联网企业在国家下一阶段的信息化进程中大有用武之地,这让我们倍感振奋。', '本次大会以“危机·契机·转机”为主题,同我国互联网眼下所处的发展阶段十分吻合。'];
    const headline = '骆振峰:08年电子商务交易突破3万亿 同比增长超40%';
    const a = analyzeText([headline, lead, ...talk].join('\n'));
    expect(a.title).toBe('');
    expect(a.paragraphs).toEqual(talk);
    expect(a.removed.map((r) => r.text)).toEqual([headline, lead]);
    const named = '骆振峰:在2009中国互联网大会上的发言';
    expect(analyzeText([named, lead, ...talk].join('\n')).title).toBe(named);
  });

  it('leaves the speech’s own opening when no label follows it', () => {
    const opening = '今天,我们在这里隆重举行全球商品采购季启动仪式。';
    expect(analyzeText([opening, ...speech].join('\n')).paragraphs[0]).toBe(opening);
  });
});

describe("an account's lead naming the speech it publishes, right over the salutation", () => {
  const lead = [
    '1981年12月,民政部在北京召开了第一次全国殡葬工作会议,回顾推行殡葬改革以来的经验,商讨今后的方针和政策。副总理某某出席会议并讲话。',
    '本公众号推出第二篇《国务院副总理某某在全国殡葬改革工作会议上的讲话》,意在回望历史,借鉴经验。',
  ];
  const speech = ['同志们:', '全国殡葬改革会议已经开了六天。几位同志在会上讲了话,作了工作报告,会上还交流了各地的经验。我讲几点意见。'];

  it('is the page’s with the lead over it; the text under it is the speech', () => {
    const a = analyzeText([...lead, ...speech].join('\n'));
    expect(a.paragraphs).toEqual(speech);
    expect(a.removed.map((r) => r.text)).toEqual(lead);
    expect(a.isSpeech).toBe(true);
  });

  it('stays when no salutation follows it (a reader’s note naming a speech it read)', () => {
    const note = '本号今天推出《某某在全国殡葬改革工作会议上的讲话》的学习体会,与大家分享。';
    const a = analyzeText([note, '这篇讲话写于四十多年前,今天读来仍有启发。殡葬改革是移风易俗的大事。'].join('\n'));
    expect(a.paragraphs[0]).toBe(note);
  });
});

describe('a press lead closing by telling that someone gave the speech, right over the salutation', () => {
  const lead = '2022年6月17日,北方交通大学2022届学生毕业典礼暨学位授予仪式隆重举行。校长林峰发表了《奋楫新征程,扬帆新时代》为题的致辞寄语毕业生。';
  const speech = ['亲爱的2022届毕业生同学们、各位来宾、各位老师:', '大家上午好!', '盛夏如火,繁花正好。今天,我们在这里隆重举行毕业典礼,祝贺同学们圆满完成学业。'];

  it('is the page’s, and no report’s dated lead counts against the speech', () => {
    const a = analyzeText([lead, ...speech].join('\n'));
    expect([a.isSpeech, a.title, a.paragraphs]).toEqual([true, '', speech]);
    expect(a.removed.map((r) => [r.rule, r.text])).toEqual([['promo.full-text-lead', lead]]);
  });

  it('stays when the speaker tells it, or when the report goes on under it', () => {
    const told = lead.replace('校长林峰发表了', '我发表了');
    expect(analyzeText([told, ...speech].join('\n')).paragraphs[0]).toBe(told);
    const report = [lead, '校长在致辞中回顾了同学们的大学生活,勉励大家胸怀理想、脚踏实地。'];
    expect(analyzeText(report.join('\n')).paragraphs).toEqual(report);
  });
});

describe('a lead naming the occasion, then who speaks, with a colon (“…大会现场,…副主任庄荣文致辞:”)', () => {
  const lead = '2016全民互联网嘉年华大会现场,国家互联网信息办公室副主任庄荣文致辞:';
  const opening = '各位来宾、女士们、先生们大家上午好。很高兴出席2016全民互联网嘉年华,首先我代表国家互联网信息办公室,对活动的举办表示热烈的祝贺。';
  const more = '中国接入国际互联网至今已经21个年头。如今我们已有近7亿网民,互联网已经融入生活的方方面面。';

  it('is the page’s over the speech, whose salutation runs into its greeting with no comma', () => {
    const a = analyzeText([lead, opening, more].join('\n'));
    expect([a.isSpeech, a.paragraphs]).toEqual([true, [opening, more]]);
    expect(a.removed.map((r) => [r.rule, r.text])).toEqual([['promo.full-text-lead', lead]]);
  });

  it('stays when a host calls the speaker up (“…大会现场,请…致辞:”)', () => {
    const host = '2016全民互联网嘉年华大会现场,下面请国家互联网信息办公室副主任致辞:';
    expect(analyzeText([host, opening, more].join('\n')).paragraphs[0]).toBe(host);
  });
});

describe('a press lead closing "…发表了重要讲话,内容如下:"', () => {
  const speech = ['女士们、先生们、朋友们:', '大家好!今天,我们相聚在黄海之滨,一起迎接中国航海日的到来。首先,我代表组委会向各位嘉宾表示诚挚的欢迎!'];

  it('is the page’s label over the speech', () => {
    const lead = '7月11日是我国第10个航海日,今天,中国航海学会在日照市举办2014年中国航海日论坛。某副部长在论坛上发表了重要讲话,内容如下:';
    const a = analyzeText([lead, ...speech].join('\n'));
    expect(a.paragraphs).toEqual(speech);
    expect(a.removed.map((r) => r.text)).toEqual([lead]);
  });

  it('leaves a speaker’s own "…三点意见,主要内容如下:"', () => {
    const own = '下面,我就做好今年的工作讲三点意见,主要内容如下:';
    const a = analyzeText(['同志们:', own, '一、提高认识,切实增强做好工作的责任感。'].join('\n'));
    expect(a.paragraphs).toContain(own);
  });
});

describe('a press lead closing "…致辞发言,以下是全文:"', () => {
  it('is the page’s label over the speech, and files the text under the genre it names', () => {
    const lead = '2022年1月19日,公司召开2021年度表彰暨新年度展望主题年会,会议中公司总经理某某致辞发言,以下是全文:';
    const speech = ['今天大家分散在四面八方,有的同事还守在施工一线,在此,首先向大家道一声辛苦!', '今天我们借助视频在线上举行这次年会,一来盘点这一年的工作,二来感谢大家的辛勤付出。'];
    const a = analyzeText([lead, ...speech].join('\n'));
    expect(a.paragraphs).toEqual(speech);
    expect(a.removed.map((r) => r.text)).toEqual([lead]);
    expect(a.isSpeech).toBe(true);
  });
});
