// What each line rule must match, and speech sentences it must not (test data for
// test/core/rules.test.ts; not imported by the engine, so the extension does not ship it).
import { VIEWER_RULE_EXAMPLES } from './viewer-rules.examples';

import { FRAME_RULE_EXAMPLES } from './frame-rules.examples';

export interface RuleExamples {
  examples: string[];
  nonExamples: string[];
}
// Prose that no rule may match: real speech sentences with the words the rules look for.
export const CLEAN_SPEECH_SAMPLES: readonly string[] = [
  '同志们：',
  '各位领导、同志们：',
  '今天，我们召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。',
  '要加强学习，把学习作为一种精神追求，切实提高干部队伍的综合素质。',
  '会员单位要发挥示范作用，带头落实各项制度。',
  '各级党组织要关注群众诉求，及时回应社会关切。',
  '时间紧、任务重，我们要只争朝夕、不负韶华。',
  '首先，我代表县委、县政府向大家表示衷心的感谢！',
  '下面，我讲三点意见。',
  '以上是我们今年工作的主要安排，请大家认真抓好落实。',
  '谢谢大家！',
  '会议到此结束，散会。',
  '更多的工作要靠大家共同努力，敬请各位领导批评指正。',
  '要充分利用网站、微信公众号等平台，加强政策宣传。',
  '一是要强化应急值守纪律。',
  '第一时间发现，第一时间报告，第一时间处置。',
  '2023年，全县实现地区生产总值1.5亿元，同比增长6.18%。',
  '我们要把这份资料整理好，供大家学习参考。',
];

export const LINE_RULE_EXAMPLES: Record<string, RuleExamples> = {
  ...FRAME_RULE_EXAMPLES,
  'paywall.copy-needs-membership': {
    examples: ['内容仅供学习,如需复制请赞助VIP会员,赞助后即可全站范文免费复制!', '下载本文需开通VIP会员', '查看完整内容请升级为会员'],
    nonExamples: [],
  },
  'paywall.become-member': {
    examples: ['赞助会员请点击:开通会员', '开通VIP查看全文', '加入VIP免费专享', 'VIP会员专享', '(温馨提示:VIP用户免费下载全站内容)'],
    nonExamples: [],
  },
  'paywall.word-download-box': {
    examples: ['部分文章缺省word文档下载,如果需要下载word文档,请在评论区发评论,我们安排修复', '推荐度:', '文档为doc格式', '文章下载', '将本文的Word文档下载到电脑,方便收藏和打印', 'VIP请直接点击按钮下载本文的Word文档下载到电脑,请使用最新版的WORD和WPS软件打开,如发现文档不全可以联系客服申请处理。'],
    nonExamples: ['推荐度高的项目优先立项。', '请各单位下载本文件的附件。'],
  },
  'paywall.preview-ended': {
    examples: ['亲,该文档总共4页,到这儿已超出免费预览范围,如果喜欢就下载吧!', '全文阅读已结束,如果需要下载本文请点击', '全文预览已结束', '已阅读3页，还剩5页未读', '试读已结束，请购买后阅读', '预览结束,免费获取全文或定制代笔此类文章!'],
    nonExamples: ['预览结束后请各单位提交意见。'],
  },
  'paywall.read-or-download': {
    examples: ['下载此文档', '继续免费阅读', '点击复制全文', '下载本文', '展开全文 ∨', '下载word文档', '点击下载'],
    nonExamples: ['点击下载相关表格后按要求填写。'],
  },
  'paywall.login-or-remaining': {
    examples: ['🔗更多内容请下载文档', '展开剩余78%', '剩余2000字未读', '登录后即可复制全文', '完整内容请下载后查看', '试读结束，下载后阅读全文', '(阅读全部图文内容,您需要先登录!)', '(想阅读完全部图文内容,您需要先登陆!)', '展开全部内容'],
    nonExamples: ['更多内容请关注后续安排。'],
  },
  'paywall.download-cost': {
    examples: ['下载积分：5金币', '下载所需金币：3'],
    nonExamples: [],
  },
  'paywall.close-button': {
    examples: ['×', '✕', '关闭', '【关闭】'],
    nonExamples: [],
  },
  'promo.study-only': {
    examples: ['仅供学习 禁止外传', '禁止外传', '仅供参考', '本文仅供学习交流使用，请勿转载'],
    nonExamples: [],
  },
  'promo.subscribe': {
    examples: ['现在订阅立享前3年的所有权益和资料', '订阅后即可获得全部资料'],
    nonExamples: [],
  },
  'promo.resale': {
    examples: ['【打击倒卖活动】', '举报倒卖会员资料的人，举报成功免费赠送一年会员材料！'],
    nonExamples: [],
  },
  'promo.reseller-slogan': {
    examples: ['全年无休更新：领导讲话、党课讲稿、述职报告', '老会员续费享八折，新会员赠送往年合集', '本文档仅限本群成员个人学习参考', '◆严打倒卖◆ 举报转卖者经核实送VIP一年', '笔杆子材料库 · 每日更新', '云笺文稿坊出品 · 盗版必究', '材料狗整理 侵权必删', '【独家原创】', '笔耕云集 · 专注公文写作十年', '（本材料仅限会员使用，严禁转发、倒卖）'],
    nonExamples: ['严禁转发涉密文件，严守保密纪律。'],
  },
  'promo.editor-wrapper': {
    examples: ['下面是小编为大家整理的在全县工作会议上的讲话，仅供参考，欢迎大家阅读。', '以上是小编为大家准备的3篇讲话稿，希望对你有所帮助。', '以下是为您推荐的《小学奠基仪式实施方案》,希望能对您的工作、学习、生活有帮助,欢迎阅读参考!', '【阅读指引】下面是就爱阅读网友为您精心整理分享的“运动会开幕式讲话稿精选5篇”,以供您写作参考所用,希望此则范文对您有所帮助!', '下面是本站网友给大家分享的“读书节致辞”,'],
    nonExamples: ['下面是为大家准备的文艺节目,请欣赏。', '下面是几位网友代表的发言,大家欢迎。', '【重要提示】下面是我为大家准备的几点建议,供大家参考。'],
  },
  'meta.news-lead': {
    examples: ['新浪财经讯 欧美同学会北京论坛于2012年9月2日在北京隆重举行。图为人才局局长。', '本报讯(记者 王明)昨天上午,全市科技创新大会召开。', '新华社北京3月14日电 大会今天闭幕。'],
    nonExamples: ['喜讯传来,全校师生欢欣鼓舞。', '本报讯息量很大,请大家关注。'],
  },
  'meta.photo-caption': {
    examples: ['图为中组部人才局局长孙学玉。', '图为开幕式现场'],
    nonExamples: ['图为我们指明了方向,也提出了更高要求,大家要认真领会,抓好落实。'],
  },
  'promo.editor-intro': {
    examples: ['【导语】主持词的写作特点就是自由随性。励志台Lztai.com为大家整理了《2020中秋节文艺晚会主持词》,希望以下内容可以帮到您!', '社区工作者在社区有着多重身份,对于他们,我们要感谢,你写好演讲稿了吗?下面给大家带来的是致敬社区工作者的演讲稿1000字。', 
      '讲话稿是在一定的场合发表的讲话文稿。下面是小编收集整理的开学典礼讲话稿，欢迎阅读与收藏。',
      '以上就是小编整理的全部内容，希望对大家有所帮助。',
      '以下是本站小编精心为您推荐的教师节表彰大会致辞稿8篇,供大家参考。',
      '大家想知道怎么样才能写一篇比较优质的范文吗?以下是我为大家搜集的优质范文,仅供参考,一起来看看吧',
      '范文书写有哪些要求呢?我们怎样才能写好一篇范文呢?下面我给大家整理了一些优秀范文,希望能够帮助到大家,我们一起来看一看吧。',
    ],
    nonExamples: ['下面给大家带来的是诗朗诵《灯火与远方》。', '下面是我为大家准备的几点建议,供大家参考。', '以下是我给大家带来的一点心意。'],
  },
  'promo.full-text-lead': {
    examples: ['以下是行政长官今日(二月十五日)晚上出席驻港领事团晚宴的致辞全文(中文译本):', '以下为市长在全市经济工作会议上的讲话摘要:'],
    nonExamples: ['以下是我讲的三点意见:', '下面,我讲三点意见:'],
  },
  'meta.news-dateline': {
    examples: ['新闻中心/宜兰县讯', '本报记者/综合讯'],
    nonExamples: ['新闻中心', '他说/她说'],
  },
  'promo.text-commentary': {
    examples: ['这段解说词旨在营造积极向上的氛围,强调运动会不仅是竞技的舞台,更是交流与成长的机会。通过热情洋溢的语言,激发参与者与观众的热情与', '这篇致辞通过回顾学校的发展历程,表达了对新生的期望。', '本篇讲话稿主要从三个方面展开。', '这篇稿件结合了实际场景,语言朴实真挚,适合用于农村小学开学典礼场合。', '此篇发言稿适用于各类表彰大会。'],
    nonExamples: ['这次讲话旨在统一思想。', '这段时间以来,大家辛苦了。', '这篇文章我读了三遍,深受教育。', '这份稿子我改了三遍。'],
  },
  'promo.sign-off': {
    examples: ['希望对大家有所帮助。', '欢迎大家阅读与借鉴。', '欢迎阅读！', '以上就是本期分享的全部内容，希望对大家有所帮助！'],
    nonExamples: ['希望这次培训能对大家有所帮助！', '我们热烈欢迎大家分享经验。'],
  },
  'promo.more-on-site': {
    examples: ['更多关于讲话稿的范文，敬请关注第一范文网', '更多精彩范文请访问本站'],
    nonExamples: [],
  },
  'promo.follow-account': {
    examples: ['关注公众号【公文写作】获取更多材料', '微信扫码领取全套讲话稿', '微信扫一扫，获取更多资料'],
    nonExamples: [],
  },
  'contact.qq-number': {
    examples: ['防丢失QQ【5346405】', '酷乐文行整理，咨询QQ206157060', 'QQ：123456789'],
    nonExamples: [],
  },
  'contact.group': {
    examples: ['会员群：                      免费QQ群：', '资料交流群：123'],
    nonExamples: [],
  },
  'contact.wechat-id': {
    examples: ['微信：gwxz2023', '如需定制请加微信: abc_12345'],
    nonExamples: [],
  },
  'contact.add-me': {
    examples: ['微信添加【dadawk01】', '加V：bgz_cailiao 领取全套', '添加微信 clg_2024 获取更多年终总结', '更多党课讲稿、心得体会，加V：bgz_cailiao'],
    nonExamples: [],
  },
  'contact.consult': {
    examples: ['资料咨询微信', '客服QQ', '客服QQ:12345678', '联系电话:0371-1234567', '兰亭材料铺整理，咨询微信 ltclp888'],
    nonExamples: ['我们已经互相留下了联系方式,', '要公开联系方式,方便群众监督。'],
  },
  'meta.published': {
    examples: ['时间:2021-04-23 致辞讲话 我要投稿', '时间:2022-11-30 09:04:00', '发布时间：2023-05-06 来源：网友投稿', '发布时间：2023年5月6日', '时间：2022年08月16日 14:21 栏目：讲话稿 作者：佚名', '张贴日期: 2020-06-15 09:34:43  点阅:1452'],
    nonExamples: ['时间：2024年5月16日上午'],
  },
  'meta.date-first': {
    examples: ['2023-05-06 10:20 来源：网友投稿 作者：佚名', '2022年3月1日 发布', '2021-05-05 / 来源:邓小平文选第二卷', '2015/2/3 15:40:03 新闻来源:中国水力发电工程学会'],
    nonExamples: ['2023年，全县实现地区生产总值增长。', '2015年3月2日新闻发布会上,我们通报了全年目标。'],
  },
  'meta.forum-edited': {
    examples: ['本帖最后由 秘书老张 于 2023-4-12 09:35 编辑'],
    nonExamples: [],
  },
  'meta.date-time': {
    examples: ['2023-02-16 14:08:51 讲话稿', '2022-11-30 09:04', '2025年03月26日 07:11:44', '2021-09-25 08:19:00 字数 1170 阅读 7568'],
    nonExamples: ['2025年3月26日'],
  },
  'meta.abstract': {
    examples: ['摘要: 这是一篇关于一次大会的闭幕讲话。讲话指出这次大会通过了十大倡议。', '内容摘要:本文介绍了县委书记在全县经济工作会议上的讲话。', '内容摘要: 人才局局长在论坛上致辞(来源:新浪财经 陈鑫 摄) 新浪财经讯 论坛于9月2日在北京举行……'],
    nonExamples: ['摘要:今天,市政府召开全市安全生产工作会议。', '这是一篇关于青春的演讲。', '摘要:同志们,今天我们召开全县新闻宣传工作会议,研究部署下一阶段工作。'],
  },
  'meta.labels': {
    examples: ['新闻来源: 锦城涪安商会', '查看次数:2917', '时间: 新华 演讲致辞', '0范文库 分享 时间:', '知识类型: 析出资源', '内容出处: 《余姚报》 报纸', '分类号: D624.55', '关键词: 闭幕讲话 党中央 倡议', '来源：网友投稿 作者：佚名 浏览：123次', '上传人：wenmi 文档编号：12345', '范文作者:佚名 范文来源:不详 范文栏目:七一建党节演讲稿 收藏本页', '作者姓名:周慕冰', '专栏:', '更新时间:高考猫', '收录日期:2025-12-01 16:16:31  热度:12℃'],
    nonExamples: ['时间：2024年5月16日上午', '时间:待定', ],
  },
  'meta.counters': {
    examples: ['作者：佚名 浏览：88次 时间：2023-01-01', '浏览次数：32 来源：网友投稿'],
    nonExamples: [],
  },
  'meta.stat-counter': {
    examples: ['浏览', '1180', '范文', '阅读量', '386', '0 300'],
    nonExamples: ['谢谢大家!', '阅读是一种习惯。', '2023年12月'],
  },
  'paywall.member-button': {
    examples: ['刚注册会员请【刷新页面】打开全文', '未登陆用户请【登录网站】查', '新来的客人请【点此注册】加入会员'],
    nonExamples: ['下面请【单位名称】负责同志发言。', '请大家刷新认识,登录新的起点。'],
  },
  'paywall.price': {
    examples: ['2026-03-18 10.00元 免费试读', '¥5.00元 立即购买', '3元 下载'],
    nonExamples: ['全年实现增收10.00元。', '每人补助500元'],
  },
  'site-chrome.ornament-words': {
    examples: ['The Beginning', 'THE END', 'To be continued.'],
    nonExamples: ['THE END OF AN ERA', '剧终'],
  },
  'meta.read-count': {
    examples: ['演讲稿 阅读(1.21W)', '阅读(356)', '浏览（2.3万）', '活动策划 阅读(1.64W)'],
    nonExamples: ['阅读(上)', '本文阅读(356)次以上的读者请留言。', '请大家阅读(第三章)'],
  },
  'meta.doc-profile': {
    examples: ['范文类型:开场白,演讲稿,适用行业岗位:幼儿园,园长,全文共 826 字', '文档类型：讲话稿', '适用岗位:教师,全文共1203字'],
    nonExamples: ['全文共分三个部分,下面我逐一汇报。', '这篇讲话全文共三千字,我只讲要点。'],
  },
  'meta.ceremony-roles': {
    examples: ['升旗手、护旗手:王孝文、杨思彤', '辅导员:许晨阳', '主持人:周乐乐', '周次:第6', '获得流动红旗的班级:', '旗手: 初二(3)班 李明'],
    nonExamples: ['主持人:各位来宾,大家晚上好!', '主持人:下面进行第一项议程。', '辅导员要关心每一名队员。'],
  },
  'meta.example-fields': {
    examples: ['【范例一】', '【致辞人】××市人口计生委', '【致辞背景】××市人口计生系统动员大会致辞', '【讲话场合】全县干部大会'],
    nonExamples: ['【正文】', '【以案为鉴】一起违纪案件的警示', '同志们:'],
  },
  'site-chrome.bare-separator': {
    examples: ['|', '｜', '||', '*****************', '==========', '-'.repeat(80)],
    nonExamples: ['1', '谢谢!', '**', '——'],
  },
  'site-chrome.image-file': {
    examples: ['高一(1)班林书瑶.jpg', '0c01529e64c648a78642b4c8704f6848.jpg', 'IMG_2034.PNG'],
    nonExamples: ['下面请看大屏幕上的照片。', '图为会议现场.'],
  },
  'site-chrome.picture-label': {
    examples: ['活动图片', '现场照片', '精彩剪影', '图片欣赏'],
    nonExamples: ['图片', '请看活动图片。', '照片里的笑脸'],
  },
  'site-chrome.player-notice': {
    examples: ['此页面上的内容需要较新版本的 Adobe Flash Player。', '获取 Adobe Flash Player', 'Adobe Flash Player', '您的浏览器不支持该视频播放,请升级浏览器。'],
    nonExamples: ['要用好网络直播、短视频等新媒体。', '浏览器、播放器等软件要及时更新。'],
  },
  'site-chrome.image-id': {
    examples: ['23AA286', '0c01529e64', 'IMG2034A'],
    nonExamples: ['2023', 'COVID', '谢谢大家!', 'ABCDEF', '5G'],
  },
  'site-chrome.genre-content-label': {
    examples: ['国旗下讲话内容', '讲话全文', '发言正文:', '致辞內容'],
    nonExamples: ['讲话精神', '学习讲话内容,领会精神实质。', '在全市工作会议上的讲话'],
  },
  'site-chrome.qa-question': {
    examples: ['❷ 赞美退休的诗句有哪些', '❸欢送会致辞怎么写?', '➋ 退休欢送会的流程是什么'],
    nonExamples: ['❷ 加强组织领导', '赞美退休的诗句有哪些', '❶ 要有什么样的担当,就有什么样的作为。'],
  },
  'site-chrome.list-button': {
    examples: ['+ 加入清单', '＋加入书架', '+添加到收藏'],
    nonExamples: ['加入清单后请核对。', '+1'],
  },
  'promo.share-about': {
    examples: ['在现实生活或工作学习中,说到致辞,大家肯定都熟悉吧。那么问题来了,到底什么致辞才合乎规范呢?这里给大家分享一下关于幼儿园运动会校长开幕词,方便大家学习。', '下面小编给大家分享关于开学典礼讲话稿范文,欢迎阅读。'],
    nonExamples: ['下面,我给大家分享几点体会,供大家参考。', '今天给大家分享一个故事。'],
  },
  'breadcrumb.location': {
    examples: ['高分网 > 演讲致辞 >', '范文先生网 >> 讲话稿 >> 领导讲话', '瑞文网 › 讲话稿 › 正文', '当前位置: 首页 > 公务范文 > 致辞讲话', '首页 > 讲话稿 > 领导讲话', '您的位置：首页 › 范文', '您现在的位置是：网站首页 > 讲话稿', '当前位置', '您的当前位置: 77范文网 > 范文大全 > 党史学习 > 2022年度专题党课:从党史中汲取智慧和力量全力推进乡村振兴(精选文档)', '你当前位置：首页 > 致辞', '现在的位置: 故事大全首页 > 学习资源 > 演讲稿 >', '> 国旗下讲话', '» 领导讲话', '首页 范文 演讲稿 升学宴致辞'],
    nonExamples: ['收入 > 支出', '> 同志们,今天我们召开会议。', '>>', '首页 新闻 今天我们召开大会,部署全年工作'],
  },
  'site-chrome.wechat': {
    examples: ['预览时标签不可点收录于话题#个上一篇下一篇', '微信扫一扫关注该公众号', '继续滑动看下一个', '视频 小程序 赞,轻点两下取消赞 在看,轻点两下取消在看', '收录于合集 #读书节 3个'],
    nonExamples: ['请大家用微信扫一扫,关注学校的公众号。', '这些文章收录于校刊第三期。'],
  },
  'site-chrome.navigation': {
    examples: ['查看原文', '阅读原文 >>', '附件列表', '上一篇：在全市安全生产工作会议上的讲话', '分享到：', '返回列表', '查看更多>>', '分享:', '上一主题 下一主题', '上一则公告 下一则公告', '—分享—', '-- 分享 --'],
    nonExamples: ['请大家查看原文件。', '分享:我们的三点体会', '查看更多的资料,才能把情况摸清楚。'],
  },
  'site-chrome.pager': {
    examples: ['共3页:', '（第2页）', '第1页 共3页 下一页', '上一页 1 2 3 下一页', '共3页: 上一页123下一页', '首页 上一页 [1] [2] 下一页 尾页', '第 2 页'],
    nonExamples: ['请大家翻到材料第2页。', '共3页的材料，大家会后再看。', '1 2 3', '2023', '第一页'],
  },
  'site-chrome.stray-marks': {
    examples: [':', '>', '|', '》'],
    nonExamples: ['——', '一、', '好!', '……'],
  },
  'site-chrome.welcome-banner': {
    examples: ['欢迎光临邓姓之源网-邓州市邓姓文化研究会主办官网!', '您身边的文档专家,晒文网欢迎您!', '欢迎访问第一范文网', '范文网欢迎您！'],
    nonExamples: ['欢迎光临第十届互联网大会!', '欢迎来到青岚师范学院!', '欢迎各位来宾光临指导!', '欢迎您！'],
  },
  'site-chrome.related': {
    examples: ['相关推荐', '看了“表彰大会讲话”的人还看了：', '猜你喜欢：', '【国旗为谁升起的国旗下讲话稿】相关文章:', '[小学春季运动会开幕词 (五年级师生演讲稿)]相关文章:', '- 相关推荐', '热门标签', '相关标签:', '最新文档', '本类推荐', '热门话题', '关联:', '相关链接：', '其他相关文章: 最新增加文章:'],
    nonExamples: [],
  },
  'watermark.copy-tail': {
    examples: ['转载请保留出处。', '著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。', '链接：https://www.gongwenhui.com/a/123.html', '本文链接：www.fwsir.com/x.html'],
    nonExamples: [],
  },
  'watermark.source-stamp': {
    examples: ['【本文来源：无忧考网 www.51test.net】', '文章来源：公文汇', '（来源：第一范文网）'],
    nonExamples: [],
  },
  'watermark.copy-tail-labels': {
    examples: ['作者', '来源', '作者：公文笔记本', '来源：临江日报'],
    nonExamples: ['作者简介了自己的经历。'],
  },
  'site-chrome.disclaimer': {
    examples: ['本文内容由互联网用户自发贡献,该文观点仅代表作者本人。本站仅提供信息存储空间服务,不拥有所有权,不承担相关', '本文来源于网络，如有侵权请联系删除', '本文由网友投稿，不代表本站观点'],
    nonExamples: [],
  },
  'site-chrome.site-notice': {
    examples: ['2. 为防止用户资源被随意传播,本站部分文稿需要会员才可阅读或下载,请予谅解与支持!', '3. 本站所有资源来源于用户上传或网络,仅作为参考学习使用,如有侵权请联系站长删除!', '3、本站不支持迅雷下载,请使用电脑自带的IE浏览器下载即可。'],
    nonExamples: ['2. 本站全体职工要牢固树立安全意识。', '三、本站今年圆满完成了各项生产任务。'],
  },
  'site-chrome.site-slogan': {
    examples: ['正兴文秘网为您提供优质参考范文! 工作汇报 思想汇报 发言稿 主题教育 教案设计 对照材料', '范文网给大家提供各类讲话稿'],
    nonExamples: ['我们要为群众提供更加优质的服务。', '县卫健局为全县群众提供健康服务。'],
  },
  'site-chrome.qa-label': {
    examples: ['问题描述:', '最佳答案', '推荐答案', '其他回答'],
    nonExamples: ['最佳答案是什么?', '问题描述清楚了,解决就有了方向。'],
  },
  'site-chrome.qa-plea': {
    examples: ['在2024年卫生与健康大会暨卫生计生工作会议上的讲话,求路过的大神留个言,帮个忙!', '运动会闭幕式通讯稿,真的急需答案,求回复!', '2020中秋主题晚会方案(策划方案),有没有大佬在?求高手帮忙看看这个!'],
    nonExamples: ['高手在民间,我们要虚心向群众学习。', '同志们,大家要互相帮忙,共同进步。'],
  },
  'site-chrome.bbs-header': {
    examples: ['发信人: wqs (sam), 信区: LGDNews', '发信站: 澜工大紫丁香 (2000年06月14日09:45:56 星期三), 站内信件', '※ 来源:·水木社区 newsmth.net·[FROM: 10.0.0.1]'],
    nonExamples: ['标题:在全县安全生产工作会议上的讲话', '发信息要注意保密。'],
  },
  'site-chrome.font-size': {
    examples: ['【字体：大 中 小】', '字号：大 中 小', '我要投稿'],
    nonExamples: [],
  },
  'site-chrome.copyright': {
    examples: ['版权声明：本站内容均来自网友投稿', 'Copyright © 2023 公文汇 豫ICP备12345678号'],
    nonExamples: [],
  },
  'meta.newspaper-page': {
    examples: ['第4版()', '第2版(要闻)', '第 12 版'],
    nonExamples: ['第4版教材已经印发。'],
  },
  'meta.poster-label': {
    examples: ['一般公告 / 张贴者 教务主任', '发布者:办公室', '张贴人 王老师'],
    nonExamples: ['发布者要对信息的真实性负责。'],
  },
  'meta.periodical-issue': {
    examples: ['《新华月报(记录)》 2008年 第03期', '《求是》2019年第1期'],
    nonExamples: ['《求是》2019年第1期发表了重要文章。'],
  },
  'site-chrome.dated-link': {
    examples: ['- 2022-08-17 00:24:51 在青春的赛道上跑出最好成绩——在2022届毕业生毕业典礼上的讲话', '• 2023-05-11 校长在开学典礼上的讲话'],
    nonExamples: ['- 要抓好安全生产。', '2022-08-17,我们召开了全县安全生产工作会议。'],
  },
  'meta.published-in-column': {
    examples: ['本文2020-05-08 11:13:44发表“党会党课”栏目。', '本文于2023年6月1日发布在领导讲话栏目'],
    nonExamples: ['本文2020年发表以来，引起了广泛关注。'],
  },
  'meta.citation': {
    examples: ['引用本文:周慕冰.在二季度全市安全生产专题会议上的讲话[J].重庆市人民政府公报,2006(10).', '王明.在全市教育工作会议上的讲话[J].教育研究,2019,40(3):1-5.'],
    nonExamples: ['要引用本文件的精神，抓好落实。', '我们要认真学习领会讲话精神，结合实际抓好贯彻落实。'],
  },
  'meta.reading-time': {
    examples: ['阅读时间：约12分钟', '本文共计2146字，阅读约需6分钟', 'admin 分享 时间: 加入收藏 共计4141个字,预计阅读时长14分钟。'],
    nonExamples: ['全县共计1200个字号企业参加培训。'],
  },
  'meta.editor': {
    examples: ['责任编辑：王XX', '（责任编辑：刘XX）', '网站编辑', '责任编辑:'],
    nonExamples: ['网站编辑要对内容负责。'],
  },
  'watermark.published-by': {
    examples: ['本文转自微信公众号“安监笔杆子”，原文发布于2024年6月1日', '本文由公文范本网整理发布', '本文来源于范文网 Www.Fanwen.Com，转载请保留出处。'],
    nonExamples: [],
  },
  'promo.site-tip': {
    examples: ['公文范文网温馨提示：本文为会议开幕词范文，请结合实际修改使用。', '温馨提示：本文档下载后可编辑'],
    nonExamples: ['温馨提示：请各位代表将手机调至静音状态。'],
  },
  'promo.banner': {
    examples: ['笔墨公文｜第0317期', '【公文素材库】精选范文，仅供参考'],
    nonExamples: [],
  },
  'promo.qr-code': {
    examples: ['微信扫', '微信扫一扫', '公众号二维码', '微信二维码', '长按二维码关注“安监笔杆子”，获取更多安全生产材料', '二维码', '[群二维码]', '长按识别二维码，关注“笔墨公文”获取更多材料', '扫一扫，关注公众号领取更多讲话稿'],
    nonExamples: ['要推广使用健康码、二维码等便民服务。'],
  },
  'promo.qr-caption': {
    examples: ['湖南人大微信', '学习强国官方微信公众号', '市委组织部微信号'],
    nonExamples: ['同志们:', '要用好政务微博、政务微信。', '一、打造政务微信'],
  },
  'site-chrome.toolbar': {
    examples: ['打印 | 收藏 | 分享', '收藏｜举报'],
    nonExamples: [],
  },
  'site-chrome.comments': {
    examples: ['评论0', '网友评论', '发表评论', '请自觉遵守互联网相关政策法规，严禁发布色情、暴力、反动的言论。', '评论功能已关闭', '暂无评论', '用户评论:', '• 暂无数据', '您需要登录后才可以发表评论, 登录 或者 注册', '本文献已被 CNKI 等数据库收录!', '留言与评论(共有 条评论)', '共有 12 条评论'],
    nonExamples: ['暂无数据表明该项工作存在问题。'],
  },
  'site-chrome.english-translation': {
    examples: [
      'Comrades: On behalf of the Central Committee of the Communist Party of China, I extend the warmest congratulations to all the delegates attending the congress, and to the heroic working class of our country! Comrades, at the opening of this congress of ours, our country is in the midst of a new upsurge.',
    ],
    nonExamples: ['Welcome to China! 欢迎各位朋友来到中国。', 'Thank you very much, and welcome to our city.'],
  },
  'site-chrome.forum-status': {
    examples: ['离线admin', '离线 秘书老张', '在线laozhang'],
    nonExamples: ['在线教育', '离线状态下,数据不会丢失。'],
  },
  'site-chrome.forum-card': {
    examples: ['• 主题发起人 主题发起人 guest', '• 开始时间 开始时间', '管理成员', 'Moderator', '消息', '402,402', '荣誉分数', '声望点数', '后退', '顶部'],
    nonExamples: ['主题发起人是谁并不重要。', '402', '1,000元', '消息传来,大家都很振奋。', '开始时间定在上午九点。'],
  },
  'site-chrome.search-hint': {
    examples: ['多个检索词,请用空格间隔。', '请输入关键词'],
    nonExamples: ['关键词用空格隔开的做法,大家要记住。'],
  },
  'site-chrome.login-box': {
    examples: ['• 微信登录', '会员登录', '请使用微信扫描二维码登录', '非会员,请先注册', '微信支付', '友情链接', '注册'],
    nonExamples: ['请大家登录系统查看通知。', '登录后请及时修改密码。', '用户注册数量突破百万。', '微信支付已经走进千家万户。'],
  },
  'site-chrome.tipping': {
    examples: ['如果喜欢本篇内容,请赞赏鼓励哦!', '尚未有人赏赞,赶紧来一个吧', '请选择打赏类型', '¥8.88', '￥ 2', '赏赞'],
    nonExamples: ['我很赞赏大家这种实干精神。', '人均补贴¥800元,年底前全部发放到位。', '如果喜欢这份工作,就要把它做好。'],
  },
  'site-chrome.template-placeholder': {
    examples: ['浏览量:${art_info.hits_amount}', '评论:${art_info.comment_amount}', '点赞：{{ praise_count }}', '${article.title}'],
    nonExamples: ['浏览量:1234', '要把预算控制在{合理}范围。'],
  },
  'paywall.hidden-words': {
    examples: ['---此处隐藏3111字,下载后查看---', '(以下内容已隐藏1200字)', '……剩余隐藏 860 字……', '(......此处隐藏了394字,下载文档可见全文......)'],
    nonExamples: ['不能把问题隐藏起来,要敢于亮丑。', '此处隐藏着巨大的风险。'],
  },
  'site-chrome.read-notice': {
    examples: ['(请认真阅读下面的提示信息)', '【请仔细阅读以下说明】', '请阅读下方的注意事项'],
    nonExamples: ['请大家认真阅读下面的文件,并结合实际抓好落实。'],
  },
  'site-chrome.body-label': {
    examples: ['内容', '内容:', '【正文】', '[正文]', '正文:'],
    nonExamples: ['内容丰富多彩。', '正文部分要突出重点。'],
  },
  'site-chrome.cms-marker': {
    examples: ['#p#分页标题#e#', '— END —', '-END-'],
    nonExamples: [],
  },
  ...VIEWER_RULE_EXAMPLES,
};
