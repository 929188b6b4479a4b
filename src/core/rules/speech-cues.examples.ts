// What each speech cue must match and must not (test data for test/core/speech-cues.test.ts;
// not imported by the engine, so the extension does not ship it). Texts are simplified script:
// detect.ts folds traditional pages before the cues read them.
import type { TitleKind } from '../detect';

export interface CueExamples {
  examples: string[];
  nonExamples: string[];
}

/** Titles and what classifyTitle must call them. */
export const TITLE_EXAMPLES: Record<Exclude<TitleKind, 'none'>, string[]> & { none: string[] } = {
  speech: [
    '在全市防汛备汛工作会议上的讲话',
    '县长欢迎词',
    '9月份勤政教育专题党课讲稿(2篇)',
    '关于调离告别发言(通用3篇)',
    '企业端午节致辞范文',
    '水务大会领导讲话稿 篇1',
    '教师节表彰大会致辞稿8篇',
    '2023年村党组织书记党课讲稿汇编4篇',
    '小学生读书节开幕词优秀范例12篇(读书节开幕式新颖主持词小学生)',
    '国旗下讲话:我爱美丽的校园',
    '作风党课:深刻认识密切联系群众的重大意义',
    '政府民生实事项目满意度测评工作动员讲话',
    '当选摄影家协会副主席后的表态发言',
    '青春梦演讲大赛范文',
    '中学生关于科技梦演讲比赛稿',
    '在欢迎XX市经贸代表团晚宴上的致辞.docx',
    '庆祝国际护士节文艺晚会主持词',
    '澳门地区青年创新创业协会会员大会会长何嘉文闭幕辞',
    '在公文写作培训班上的讲话',
    '开学典礼家长代表发言稿 篇1',
    '2020教务处主任助理竞聘演讲稿',
    '小学元旦致辞范文1000字',
    '环卫节环卫工人发言稿资料讲解.pdfVIP',
    '在新闻媒体座谈会上的讲话',
    '在记者节座谈会上的讲话',
    '党课讲稿--严格三会一课 增强党内生活的政治性',
  ],
  meeting: ['在全县2024年经济工作会议上的工作报告', '在县第十八届人民代表大会第三次会议上的政府工作报告'],
  written: [
    '木垒哈萨克自治县人民政府办公室关于召开自治县2008年冬季供暖动员大会的通知',
    '井冈山学习心得体会',
    '档案管理制度',
    '公司车辆管理制度(精选14篇)',
    '供热公司管理制度汇编修订征求意见稿 1.docx',
    '2023年办公室个人年终工作总结',
    '临江县人民政府第36次常务会议纪要',
    '2024年学雷锋志愿服务月活动方案',
  ],
  novel: ['第74章 发言(第1页)', '第322章 竞选演讲(第1页)', '第六百四十三章庆功大会', '第93章 发言也有讲究'],
  guide: ['开幕词有哪些基本特点', '致辞怎么写', '主持词的写法', '表态发言怎么写(附范文)', '致辞格式指导', '怎样写好会议主持词'],
  essay: ['学习市委书记在全市干部大会上的讲话精神心得体会', '观看开学第一课致辞有感'],
  news: [
    '全市经济工作会议召开 李XX出席会议并发表重要讲话',
    '中国共产党某省第十二次代表大会在省城闭幕 李明远主持闭幕会并作重要讲话',
    '我县召开2011年冬季农田水利基本建设暨森林防火工作动员会',
    '国家主席在十四届全国人大一次会议闭幕会讲话侧记',
    '荣休茶叙纪实',
    '国家主席会见外国记者',
  ],
  none: ['', '全国人大基层代表脱稿谈履职 十分钟发言掌声阵阵', '代表照稿念发言被主持人及时提醒', '当前位置', '我的教师梦指引'],
};

/** The opening patterns: a title glued to the first sentence, a glued salutation. */
export const OPENING_EXAMPLES: Record<'GLUED_MEETING_TITLE' | 'GLUED_GENRE_BEFORE_SALUTATION' | 'GLUED_SALUTATION' | 'VOCATIVE_OPENING' | 'SALUTATION_LINE', CueExamples> = {
  GLUED_MEETING_TITLE: {
    examples: [
      '在全市防汛备汛工作会议上的讲话主汛期即将来临',
      '秘书之家—全网资源每日更新www.mishuzj.com在全省学前教育普及普惠县创建工作推进会上的讲话各位园长、书记',
      '在五四青年节优秀青年座谈会上的讲话各位青年朋友、同志们:在五四青年节即将到来之际',
    ],
    nonExamples: [
      '学习贯彻总书记在全国组织工作会议上的讲话精神',
      '市委书记在全市干部大会上的讲话中强调',
      '认真学习了书记在全市干部大会上的讲话',
      '标题一般为“在全市城中村改造现场会上的致辞”',
    ],
  },
  GLUED_GENRE_BEFORE_SALUTATION: {
    examples: [
      '市长在2022年市森防指第一次全体(扩大)会议上的讲话文稿同志们',
      '1、县工商联九届三次会员代表大会预备会主持词 各位代表: 县工商联',
      '美术馆开馆仪式市领导致辞 尊敬的各位领导、各位来宾',
      '2020教务处主任助理竞聘演讲稿尊重的各位领导',
    ],
    nonExamples: ['致辞是领导干部在特定场合中所发表的一种礼仪讲话', '主持词是主持人在掌控会议进程时所用的讲话稿'],
  },
  GLUED_SALUTATION: {
    examples: [
      '美术馆开馆仪式市领导致辞 尊敬的各位领导、各位来宾,同志们、朋友们:大家上午好!',
      '2020教务处主任助理竞聘演讲稿尊重的各位领导,亲爱的老师们,大家好!我叫xx',
      '(二○一八年十二月二十九日)同志们:现在开会',
      '精品文档,欢迎下载开场A:尊敬的各位领导,各位嘉宾;B:亲爱的老师,亲爱的同学们;大家合:晚上好!',
      '【正】同志们:从今天起,全市人民翘首以盼的城区老旧小区改造工程就要全面开工建设了。',
    ],
    nonExamples: [
      '由王立新老师讲授本期党课第一讲,为同学们系统学习党的基本知识作好铺垫。',
      '首先,王立新老师以同学们对入党初心的讨论作为切入点,讲述了中国共产党的创建背景。王立新老师强调:学习党史',
      '称呼要讲究礼仪,如“尊敬的***部长,尊敬的***书记”。如果对象是一个群体,就要根据具体情况加以称呼,如“各位来宾,各位朋友”等。',
      '“尊敬的各位领导、各位来宾、女士们、先生们:大家上午好!',
    ],
  },
  VOCATIVE_OPENING: {
    examples: ['同志们,春节前我在县里的团拜会上讲了十来分钟', '【正】同志们:从今天起', '各位代表,现在开会。'],
    nonExamples: ['同志们的热情很高。', '“同志们,……”'],
  },
  SALUTATION_LINE: {
    examples: ['同志们:', '各位党员同志:', '尊敬的各位领导、各位同事:', '亲爱的老师、同学们:', '同志们!', '各位领导、同志们：'],
    nonExamples: ['各有关单位:', '各乡镇(场)人民政府,县人民政府各部门:', '同志们要提高认识。', '“同志们：'],
  },
};

/** Every body cue: texts it must match (`minCount` times where it has one), texts it must not. */
export const BODY_CUE_EXAMPLES: Record<string, CueExamples> = {
  'spoken.comrades': { examples: ['同志们,安全生产责任重于泰山。', '老师们、同学们:'], nonExamples: ['全体干部职工认真履职。'] },
  'spoken.greeting': { examples: ['大家好!', '大家上午好!', '各位好。', '大家新年好!'], nonExamples: ['大家好好学习。'] },
  'spoken.on-behalf': { examples: ['我代表县委、县政府表示感谢', '我谨代表学校'], nonExamples: ['他代表县委讲话', '代表们踊跃发言'] },
  'spoken.today-we-meet': {
    examples: ['今天,我们召开全市防汛备汛工作会议', '今天我们利用周末时间召开', '今天这次会议,既是一次部署会', '今天,我们隆重集会'],
    nonExamples: ['今天是个好日子。', '昨天召开了全县大会'],
  },
  'spoken.just-now': { examples: ['刚才,水利局通报了前期备汛工作进展', '刚才王芳同志通报了全县教育工作情况'], nonExamples: ['他刚才出门了。'] },
  'spoken.i-will-speak': {
    examples: ['下面我就全力做好森林防火工作强调几点', '我讲三点意见', '我打算讲三个部分', '我今天演讲的题目是', '和大家一起学习讨论'],
    nonExamples: ['下面是小编整理的范文'],
  },
  'spoken.thanks': { examples: ['谢谢大家!', '谢谢!'], nonExamples: ['谢谢他的帮助。'] },
  'spoken.close': { examples: ['散会。', '会议到此结束', '现在我宣布,大会胜利闭幕'], nonExamples: ['会议审议了有关事项。'] },
  'spoken.host': { examples: ['现在开会。', '下面,请会务组清点到会人数。', '赞成的请举手。', '(稍停)请放下。', '有请校长讲话'], nonExamples: ['下面是具体安排。'] },
  'spoken.wish': { examples: ['预祝本次大会圆满成功!', '祝老师们节日愉快!'], nonExamples: ['祝贺会议召开。'] },
  'spoken.hope': { examples: ['希望大家珍惜机会', '希望同志们再接再厉'], nonExamples: ['希望工程'] },
  'spoken.let-us': { examples: ['让我们携起手来'], nonExamples: ['我们要携起手来'] },
  'spoken.candidate': {
    examples: ['竞争办公室主任这个岗位,我自认为具备一定优势', '假如我能竞聘成功', '我竞聘的是教务处主任助理一职'],
    nonExamples: ['市场竞争日趋激烈'],
  },
  'spoken.self': { examples: ['我叫xx,33岁,中共党员', '很荣幸今天能和大家一起上这堂党课', '十分高兴在这里与大家相聚'], nonExamples: ['我叫他过来。'] },
  'guide.how-to': { examples: ['(二)闭幕词怎么写', '二、会议致辞怎样写:', '致辞的写法', '写作要点'], nonExamples: ['下面,我把填票的注意事项简要说明', '写好新时代的奋进之笔'] },
  'guide.parts': {
    examples: ['一般包括“标题、称呼、正文、结尾”四部分内容', '会议主持词一般由标题、称谓、正文三部分组成', '正文一般包括开头、主体、结尾三块内容'],
    nonExamples: ['标题党要不得。', '全县工作一般分为三个阶段推进'],
  },
  'guide.form': {
    examples: ['致辞的格式与写法', '【 例 文 】', '如《×××在××××代表大会上的开幕词》', '主持词格式'],
    nonExamples: ['熟悉机关各类文件的格式规范', '如“讲政治、顾大局”的要求'],
  },
  'guide.definition': {
    examples: ['主持词是主持人在掌控会议进程时所用的具有组织、串联作用的讲话稿', '致辞,即致词,是领导干部在特定场合中发表的一种礼仪讲话'],
    nonExamples: ['这次会议的讲话是一次动员。', '今天的致辞是在欢迎晚宴上'],
  },
  'novel.chapter': { examples: ['第74章 发言(第1页)\n周敏做事雷厉风行', '第298章 整顿大会'], nonExamples: ['第一章 总则\n第一条', '第一章节的内容。'] },
  'novel.site': { examples: ['悟空追书', '手机浏览器扫描二维码访问', '青山不语 作品\n第298章', '天才一秒记住【长江书屋】地址'], nonExamples: ['优秀作品展评。'] },
  'novel.narration': {
    examples: ['他低声问道:“来齐了吗?”副秘书长点了点头,清了清嗓子高声宣布'],
    nonExamples: ['有一天,一个年轻人忍不住拦住他问道:“您什么时候退休?”'],
  },
  'novel.dialogue': {
    examples: ['“人都来齐了吗?”\n“都来齐了。”副秘书长连连点头应道。\n“好,那就请你主持开始吧!”'],
    nonExamples: ['“科技是第一生产力”。中国是一艘巨轮。\n“创新是引领发展的第一动力”不管梦想多么远大\n“科技梦”不再是幻想'],
  },
  'news.lead': { examples: ['本报讯 11月15日上午', '新华社北京3月14日电(记者熊争艳)', '中新社记者 盛佳鹏 摄'], nonExamples: ['各级记者站要做好服务。'] },
  'news.epaper': { examples: ['3上一版 下一版4', '第A2版:要闻', '【PDF版】'], nonExamples: ['新版教材已经下发。'] },
  'news.meeting-told': {
    examples: ['会议指出,要统筹发展和安全', '会上,副县长赵志刚对工作作了安排', '副县长刘明主持会议。'],
    nonExamples: ['今天的会议由我主持。', '会议的主要任务是部署工作。', '在今天召开的全体教职工大会上,我们一起学习了相关文件'],
  },
  'written.notice': { examples: ['特此通知。', '现将会议有关事项通知如下:', '各有关单位:\n为迎接'], nonExamples: ['现将本人一年来的履职情况报告如下'] },
  'written.articles': { examples: ['第一章 总则\n第一条 为加强管理', '第二条 车辆的使用\n第三条 驾驶员应当'], nonExamples: ['第一条是抓落实。'] },
  'essay.reflection': { examples: ['井冈山学习心得体会', '通过这次学习,我深刻认识到'], nonExamples: ['全年撰写学习心得8篇'] },
};
