// Examples for frame-rules.ts (test data; line-rules.examples.ts merges them in, the engine
// does not import them). Non-examples are speech sentences with the same words.
import type { RuleExamples } from './line-rules.examples';

export const FRAME_RULE_EXAMPLES: Record<string, RuleExamples> = {
  'paywall.truncated': {
    examples: [
      '因篇幅问题不能全部显示,请点此查看更多更全内容',
      '……(开头部分已省略436字)',
      '仅展示698字,全文共15119字',
      '……(新文秘网https://www.wm114.cn省略826字,正式会员可完整阅读)',
      '……(未完,全文共6606字,当前仅显示2320字,请阅读下面提示信息。',
      '【文章共2860字，下载全文请开通会员】',
      '全文约10497字,请下载后阅读、编辑。',
    ],
    nonExamples: ['因篇幅所限，不能一一列举。', '报告全文共分三个部分，请大家认真审议。', '这次会议省略了一些程序，直接进入主题。', '会员单位可以完整阅读相关材料。', '因篇幅所限，我不再展开。'],
  },
  'paywall.login-wall': {
    examples: ['请先登录', '请先登录后再评论', '论文部分内容阅读', '登录 | 注册'],
    nonExamples: ['请先登录系统，完成网上学习。'],
  },
  'watermark.permalink': {
    examples: ['本文标题：在全县安全生产工作会议上的讲话', '链接地址：https://www.example.com/a/123.html', '固定链接：www.x.cn/p/9'],
    nonExamples: ['文章标题要简洁准确，不要哗众取宠。'],
  },
  'site-chrome.copyright-notice': {
    examples: [
      '版权声明：本文内容由互联网用户自发贡献，该文观点仅代表作者本人。如发现本站有涉嫌抄袭侵权的内容，请发送邮件至 report@example.com 举报，一经查实，本站将立刻删除。',
      '版權聲明：本站所有文章皆由網友投稿，如有侵權請來信告知。',
      '【免责声明】本站文章仅供参考',
      '2、本文档内容版权归属内容提供方,所产生的收益全部归内容提供方所有。',
    ],
    nonExamples: ['版权保护工作要常抓不懈。'],
  },
  'site-chrome.no-repost': {
    examples: ['作者原创，不允许二次传播', '本站原创，未经授权禁止转载', '未经作者允许不得转载'],
    nonExamples: ['要严格保密，严禁转发涉密文件。', '未经批准，任何单位不得擅自开工。'],
  },
  'site-chrome.site-disclaimer': {
    examples: ['导语:政协县七届三次会议开幕词一文来源于网友上传,不代表本站观点,若需要原创文章可咨询客服老师,欢迎参考。', '以上内容不代表本站立场', '如果您对本文有版权争议,请立即联系网站客服。', '如发现本站有涉嫌抄袭侵权/违法违规的内容, 请发送邮件至 report@example.com 举报,一经查实,本站将立刻删除'],
    nonExamples: ['这些意见不代表全体代表的看法。'],
  },
  'promo.collection-intro': {
    examples: [
      '序言:写作是分享个人见解和探索未知领域的桥梁,我们为您精选了8篇的竞职上岗演讲稿样本,期待这些样本能够为您提供丰富的参考和启发,请尽情阅读。',
      '情感表达是人们用语言或文学艺术手段表达内心感受的一种方式。写总结时,我们应该注重用词准确,不偏离主题,表达清晰。接下来是一些总结范文,希望对大家的写作有所启发。',
      '导语：本站为大家精选了开幕词范文，供参考。',
      '为满足你的需求,留学群特地编辑了“小学元旦致辞范文”,如果合你所需,不妨马上收藏本页。',
    ],
    nonExamples: ['接下来是一些具体要求，请大家认真落实。', '希望大家的工作有所启发、有所收获。', '后勤处王老师也特意准备了二胡独奏《赛马》，展现了老同志乐观向上的精神风貌。'],
  },
  'promo.upsell': {
    examples: ['每天仅需0.5元，海量范文随心下载', '10万道试题免费练', '立即了解>>', '立即开通'],
    nonExamples: ['农民每天缴纳的保费不到一元。', '要立即了解灾情，第一时间报告。'],
  },
  'promo.share': {
    examples: ['手机扫码阅读本文', '扫码分享', '订阅号：公文笔记', '微信扫一扫'],
    nonExamples: ['要推广扫码支付等便民服务。'],
  },
  'contact.call-teacher': {
    examples: ['请点击👉 mbgs777 👈联系老师', '联系客服', '咨询老师微信：gwxz2023'],
    nonExamples: ['有问题可以随时联系老师。'],
  },
  'meta.fields': {
    examples: ['浏览次数:  更新时间:2015-07-14 22:35:27', '2021-05-05 / 来源:邓小平文选第二卷 / 属性:政策法规-高层文献', '时间:2024-01-31 08:51:08 作者:雨中梧', '浏览次数:', '推荐人: 来源: 笔墨帮 阅读: 8.41K 次', 'General 更新 2024年04月19日'],
    nonExamples: ['时间：5月20日上午9时 地点：县委大礼堂', '主持人：张三'],
  },
  'meta.tags': {
    examples: ['标签: #教师节', '标签:', 'Tags: 讲话稿 致辞', '【标签：开学典礼】'],
    nonExamples: ['不要给群众贴标签。'],
  },
  'meta.poster': {
    examples: ['刘莉莉老师', '刘莉莉', '曹贞俊', '| 小龙', '◎ 张中俞', '欧阳华'],
    nonExamples: ['王书记', '县长王强', '同志们', '高度重视', '——在全县大会上的讲话', '张三同志', '主持人'],
  },
  'meta.date-site': {
    examples: ['10-28 德育素材网', '2022-04-03演讲稿', '2024-07-16'],
    nonExamples: ['2024年7月16日', '3-5年工作规划', '（2023年1月20日）'],
  },
  'meta.article-id': {
    examples: ['149027', '20230511'],
    nonExamples: ['2024', '谢谢大家！'],
  },
  'site-chrome.comment-count': {
    examples: ['公路通车典礼上的讲话的评论条评论', '共12条评论', '已有3人参与'],
    nonExamples: ['大家的评论很中肯。'],
  },
  'site-chrome.bookmark': {
    examples: ['收藏《在食安委例会上的讲', '收藏《在全市安全生产工作会议上的讲话》'],
    nonExamples: ['要认真学习《中国共产党纪律处分条例》。'],
  },
  'site-chrome.site-header': {
    examples: ['皮皮范文网优秀作文演讲稿内容页', '德育素材网 首页', '讲话稿 文案下载手机站', '第一范文网手机版'],
    nonExamples: ['要把网站首页建设好。'],
  },
  'site-chrome.file-name': {
    examples: ['【讲话致辞】在欢迎XX市经贸代表团晚宴上的致辞.docx', '2023年在80周年校庆上的致辞.DOCX', '党课讲稿.pdf'],
    nonExamples: ['请各单位于月底前报送材料。'],
  },
  'site-chrome.bullet': {
    examples: ['•', '●', '★★★'],
    nonExamples: [],
  },
  'site-chrome.member-badge': {
    examples: ['初到新人', '新手上路', '金牌会员'],
    nonExamples: ['新会员要尽快熟悉章程。'],
  },
};
