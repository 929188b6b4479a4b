// Whole-line chrome of document viewers (文库, docx/pdf viewers): the file's facts (编号, 格式,
// 页数, 大小, 上传时间), page labels ("第1页 / 共43页", "…ppt_第1页"), the "由会员分享" line,
// badges and buttons on lines of their own (VIP专免, 999+, 海报, 侵权投诉), the viewer's notices,
// the file name printed under the text, leaked CSS. Part of LINE_RULES; examples in
// viewer-rules.examples.ts.
import type { LineRule } from './line-rules';

const SIZE = '\\d{1,5}(?:\\.\\d{1,3})?\\s{0,2}[KMG]?B';

export const VIEWER_LINE_RULES: readonly LineRule[] = [
  {
    // "上传人:牧羊曲112 文档编号:1653931 上传时间:2022-12-12 格式:PPT 页数:43 大小:1.26MB",
    // "• 资源ID:7768148 资源大小:1.37MB 全文页数:90页", "- 页数:16", a template shop's "• 软件:Office 2016及以上版本"
    // and "Word格式/内容可修改"
    id: 'site-chrome.viewer-file-facts',
    reason: 'site-chrome',
    pattern: new RegExp(
      `^[-•·*]?\\s{0,2}(?:(?:资源|文件|文档)?大小\\s{0,2}[:：]\\s{0,2}${SIZE}|(?:全文|文档|文件)?页数\\s{0,2}[:：]\\s{0,2}\\d{1,5}|(?:资源|文档|文件)?格式\\s{0,2}[:：]\\s{0,2}(?:DOCX?|PDF|PPTX?|TXT|WPS|RAR|ZIP|XLSX?)\\b|(?:资源|文档)?(?:编号|ID)\\s{0,2}[:：]\\s{0,2}\\d{5,}|上传(?:时间|日期)\\s{0,2}[:：]\\s{0,2}\\d{4}|上传(?:人|者)\\s{0,2}[:：]|下载积分\\s{0,2}[:：]|IP属地\\s{0,2}[:：]|(?:所需)?软件\\s{0,2}[:：]\\s{0,2}(?:Office|WPS|Word|Microsoft)|(?:Word|WPS|DOCX?)格式\\s{0,2}[/／|｜,，]\\s{0,2}内容可(?:修改|编辑)$)`,
      'i',
    ),
    maxLength: 160,
    zone: 'any',
  },
  {
    // A document page's field labels on lines of their own, each value on the next line or none: "所属分类:",
    // "文件大小:", "下载地址:", "相关资料:" — and the file's name with its abstract's label ("…视频会议内容提要:").
    id: 'site-chrome.viewer-field-label',
    reason: 'site-chrome',
    pattern: /^(?:所属分类|所属栏目|文件大小|资料大小|文件格式|文档格式|文件类型|资料类别|资料类型|下载地址|下载次数|相关资料|相关文档|更新时间|上传时间|所需积分|下载积分)\s{0,2}[:：]$|^[^。！？:：]{2,60}(?:内容提要|内容简介|内容摘要)\s{0,2}[:：]$/,
    maxLength: 70,
    zone: 'preamble',
  },
  {
    // A viewer's info box as a bulleted list: "- 31.80 KB", "• 2021-01-25 发布于浙江", "• 约1千字",
    // "• 约 2页", "• 32" (views), "• 举报".
    id: 'site-chrome.viewer-stats',
    reason: 'site-chrome',
    pattern: new RegExp(
      `^[-•·*]?\\s{0,2}(?:${SIZE}|\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?\\s{0,2}发布(?:于[\\u4e00-\\u9fff]{2,8})?|约\\s{0,2}\\d{1,5}(?:\\.\\d)?\\s{0,2}[千万]?字|(?:约|共)\\s{0,2}\\d{1,5}\\s{0,2}页)$|^[-•·*]\\s{0,2}(?:\\d{1,6}|举报|收藏|分享|下载|打印)$`,
      'i',
    ),
    maxLength: 40,
    zone: 'any',
  },
  {
    // "第1页 / 共43页", "商务文书写作ppt课件.ppt_第1页", "压缩包内文档预览:(预览前20页/共60页)"
    id: 'site-chrome.viewer-page-label',
    reason: 'site-chrome',
    pattern:
      /^第\s{0,2}\d{1,4}\s{0,2}[页頁]\s{0,2}[/／]\s{0,2}共\s{0,2}\d{1,4}\s{0,2}[页頁]$|_第\s{0,2}\d{1,4}\s{0,2}[页頁]$|预览前\s{0,2}\d{1,4}\s{0,2}[页頁]\s{0,2}[/／]\s{0,2}共\s{0,2}\d{1,4}\s{0,2}[页頁]|^点击查看更多\s{0,2}>{0,2}$/,
    maxLength: 100,
    zone: 'any',
  },
  {
    // "《…》由会员分享,可在线阅读,更多相关《…(16页珍藏版)》请在冰豆网上搜索。"
    id: 'site-chrome.viewer-shared',
    reason: 'site-chrome',
    pattern: /由会员分享\s{0,2}[,，]?\s{0,2}可在线阅读|页珍藏版[)）]?》?\s{0,2}请在\s{0,2}[^\s。]{2,12}上搜索/,
    maxLength: 240,
    zone: 'any',
  },
  {
    // A document site's blurb for the file: "《…》由会员上传分享,免费在线阅读,更多相关内容在学术论文-天天文库"; its note
    // that every file is a user's ("参考文库所有资源均是用户分享,仅供网友学习交流,…").
    id: 'site-chrome.viewer-blurb',
    reason: 'site-chrome',
    pattern: /由(?:会员|用户|网友)上传分享|免费在线阅读[,，]\s?更多相关内容|^[^。！？]{2,12}所有(?:资源|文档|资料)均?(?:是|为|由|系)?(?:用户|会员|网友)(?:分享|上传)/,
    maxLength: 200,
    zone: 'any',
  },
  {
    // Badges and buttons on a line of their own; a page's separator rule ("_____"); a preview's
    // scissors where it cuts the text ("✂"); the file's type alone under its title ("docx"); a slide pack's
    // "配套讲稿:" and "特殊限制:".
    id: 'site-chrome.viewer-badge',
    reason: 'site-chrome',
    pattern:
      /^(?:_{10,}|[✂✄]|VIP专免|VIP专享|VIP免费|免费下载|\d{1,3}\+|海报|侵权投诉|版权申诉|关于本文|精品文档|欢迎下载|精品文档[,，\s]{0,3}欢迎下载|合集下载|范文大全|资源描述[:：]?|配套讲稿[:：]?|特殊限制[:：]?|内容简介[:：]?|文档简介|文档介绍[:：]?|资源目录|购物车|我的足迹|认证信息|个人认证|实名认证|下载本文档|docx?|pdf|pptx?|wps|txt|xlsx?|返回\s{0,2}下载\s{0,2}相关\s{0,2}举报|关\s?键\s?词\s{0,2}[:：]?|用户)$/i,
    maxLength: 80,
    zone: 'any',
  },
  {
    // The file's size and page count on lines of their own under a viewer's title: "29.33KB", "13 页";
    // or on one line, with the views after them: "12KB 5 页 100".
    id: 'site-chrome.viewer-size',
    reason: 'site-chrome',
    pattern: new RegExp(`^${SIZE}$|^(?:共\\s{0,2})?\\d{1,4}\\s{0,2}[页頁]$|^${SIZE}\\s{1,3}(?:共\\s{0,2})?\\d{1,4}\\s{0,2}[页頁](?:\\s{1,3}\\d{1,7})?$`, 'i'),
    maxLength: 32,
    zone: 'any',
  },
  {
    // The viewer's own notices about downloads, previews and rights, its loading line ("预览加载中,请您耐心等待几秒...")
    // and its download help ("如果您无法下载资料,请参考说明:" / "1、部分资料下载需要金币…", "压缩包解压密码:www.…"), what
    // its slides hold ("如PPT文件的首页显示word图标,表示…"), its rights over pictures ("…仅作为作品整体效果示例展示,禁止商用。").
    id: 'site-chrome.viewer-notice',
    reason: 'site-chrome',
    pattern:
      /当前文档最多只能预览\s{0,2}\d{1,3}\s{0,2}页|首页显示word图标|双击word图标可打开|仅作为作品整体效果示例展示|仅对作品中独创性部分享有著作权|下载文档前请自行甄别|仅部分预览|不可在线预览部分|如文档侵犯您的权益|本文档由用户(?:提供并)?上传|收益归属内容提供方|本站不保证质量和数量|收集于网络\s{0,2}[,，]?\s{0,2}如有侵权请联系管理员删除|文件下载后无此问题|预览时可能会显示错乱|下载前请仔细阅读文档内容|付费完成后未能成功下载|可反馈申请退款|预览文档简介为自动调取|内容显示的完整度及准确度或有误差|^(?:文档|预览|内容|页面)?(?:正在)?加载中[,，.。…]{0,3}\s{0,2}请(?:您)?耐心等待|^(?:压缩包|文件)?解压密码\s{0,2}[:：]|^(?:如果|若)(?:您)?无法下载(?:资料|文档)?[,，]?\s{0,2}请参考(?:以下)?说明|^(?:\d{1,2}[、.．]\s{0,2})?(?:部分(?:资料|文档)下载需要(?:金币|积分|下载券)|已购买过的(?:文档|资料)[,，]\s{0,2}再次下载不(?:重复)?扣费|(?:资料包|压缩包)下载后请先用(?:软件)?解压)/,
    maxLength: 200,
    zone: 'any',
  },
  {
    // The file name printed under the document: "【讲话致辞】在欢迎XX市经贸代表团晚宴上的致辞.docx".
    // At the head it may be the only title the page shows (the title reader drops the suffix).
    id: 'site-chrome.viewer-file-name',
    reason: 'site-chrome',
    pattern: /^(?:【[^【】]{1,12}】)?[^。！？!?]{2,80}\.(?:docx?|pdf|pptx?|wps|txt|xlsx?)$/i,
    maxLength: 100,
    zone: 'tail',
  },
  {
    // Style sheet text leaked into the page: ".ql-block{margin:0}", "p{text-indent:2em}".
    id: 'site-chrome.css',
    reason: 'site-chrome',
    pattern: /^[.#@]?[a-zA-Z][\w.-]{0,40}(?:(?:\s{0,2}[,>]\s{0,2}|\s{1,2})[.#]?[a-zA-Z][\w.-]{0,40}){0,6}\s{0,2}\{[^{}]{0,300}\}$|^(?:[a-z-]{2,30}\s{0,2}:\s{0,2}[^;:{}]{1,60};\s{0,2}){2,20}$/,
    maxLength: 400,
    zone: 'any',
  },
];
