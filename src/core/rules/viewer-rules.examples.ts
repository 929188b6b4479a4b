// What each viewer line rule must match, and speech sentences it must not (test data; merged
// into LINE_RULE_EXAMPLES, not imported by the engine).
import type { RuleExamples } from './line-rules.examples';

export const VIEWER_RULE_EXAMPLES: Record<string, RuleExamples> = {
  'site-chrome.viewer-file-facts': {
    examples: [
      '上传人:牧羊曲112 文档编号:1653931 上传时间:2022-12-12 格式:PPT 页数:43 大小:1.26MB',
      '• 资源ID:7768148       资源大小:1.37MB        全文页数:90页',
      '资源格式: DOCX        下载积分:3金币',
      '- 文档编号:9031322',
      '- 上传时间:2023-02-02',
      '- 格式:DOCX',
      '- 页数:16',
      '- 大小:66.98KB',
      '编号:1638417',
      '上传人:机****料',
      'IP属地:河南',
    ],
    nonExamples: ['大小事情都要亲自过问,页数再多的材料也要认真读完。', '格式要规范,字数要控制在三千字以内。', '编号工作要在月底前完成。'],
  },
  'site-chrome.viewer-stats': {
    examples: ['- 31.80 KB', '- 2021-05-07 发布', '• 2021-01-25 发布于浙江', '• 约1千字', '• 约 2页', '• 32', '• 0', '• 举报'],
    nonExamples: ['约1千字的讲话稿要精心准备。', '2021-05-07 发布的通知要认真学习。', '32'],
  },
  'site-chrome.viewer-page-label': {
    examples: ['第1页 / 共43页', '商务文书写作ppt课件.ppt_第1页', '第8章建設工程信息管理=哈爾濱工業大學_第1頁', '压缩包内文档预览:(预览前20页/共60页)', '点击查看更多>>'],
    nonExamples: ['请大家翻到材料第1页,共有三个方面的内容。', '第1页'],
  },
  'site-chrome.viewer-shared': {
    examples: [
      '《商务文书写作ppt课件.ppt》由会员分享,可在线阅读,更多相关《商务文书写作ppt课件.ppt(43页珍藏版)》请在三一办公上搜索。',
      '《供热公司管理制度汇编修订征求意见稿 1.docx》由会员分享,可在线阅读,更多相关《供热公司管理制度汇编修订征求意见稿 1.docx(16页珍藏版)》请在冰豆网上搜索。',
    ],
    nonExamples: ['经验由会员单位分享,大家可以在线交流。'],
  },
  'site-chrome.viewer-size': {
    examples: ['29.33KB', '1.26 MB', '13 页', '共43頁', '12KB 5 页 100', '1.26MB 共43页'],
    nonExamples: ['第13页讲的是安全生产。', '13', '12KB 5 页讲的是安全', '5 页 100'],
  },
  'site-chrome.viewer-blurb': {
    examples: ['《村委会换届领导讲话篇一》由会员上传分享,免费在线阅读,更多相关内容在学术论文-天天文库', '《在全县大会上的讲话》由用户上传分享'],
    nonExamples: ['这些经验由会员单位分享,值得借鉴。', '要免费在线阅读的书很多。'],
  },
  'site-chrome.viewer-badge': {
    examples: ['✂', '__________________________________________________', 'VIP专免', '999+', '海报', '侵权投诉', '精品文档', '欢迎下载', '精品文档,欢迎下载', '合集下载', '范文大全', '资源描述:', '购物车', '我的足迹', '返回 下载 相关 举报', '关 键 词:', '用户'],
    nonExamples: ['欢迎大家下载使用政务服务APP。', '海报设计要突出主题。'],
  },
  'site-chrome.viewer-notice': {
    examples: [
      '1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。',
      '2、"仅部分预览"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款(可完整预览的文档不适用该条件!)。',
      '3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理(人工客服工作时间:9:00-18:30)。',
      '版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领',
      '1. 部分包含数学公式或PPT动画的文件,查看预览时可能会显示错乱或异常,文件下载后无此问题,请放心下载。',
      '- 3、本文档由用户上传,本站不保证质量和数量令人满意,可能有诸多瑕疵,付费之前,请仔细阅读内容确认后进行付费下载。',
      '收集于网络,如有侵权请联系管理员删除',
      '资源预览文档简介为自动调取,内容显示的完整度及准确度或有误差,请您下载后查看完整的文档内容。',
    ],
    nonExamples: ['要把材料上传到系统,方便大家下载前仔细核对。'],
  },
  'site-chrome.viewer-file-name': {
    examples: ['【讲话致辞】在欢迎XX市经贸代表团晚宴上的致辞.docx', '供热公司管理制度汇编修订征求意见稿 1.docx', '在全县安全生产工作会议上的讲话.pdf'],
    nonExamples: ['请把讲话稿另存为.docx格式后发给办公室。'],
  },
  'site-chrome.css': {
    examples: ['.ql-block{margin:0;padding:0}', 'p{text-indent:2em}', 'div.article > p, .content span{font-size:16px}', 'font-size:14px; color:#333; line-height:1.8;'],
    nonExamples: ['同志们:今天{会议}的主题是安全生产。'],
  },
};
