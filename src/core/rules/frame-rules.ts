// Whole-line rules for the lines a site prints around the article: truncation and preview-end
// notices, permalink and copyright footers, meta and poster lines, upsell and customer-service
// lines, forum badges, file names. Same shape as LINE_RULES (line-rules.ts merges them in);
// examples and clean sentences they must not match are in frame-rules.examples.ts.
import type { LineRule } from './line-rules';
import { COMPOUND_SURNAMES, SURNAMES } from './surnames';

/** Labels of the fields a site prints about an article (not about a meeting: no 地点, 主持人). */
const FIELD =
  '(?:浏览次数|浏览量|浏览|阅读量|阅读数|阅读次数|阅读|点击数|点击量|点击次数|点击|人气|热度|更新时间|更新日期|发布时间|发布日期|发表时间|发文时间|发文日期|上传时间|上传日期|录入时间|发布人|发布者|发布于|来源|作者|属性|栏目|所属栏目|分类|推荐人|小编|编辑|责任编辑|字数|时间|日期|网站|移动端|手机版|小说|书名)';
const SITE_DATE = '\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?';

/** Labels a page puts before the speaker's name. */
const SPEAKER_LABEL = '发言人|主讲人|讲话人|演讲人|致辞人|宣讲人';
/** Words that make a short line a position or a role, not a bare name. */
const POSITION = '书记|长|主任|主席|同志|委员|代表|总|师傅|先生|女士|讲话|致辞|发言';

export const FRAME_RULES: readonly LineRule[] = [
  // ── truncation and preview-end notices ────────────────────────────────────────────────────
  {
    // "……(开头部分已省略436字)", "仅展示698字,全文共15119字", "因篇幅问题不能全部显示…",
    // "……(未完,全文共6606字,当前仅显示2320字…)", "…省略826字,正式会员可完整阅读".
    id: 'paywall.truncated',
    reason: 'paywall',
    pattern:
      /因篇幅(?:问题|原因|关系|所限|限制)?[^。]{0,4}(?:不能|无法|未能|只能)(?:全部|完整)?(?:显示|展示|呈现)|省略(?:了)?\s*\d+\s*字|仅(?:展示|显示)(?:了)?\s*(?:前)?\s*\d+\s*字|(?:全文|文章|本文)(?:共|约)(?:计)?\s*\d+\s*字[,，。]|当前(?:仅|只)?(?:显示|展示)\s*\d+\s*字|(?:点此|点击)查看更多(?:更全)?内容|(?:正式|VIP|付费)?会员(?:可|才能|方可)(?:完整|全文)?(?:阅读|查看|下载)/i,
    maxLength: 120,
    zone: 'any',
  },
  {
    // The login wall and the journal databases' preview label.
    id: 'paywall.login-wall',
    reason: 'paywall',
    pattern: /^请先登录(?:后(?:再)?(?:评论|发表|查看|下载|复制|操作|阅读))?[!！。]?$|^(?:论文|文章)?部分内容阅读$|^(?:登录|注册)\s*[|｜/]\s*(?:登录|注册)$/,
    maxLength: 20,
    zone: 'any',
  },

  // ── permalink, copyright and anti-repost footers ──────────────────────────────────────────
  {
    // "本文标题：…  本文链接：http://…", "链接地址：…"
    id: 'watermark.permalink',
    reason: 'watermark',
    pattern: /^(?:本文标题|文章标题|原文标题|链接地址|文章链接|原文地址|固定链接|永久链接|本文网址|文章网址|本文永久链接|文章地址)\s*[:：]/,
    maxLength: 200,
    zone: 'any',
  },
  {
    // A copyright or disclaimer block, however long (e-mail addresses and all).
    id: 'site-chrome.copyright-notice',
    reason: 'site-chrome',
    pattern: /^[【\[（(]?\s*(?:版权声明|版權聲明|版权说明|版權說明|免责声明|免責聲明|版权所有|版權所有)\s*[:：】\]）)]|版权归属内容提供方|收益(?:全部)?归内容提供方/,
    maxLength: 400,
    zone: 'any',
  },
  {
    // "作者原创，不允许二次传播", "本站原创，未经授权禁止转载"
    id: 'site-chrome.no-repost',
    reason: 'site-chrome',
    pattern: /二次传播|(?:作者|本站|本文|本号)原创[^。]{0,12}(?:不允许|禁止|严禁|不得|请勿|未经)|未经(?:作者|本站)?(?:允许|授权|许可)[^。]{0,8}(?:不得|禁止|严禁|请勿)?(?:转载|转发|复制|摘编)/,
    maxLength: 80,
    zone: 'edge',
    // a news article's own rights line ("未经授权，不得转载、摘编") is part of that article
    speechOnly: true,
  },
  {
    // "导语:…一文来源于网友上传,不代表本站观点,若需要原创文章可咨询客服老师", "…为作者个人观点,不代表水泥网立场。"
    id: 'site-chrome.site-disclaimer',
    reason: 'site-chrome',
    // ("声明:除非特别标注,否则均为本站原创文章,转载时请以链接形式注明文章出处。如若本站内容侵犯了…")
    pattern: /不代表(?:本站|本网|[\u4e00-\u9fff]{1,6}网)(?:的)?(?:观点|立场)|来源于网友上传|(?:若|如)需(?:要)?原创文章|如发现本站有[^。]{0,30}(?:侵权|违规|违法)|版权争议|联系网站客服|一经查实[,，]?\s*本站将(?:立刻|立即|及时)?删除|除非特别(?:标注|注明)[,，]?\s{0,2}否则均为本站原创|如若本站内容侵犯了/,
    maxLength: 200,
    zone: 'any',
  },

  // ── promo: collection intros, upsell, share lines ─────────────────────────────────────────
  {
    // "序言:写作是…我们为您精选了8篇的…样本,…请尽情阅读。" "前言:本站为你精心整理了…范文,…欢迎咨询。"
    // "前言:疫情发言致辞范例2020为的会员投稿推荐,…" "…接下来是一些总结范文,希望对大家的
    // 写作有所启发。" "…怎么写,这里给大家分享…" "…给大家精编的14篇关于…" The site's lead to a
    // collection, whatever genre it announces; a speaker neither counts pieces nor asks how to write.
    id: 'promo.collection-intro',
    reason: 'promo',
    pattern:
      /为您(?:精选|整理|收集|准备)了?\s*\d*\s*篇|请尽情阅读|(?:接下来|下面|以下)是一些[^。]{0,16}(?:范文|例文|样文|范本|写作技巧)|对大家的写作有所(?:启发|帮助)|(?:特地|特意)(?:为您|为大家)?(?:编辑|整理|收集)了[^。]{0,6}(?:范文|素材|资料|文章|专题|[“"《])|不妨(?:马上|立即)?收藏本页|^(?:序言|前言|导语|导读|编者按)\s*[:：][^。]{0,60}(?:小编|本站|精选|范文|范例|样本|投稿)|(?:给|为|帮)(?:大家|您|你)(?:精编|精选|整理|收集|准备|汇编)(?:了|的)?\s*\d+\s*篇|(?:怎么|怎样|如何)写(?:好)?[^。]{0,24}?(?:这里|下面|以下|接下来|今天)[^。]{0,16}?(?:给|为|帮)(?:大家|您|你)(?:分享|介绍|整理|精编|精选|带来|推荐|准备)[^。]{0,20}?(?:范文|例文|样文|篇|稿|词)/,
    maxLength: 300,
    zone: 'any',
    wholeParagraph: true,
  },
  {
    // A site naming what it compiled, with the collection's count: "文学网整理的开学典礼的讲话稿(精选6篇),
    // 供大家参考,希望能给您提供帮助。" A speaker never counts a document's pieces in brackets.
    id: 'promo.compiled-count',
    reason: 'promo',
    pattern: /^[^。，,！？!?]{2,16}(?:整理|收集|搜集|精选|汇编|推荐)的[^。！？!?]{2,60}[(（](?:精选|通用|优秀|热门|最新|实用|经典)?[0-9０-９一二三四五六七八九十]{1,3}篇[)）]/,
    maxLength: 300,
    zone: 'any',
    wholeParagraph: true,
  },
  {
    // An article page's lead to the pieces it collects: "…本文将围绕高中校长毕业典礼精彩致辞的意义
    // 以及若干代表性篇目展开介绍。" A speaker says 今天 and 我, never 本文.
    id: 'promo.article-intro',
    reason: 'promo',
    pattern: /本文将(?:围绕|就|从)[^。]{0,40}?(?:篇目|范文|例文|几篇|[0-9]{1,3}篇)[^。]{0,10}?(?:展开|进行)?(?:介绍|分享|推荐)/,
    maxLength: 300,
    zone: 'any',
    wholeParagraph: true,
  },
  {
    // Course and membership ads between the article's lines.
    id: 'promo.upsell',
    reason: 'promo',
    pattern: /(?:每天|每日|每月|低至)\s*(?:仅需|只需|只要)\s*\d+(?:\.\d+)?\s*元|\d+(?:\.\d+)?\s*万\s*(?:道|套)(?:试题|真题|题目|习题|题库)|^立即(?:了解|咨询|购买|开通|领取|抢购|体验|报名)\s*[!！>》»]*$|^[\u4e00-\u9fff]{1,6}\s{0,2}(?:领|抢|赚|得)红包[!！]?$/,
    maxLength: 60,
    zone: 'edge',
  },
  {
    // "手机扫码阅读本文", "扫码分享", "订阅号：…"
    id: 'promo.share',
    reason: 'promo',
    pattern: /扫码(?:阅读|查看|打开|分享|收藏)|手机(?:扫码|扫一扫|阅读本文|查看本文)|^(?:微信)?(?:订阅号|服务号|公众号)(?:\s*[:：]|$)|^(?:微信|手机)?扫一扫$/,
    maxLength: 40,
    zone: 'any',
  },

  {
    // A site's search box left its empty answer on the page: "• 沒有找到結果。"
    id: 'site-chrome.search-no-result',
    reason: 'site-chrome',
    pattern: /^[•·]?\s{0,2}(?:没有|未|无法)?找到(?:相关|任何)?(?:结果|内容|记录)[。.!！]?$|^(?:没有|暂无|无)(?:相关|搜索|匹配)?(?:结果|记录)[。.!！]?$/,
    maxLength: 20,
    zone: 'edge',
  },
  {
    // A reading site's novel ad under the text: "精品小說推薦: 昔日落魄少年被逐出家族,福禍相依…"
    id: 'promo.novel-ad',
    reason: 'promo',
    pattern: /^(?:精品|热门|精彩|经典|好看的?|人气)?(?:小说|好书)推荐\s{0,2}[:：]/,
    maxLength: 120,
    zone: 'any',
  },

  // ── contact: "联系老师", customer service ─────────────────────────────────────────────────
  {
    // "请点击👉 mbgs777 👈联系老师", "联系客服"
    id: 'contact.call-teacher',
    reason: 'contact',
    pattern:
      /[A-Za-z][A-Za-z0-9_-]{4,19}[^。\u4e00-\u9fff]{0,6}(?:联系|咨询|添加|加)(?:老师|客服|小编|作者)|(?:联系|咨询|添加)(?:老师|客服|小编)(?:微信|QQ|V)?[^。\u4e00-\u9fff]{0,6}[A-Za-z][A-Za-z0-9_-]{4,19}|^(?:联系客服|在线客服|客服中心|人工客服|咨询客服)$/i,
    maxLength: 60,
    zone: 'any',
  },

  // ── meta: fields, tags, posters, ids ──────────────────────────────────────────────────────
  {
    // Two labelled fields on one line, a date first or not, values empty or not:
    // "浏览次数:  更新时间:2015-07-14 22:35:27", "2021-05-05 / 来源:… / 属性:…"; or a
    // counter alone: "浏览次数:", "最近1小时浏览次数:763", "• 点击数:2,404". The column's name may stand first ("领导讲话  发文时间:… 浏览次数:"). A news CMS's source alone ("新闻来源:财富海西网"); a date it was posted, updated or created ("• 创建于 2014-09-06").
    id: 'meta.fields',
    reason: 'meta',
    pattern: new RegExp(
      `^(?:[\\u4e00-\\u9fff]{2,8}\\s{1,4})?(?:${SITE_DATE}[\\s/|｜·]*)?${FIELD}\\s*[:：][^。！？]{0,40}?${FIELD}\\s*[:：]|^(?:[•·]\\s{0,2})?(?:(?:最近|近)\\s?\\d{1,3}\\s?(?:小时|天|日|周|个月)\\s?)?(?:浏览次数|阅读次数|点击次数|浏览量|阅读量|点击量|点击数|阅读数|浏览数|人气)\\s*[:：]\\s*(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+)\\s*次?)?$|^(?:新闻|信息)来源\\s*[:：]\\s*[^\\s。！？，,]{0,20}$|(?:^|\\s)(?:最近|最后)?(?:更新|发布|发表|上传|录入|加入|添加|创建|修改)(?:于|时间|日期)?\\s*[:：]?\\s*${SITE_DATE}$`,
    ),
    maxLength: 120,
    zone: 'any',
  },
  {
    // "标签: #教师节", "标签:", "Tags: 讲话稿"; "推荐访问:共青团 代表大会" (a tag list under another label);
    // an essay site's "进入专题: 知识产权   WTO" (the topics it files the text under); keywords parted by spaces
    // ("关键词: 消防 安全 知识 教育 讲座"), anywhere (a speaker's "今年的关键词:创新" is one word and a sentence), or
    // as a viewer's bulleted row under its label ("- 23 世界 读书 开幕词")
    id: 'meta.tags',
    reason: 'meta',
    pattern: /^[【\[]?(?:标签|标 签|热门标签|TAGS?|推荐访问|相关搜索|(?:相关)?热词(?:搜索)?|进入专题)\s*[:：]|^(?:关键词|关键字)\s{0,2}[:：]\s{0,2}(?:[\u4e00-\u9fffA-Za-z0-9]{1,8}\s{1,3}){1,10}[\u4e00-\u9fffA-Za-z0-9]{1,8}$|^[-•·]\s{1,2}(?:[\u4e00-\u9fffA-Za-z0-9]{1,8}\s{1,3}){2,10}[\u4e00-\u9fffA-Za-z0-9]{1,8}$|[,，]\s{0,2}标签\s{0,2}[:：][^。！？,，]{1,30}[,，]\s{0,2}(?:https?:\/\/|www\.)[\w./-]{4,60}$/i,
    maxLength: 60,
    zone: 'any',
  },
  {
    // A poster's bare name under the title or between its repeats: "刘莉莉老师", "曹贞俊",
    // "| 小龙", "◎ 张中俞"; the speakers' bare names in a row ("许明远、陈振华、谢国梁"); a
    // speaker's label with a bare name ("发言人:韩立谦"); a name letter-spaced ("郑 立 衡"); a column's author card
    // ("张维为作者"), a news agency's speaker tag in brackets ("[俞正声]"), a post's author line ("文/李建平", "(作者:邓书淮)"), a CMS's bulleted author field with the office that posted
    // it ("• 顾怀瑾 (宣传部)"). A byline with a position ("县委书记
    // 王立新", "主讲人:县委书记 王立新") is the speech's.
    id: 'meta.poster',
    reason: 'meta',
    pattern: new RegExp(
      `^[|¦｜◎]\\s*[\\u4e00-\\u9fffA-Za-z0-9_]{1,12}$|^[•·◎|｜]\\s{0,2}(?:[${SURNAMES}][\\u4e00-\\u9fff]{1,2}|(?:${COMPOUND_SURNAMES})[\\u4e00-\\u9fff]{1,2})\\s{0,2}[（(][\\u4e00-\\u9fff]{1,10}(?:部|处|办|室|科|组|站|中心|办公室)[)）]$|^(?!(?:贺|祝|致|谢|讲|发|献|前|序|目|正|附)[ \\u3000]{1,3}(?:词|辞|谢|话|言|录|文|件))[${SURNAMES}][ \\u3000]{1,3}[\\u4e00-\\u9fff]$|^(?!.*(?:${POSITION}))(?:[${SURNAMES}][\\u4e00-\\u9fff]{2}|(?:${COMPOUND_SURNAMES})[\\u4e00-\\u9fff]{1,2}|[${SURNAMES}][\\u4e00-\\u9fff](?=老师))(?:老师)?$|^(?!.*(?:${POSITION}))[${SURNAMES}][\\u4e00-\\u9fff]{1,2}(?:、[${SURNAMES}][\\u4e00-\\u9fff]{1,2}){1,4}$|^(?:${SPEAKER_LABEL})\\s?[:：]\\s?(?!\\S*(?:${POSITION}))(?:[${SURNAMES}][\\u4e00-\\u9fff]{1,2}|(?:${COMPOUND_SURNAMES})[\\u4e00-\\u9fff]{1,2})(?:老师)?$|^[${SURNAMES}]\\s{1,3}[\\u4e00-\\u9fff]\\s{1,3}[\\u4e00-\\u9fff]$|^(?:[${SURNAMES}][\\u4e00-\\u9fff]{1,2}|(?:${COMPOUND_SURNAMES})[\\u4e00-\\u9fff]{1,2})\\s{0,2}作者$|^\\[(?:[${SURNAMES}][\\u4e00-\\u9fff]{1,2}|(?:${COMPOUND_SURNAMES})[\\u4e00-\\u9fff]{1,2})\\]$|^文\\s{0,2}[/／]\\s{0,2}(?:[${SURNAMES}][\\u4e00-\\u9fff]{1,2}|(?:${COMPOUND_SURNAMES})[\\u4e00-\\u9fff]{1,2})$|^[（(]\\s{0,2}(?:作者|撰稿|撰文)\\s{0,2}[:：]\\s{0,2}(?:[${SURNAMES}][\\u4e00-\\u9fff]{1,2}|(?:${COMPOUND_SURNAMES})[\\u4e00-\\u9fff]{1,2})\\s{0,2}[)）]$`,
    ),
    maxLength: 24,
    zone: 'preamble',
    speechOnly: true,
  },
  {
    // "10-28 德育素材网", "2022-04-03演讲稿": a site date with its name or category; a bare
    // "2024-07-16", "2012/3/21" (a speech dates itself "2024年7月16日"); the poster's role before
    // it ("管理员 2024-05-27"), a user's handle on a post ("观察者网用户_228999-2019-01-01 09:47"), the
    // column it is filed under ("公司新闻 | 2019-05-24", its clicks after it: "通知公告 | 2016-04-07 17:25 | 点击:880") or the portal it came from ("新浪财经·2025-12-29 03:18");
    // a CMS's time stamp before its author field, whoever
    // it names ("2018-05-24 下午 03:02   作者:…副市长 钟立平"); a date with a field in brackets after it, its label
    // mis-encoded or not ("2022-11-09 (来源: 中国酒业)", "2022-11-09 (à′?′: ì???í?)"); a repost's bracketed
    // "(2020/08/24)" (the speech's own "(2020年8月23日,广西东兴)" stays).
    id: 'meta.date-site',
    reason: 'meta',
    pattern: /^(?:\d{4}-\d{1,2}|\d{2})-\d{1,2}\s*[\u4e00-\u9fff][^\s。！？，,：:]{1,11}(?:\s+[^\s。！？]{1,12}){0,2}$|^[（(]\s?\d{4}\s?[-/.]\s?\d{1,2}\s?[-/.]\s?\d{1,2}\s?[)）]$|^(?:(?:网站)?管理员|站长|小编|admin|[\u4e00-\u9fff]{1,10}用户[_\s]?[A-Za-z0-9]{1,12}|[\u4e00-\u9fff]{2,8}\s{0,6}[|｜·•])?[\s_-]{0,6}\d{4}\s?[-/.]\s?\d{1,2}\s?[-/.]\s?\d{1,2}(?:\s[0-2]?\d:[0-5]\d(?::[0-5]\d)?)?(?:\s{0,6}[|｜]\s{0,6}(?:点击|浏览|阅读|访问)(?:量|数|次数)?\s{0,2}[:：]\s{0,2}\d{1,9})?$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s{0,2}(?:上午|下午)?\s{0,2}[0-2]?\d:[0-5]\d(?::[0-5]\d)?\s{1,6}(?:作者|来源|发布者?|编辑)\s{0,2}[:：]|^\d{4}-\d{1,2}-\d{1,2}(?:\s[0-2]?\d:[0-5]\d(?::[0-5]\d)?)?\s{0,3}[（(][^（()）:：]{1,12}[:：][^（()）]{0,30}[)）]$/i,
    maxLength: 40,
    zone: 'preamble',
  },
  {
    // A Taiwanese site's date in the ROC calendar, year 100–119: "106/10/28", "110.3.5" (a speech
    // dates itself in words).
    id: 'meta.date-roc',
    reason: 'meta',
    // — or in brackets with the poster's name: "【86.06/林振堂】"
    pattern: /^1[01]\d\s?[/.]\s?\d{1,2}\s?[/.]\s?\d{1,2}$|^【\d{2,3}[./]\d{1,2}(?:[./]\d{1,2})?\s{0,2}[/／]\s{0,2}[\u4e00-\u9fff]{2,4}】$/,
    maxLength: 16,
    zone: 'preamble',
  },
  {
    // A blog's date header with the weekday: "2008年6月10日 星期二", "2021年3月5日(周五)". A speech's
    // own date line names no weekday.
    id: 'meta.date-weekday',
    reason: 'meta',
    pattern: /^\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日\s{0,3}[(（]?(?:星期|礼拜|周)[一二三四五六日天][)）]?$/,
    maxLength: 24,
    zone: 'preamble',
  },
  {
    // A bare "2023-09-08" among the last lines too (a viewer's upload date, a post's date): a speech
    // dates itself "2023年9月8日", and a dotted or slashed date there may close it ("2017.4.18").
    id: 'meta.date-bare',
    reason: 'meta',
    pattern: /^\d{4}-\d{1,2}-\d{1,2}(?:\s[0-2]?\d:[0-5]\d(?::[0-5]\d)?)?$/,
    maxLength: 20,
    zone: 'tail',
  },
  {
    // An article id alone on the last lines: "149027".
    id: 'meta.article-id',
    reason: 'meta',
    pattern: /^\d{5,9}$/,
    maxLength: 9,
    zone: 'tail',
  },

  {
    // A comment box's heading with its count: "…讲话的评论条评论", "共12条评论".
    id: 'site-chrome.comment-count',
    reason: 'site-chrome',
    pattern: /的评论\s*\d*\s*条(?:评论)?$|^(?:共|已有)\s*\d+\s*(?:条评论|人评论|人参与)/,
    maxLength: 80,
    zone: 'any',
  },
  {
    // A bookmark button with the article's name: "收藏《在食安委例会上的讲话》".
    id: 'site-chrome.bookmark',
    reason: 'site-chrome',
    pattern: /^(?:收藏|分享|打印|下载)\s*《[^》]{2,60}(?:》|$)/,
    maxLength: 70,
    zone: 'edge',
  },

  // ── site chrome ───────────────────────────────────────────────────────────────────────────
  {
    // "皮皮范文网优秀作文演讲稿内容页", "德育素材网 首页", "讲话稿 文案下载手机站"; a banner in
    // brackets of the site's domain, name and slogan: "【23xiu.com-爱上秀-教育信息门户网】"
    id: 'site-chrome.site-header',
    reason: 'site-chrome',
    pattern:
      /^[\u4e00-\u9fffA-Za-z0-9]{2,16}(?:网|站)[\u4e00-\u9fff\s]{0,12}(?:内容页|列表页|栏目页|正文页|首页|手机版|移动版|电脑版)$|^[\u4e00-\u9fff\s]{2,20}(?:手机站|手机版|移动站|移动版|电脑版)$|^[【\[]\s{0,2}(?:www\.)?[A-Za-z0-9-]{2,30}\.(?:com|cn|net|org|cc|vip|top)(?:\.cn)?(?:\s{0,2}[-—·|｜]\s{0,2}[\u4e00-\u9fff]{2,16}){1,2}\s{0,2}[】\]]$/,
    maxLength: 60,
    zone: 'edge',
  },
  {
    // The uploaded file's name: "【讲话致辞】在欢迎XX市经贸代表团晚宴上的致辞.docx"
    id: 'site-chrome.file-name',
    reason: 'site-chrome',
    pattern: /^[^。！？!?《》]{2,90}\.(?:docx?|pdf|wps|pptx?|xlsx?|txt)$|^《[^。！？!?《》]{2,90}\.(?:docx?|pdf|wps|pptx?|xlsx?|txt)》$/i,
    maxLength: 100,
    zone: 'edge',
  },
  {
    // The footer's links run together: "首页设为首页加入收藏关于我们", "关于我们 | 联系我们 | 网站地图".
    // Only a line made of three or more of these link words.
    id: 'site-chrome.footer-links',
    reason: 'site-chrome',
    pattern:
      /^(?:(?:网站首页|首页|设为首页|加入收藏|收藏本站|关于我们|联系我们|网站地图|网站导航|免责声明|版权声明|隐私政策|用户协议|广告服务|广告合作|商务合作|意见反馈|留言反馈|友情链接|帮助中心|投稿须知|返回顶部|手机版|顶部|打印|关闭|关闭窗口|打印本页)[\s|｜·•/-]{0,3}){3,12}$/,
    maxLength: 80,
    zone: 'any',
  },
  {
    // The capture cut inside the footer's first link, on the text's last line: "设为首", "加入收", "联系我们"
    // alone after "谢谢大家!" — a link's words, whole or cut by one character, never a speaker's.
    id: 'site-chrome.cut-footer-link',
    reason: 'site-chrome',
    pattern: /^(?:设为首页?|加入收藏?|收藏本站?|关于我们?|联系我们?|网站地图?|网站导航?|返回顶部?|网站首页?|免责声明?|友情链接?)$/,
    maxLength: 4,
    zone: 'tail',
  },
  {
    // A lone bullet left from a list of meta items ("曹贞俊 • 2025-03-25").
    id: 'site-chrome.bullet',
    reason: 'site-chrome',
    pattern: /^[•·●◆◇■□★☆▪▫○]{1,3}$/,
    maxLength: 3,
    zone: 'any',
  },
  {
    // A forum member's rank printed under the post: "初到新人", "新手上路", "金牌会员".
    id: 'site-chrome.member-badge',
    reason: 'site-chrome',
    pattern: /^(?:初到新人|新手上路|初来乍到|注册会员|初级会员|中级会员|高级会员|金牌会员|银牌会员|钻石会员|论坛元老|超级版主|实习版主)$/,
    maxLength: 6,
    zone: 'edge',
  },
];
