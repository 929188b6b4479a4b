// Whole-line noise rules, as data. A line (one source block, normalized) is noise when a rule's
// pattern matches it, the line is no longer than `maxLength`, and the line sits in the rule's zone.
// Every rule has lines it must match and speech sentences it must not in line-rules.examples.ts
// (kept apart so the content script does not ship them); test/core/rules.test.ts checks both,
// and that each pattern is safe from catastrophic backtracking (no nested unbounded quantifiers).
import type { RemovedReason } from '../types';
import { FRAME_RULES } from './frame-rules';
import { VIEWER_LINE_RULES } from './viewer-rules';

/**
 * - `any`: anywhere in the document;
 * - `preamble`: before the speech body starts (above the salutation / first prose paragraph);
 * - `edge`: within the first or last few blocks (promo headers and footers of subscription packs);
 * - `tail`: within the last few blocks only (copy tails: "作者：… 链接：… 来源：…");
 * - `intro`: in the head, above the speech's first salutation (read for `wholeParagraph` rules).
 */
export type Zone = 'any' | 'preamble' | 'edge' | 'tail' | 'intro';

export interface LineRule {
  id: string;
  reason: RemovedReason;
  pattern: RegExp;
  maxLength: number;
  zone: Zone;
  /** noise on a speech, content elsewhere (a news article's own editor credit): applied only
   * when the document turns out to be a speech */
  speechOnly?: boolean;
  /** a site's intro ("讲话稿是…。下面是小编整理的…"): above the speech's salutation it takes its
   * whole paragraph, finished sentences before the match included */
  wholeParagraph?: boolean;
  /** a label at the paragraph's start that makes all of it the page's ("编者按:", "按:"): in the
   * head it takes its whole paragraph, a salutation below it or not */
  labelledParagraph?: boolean;
}


const NOT_SENTENCE = '[^。！？]';

const CORE_RULES: readonly LineRule[] = [
  // ── paywall: membership nags and the boxes that hold them ──────────────────────────────
  {
    id: 'paywall.copy-needs-membership',
    reason: 'paywall',
    pattern: new RegExp(`(?:复制|下载|查看|阅读|全文)${NOT_SENTENCE}{0,20}(?:赞助|开通|升级|购买|加入|充值|成为)${NOT_SENTENCE}{0,8}(?:VIP|会员)`, 'i'),
    maxLength: 120,
    zone: 'any',
  },
  {
    // A shop's terms of sale under a paid document: "此资源购买后30天内可下载。", "➊登陆后充值阅读更便捷(强烈推荐)",
    // "如需用支付宝支付,请在浏览器中登陆本站完成支付后使用。" (a speaker sells nothing to his audience)
    id: 'paywall.purchase-terms',
    reason: 'paywall',
    pattern: /^(?:此|本)(?:资源|文档|资料|文章|范文)购买后[^。！？!?]{0,12}(?:下载|阅读|查看)|登[录陆]后充值|充值(?:后)?(?:阅读|下载)更(?:便捷|方便)|(?:用|使用)(?:支付宝|微信)支付[，,]\s{0,2}请[^。！？!?]{0,24}(?:登[录陆]|完成支付)/,
    maxLength: 60,
    zone: 'any',
  },
  {
    id: 'paywall.become-member',
    reason: 'paywall',
    pattern: /(?:赞助|开通|升级|购买|加入|成为|充值)(?:VIP|年费|终身|超级)?(?:会员|VIP)|VIP(?:会员|用户)?(?:专享|免费|畅读|下载|查看)/i,
    maxLength: 40,
    zone: 'any',
  },
  {
    id: 'paywall.preview-ended',
    reason: 'paywall',
    pattern: /^以上(?:为|是)?(?:部分|节选)内容预览|如需(?:源文档|原文档|完整文档|完整版)[,，]?\s{0,2}请(?:登[录陆]|下载|购买)|全文预览已结束|(?:全文)?(?:阅读|预览|试读)已结束|^(?:在线|免费)?(?:全文)?(?:预览|试读)结束(?=$|[,，。.!！:：\s])|已阅读\s*\d+\s*页[^。]{0,6}还剩\s*\d+\s*页|已超出(?:免费)?(?:预览|试读|阅读)范围/,
    maxLength: 80,
    zone: 'any',
  },
  {
    id: 'paywall.read-or-download',
    reason: 'paywall',
    pattern:
      /^(?:点击)?(?:继续(?:免费)?阅读|阅读全文|查看全文|展开全文|查看完整内容|下载本文|下载$|下载全文|下载文件|下载附件|下载文档|下载此文档|下载该文档|下载word文档|免费下载|立即下载|复制全文|一键复制|复制下载|显示更多|加载更多)[^。]{0,20}$/i,
    maxLength: 30,
    zone: 'any',
  },
  {
    // A template site's Word-download box under the text: "推荐度:", "文档为doc格式", "文章下载",
    // "将本文的Word文档下载到电脑,方便收藏和打印", "VIP请直接点击按钮下载本文的Word文档…".
    id: 'paywall.word-download-box',
    reason: 'paywall',
    // — and its numbered notes, each a line of its own whatever follows its opening words: "1、下载的文档为doc格式,
    // 下载后可用Word文档或者wps打开进行编辑;", "3、下载时请不要更换浏览器…", "4、下载后的文档,内容与下面显示的完全一致…"
    pattern:
      /^(?:推荐度|文档为\s{0,2}(?:docx?|pdf|txt|wps)\s{0,2}格式|文章下载|本文下载)\s{0,2}[:：]?$|(?:将|下载)本文的\s{0,2}Word\s{0,2}文档|缺省\s{0,2}Word\s{0,2}文档下载|^(?:\d{1,2}[、.．]\s{0,2})?(?:下载的文档为\s{0,2}(?:docx?|pdf|wps)\s{0,2}格式|若打开文档排版布局出现错乱|下载时请不要更换浏览器|下载后的文档[,，]\s{0,2}内容与下面显示的完全一致)[^\n]{0,80}$/i,
    maxLength: 120,
    zone: 'any',
  },
  {
    id: 'paywall.login-or-remaining',
    reason: 'paywall',
    pattern: /^阅读(?:完整|全部)内容[,，]\s{0,2}请(?:点击|登[录陆]|购买)[^。]{0,12}$|^展开(?:剩余|全文|阅读|全部)|(?:剩余|还有|还剩)\s*(?:\d+|\.{2,6}|…{1,3})\s*(?:字|页|%)\s*(?:未读|未显示)|登[录陆]后(?:即可)?(?:查看|阅读|复制|下载)|(?:完整|全部|剩余|更多)内容请?(?:下载|登[录陆]|开通|购买)|(?:会员|付费)(?:专享|可见|内容)|试读结束|需要?先登[录陆][!！。)）]*$/,
    maxLength: 60,
    zone: 'any',
  },
  {
    // A magazine site's note on how its articles may be kept: "网站仅支持在线阅读(不支持PDF下载),如需保存文章,
    // 可以选择【打印】保存。"
    id: 'paywall.online-only',
    reason: 'paywall',
    pattern: /^(?:本站|网站|本网)仅支持在线阅读[^。！!]{0,40}(?:保存|下载)[^。！!]{0,20}[。！!]?$/,
    maxLength: 80,
    zone: 'any',
  },
  {
    // A reading app's lock over the rest of a chapter, one prompt a line: "未解锁章节", "想要观看更多精彩内容",
    // "下载 APP 解锁更多精彩章节", "扫码或复制链接到手机浏览器进行下载".
    id: 'paywall.app-unlock',
    reason: 'paywall',
    pattern: /^未解锁(?:章节|内容)$|^想要?(?:观看|阅读|看)更多精彩(?:内容|章节)$|^下载\s{0,2}APP\s{0,2}解锁[^。！？!?]{0,12}$|^扫码或复制链接到手机浏览器(?:进行)?下载$/i,
    maxLength: 30,
    zone: 'any',
  },
  {
    // A document viewer's marks round a text preview that shows the head and the tail: "[文章尾部最后300字内容到此结束,
    // 中间部分内容请查看底下的图片预览]请点击下方选择您需要的文档下载。"
    id: 'paywall.preview-tail',
    reason: 'paywall',
    pattern: /^[\[【]?\s{0,2}(?:文章|文档)?尾部最后\s{0,2}\d{1,5}\s{0,2}字(?:内容)?到此结束|中间部分(?:内容)?请查看[^。！!]{0,8}(?:图片|图像)预览|^请点击下方选择您需要的文档下载[。！!]?$/,
    maxLength: 90,
    zone: 'any',
  },
  {
    id: 'paywall.download-cost',
    reason: 'paywall',
    pattern: /下载(?:所需|需要)?(?:积分|金币|下载券|下载币|点数)\s*[:：]?\s*\d+/,
    maxLength: 60,
    zone: 'any',
  },
  {
    // A paywall box's prompts to each kind of visitor, each with its button in 【】: "刚注册会员请【刷新页面】打开全文",
    // "未登陆用户请【登录网站】查看".
    id: 'paywall.member-button',
    reason: 'paywall',
    pattern: /请\s{0,2}【(?:点此|点击)?(?:注册|登[录陆]|刷新|充值|购买|开通|下载)[^】]{0,4}】/,
    maxLength: 60,
    zone: 'any',
  },
  {
    // A paid document's price and its trial button: "2026-03-18 10.00元 免费试读".
    id: 'paywall.price',
    reason: 'paywall',
    // (or a download plugin's "售价:10 积分", or a library's price in its own coin and its count of buyers: "¥ 0 煤块,已有380人购买")
    pattern: /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s{1,4})?[¥￥]?\d{1,5}(?:\.\d{1,2})?\s{0,2}元\s{0,4}(?:免费试读|试读|立即购买|购买|下载)$|^[¥￥]\s{0,2}\d{1,5}(?:\.\d{1,2})?\s{0,2}[\u4e00-\u9fff]{0,3}\s{0,2}[,，]\s{0,2}已有\s{0,2}\d{1,7}\s{0,2}人(?:购买|下载)$|^售价\s{0,2}[:：]\s{0,2}[¥￥]?\d{1,5}(?:\.\d{1,2})?\s{0,2}(?:积分|元|金币|下载币)$/,
    maxLength: 40,
    zone: 'any',
  },
  {
    // The close button of a paywall box, left behind as text.
    id: 'paywall.close-button',
    reason: 'paywall',
    pattern: /^(?:[×✕✖╳]|\[?关闭\]?|【关闭】)$/,
    maxLength: 4,
    zone: 'any',
  },

  // ── promo: subscription-pack headers, "下面是小编…" wrappers ────────────────────────────
  {
    id: 'promo.study-only',
    reason: 'promo',
    pattern: /仅供(?:学习|参考|个人学习|学习交流|学习参考)[^。]{0,12}(?:禁止|请勿|严禁|不得)(?:外传|转载|传播|倒卖|商用)|禁止外传|^(?:内容|本文|资料)?仅供(?:学习|参考|学习参考|学习交流)(?:使用)?[!！。]?$/,
    maxLength: 60,
    zone: 'any',
  },
  {
    // A document viewer's numbered terms under the preview ("1、本文档共计 2 页,简单易用,下载后可编辑",
    // "2、范文仅供自身研究参考,不得用于其他商业用途…", "3、本站所有范本由合作方或用户上传,…",
    // "4、我们重视知识产权,如若发现您的权利被侵害,请点击“违规举报”!"): the site's, numbered or not
    // (and "付费前请自行鉴别。", which the split of a numbered line leaves on its own; the complaints address, "版权申诉邮箱:…")
    id: 'site-chrome.viewer-terms',
    reason: 'site-chrome',
    pattern: /^(?:[0-9]{1,2}[、.．]\s{0,2})?(?:本文档共(?:计|有)?\s{0,2}\d+\s{0,2}页|[^。]{0,12}仅供[^。]{0,8}参考[，,]\s{0,2}不得用于[^。]{0,8}商业用途|本站所有[^。]{0,12}由[^。]{0,16}上传|[^。]{0,20}如若?发现您的权利被侵害|[^。]{0,30}请点击[“"]?(?:违规举报|侵权举报)|^付费前请自行鉴别|^(?:版权申诉|侵权投诉|侵权举报)(?:邮箱|电话|热线)\s{0,2}[:：])/,
    maxLength: 80,
    zone: 'any',
  },
  {
    id: 'promo.subscribe',
    reason: 'promo',
    pattern: /订阅[^。]{0,10}(?:立享|即享|畅享|尊享|可享|即可获得)|(?:立享|即享|畅享)[^。]{0,6}(?:权益|资料|会员)/,
    maxLength: 60,
    zone: 'edge',
  },
  {
    id: 'promo.resale',
    reason: 'promo',
    pattern: /打击倒卖|举报倒卖|严禁倒卖|倒卖(?:会员)?资料|(?:免费)?赠送[^。]{0,8}会员/,
    maxLength: 60,
    zone: 'edge',
  },
  {
    // Resellers' slogans at the head and foot of their packs.
    id: 'promo.reseller-slogan',
    reason: 'promo',
    pattern:
      /每日更新|持续更新|实时更新|全年无休|一次订阅|一站式打包|原创精品|精品材料|独家原创|原创首发|【独家(?:原创)?】|盗版必究|翻版必究|侵权必删|侵权必究|转载请注明|仅限会员|仅限[^。]{0,10}(?:学习|参考)|续费|[新老]会员|倒卖|转卖|专注[^。]{0,8}(?:写作|公文|材料|范文)|(?:严禁|禁止|请勿|不得)[^。]{0,6}(?:外传)/,
    maxLength: 40,
    zone: 'edge',
  },
  {
    // "公文范文网温馨提示：本文为…范文" — a site's note, not a master of ceremonies' reminder.
    id: 'promo.site-tip',
    reason: 'promo',
    pattern: /(?:网|站|小编)温馨提示|温馨提示\s*[:：]\s*(?:本文|本站|该文|此文|范文|下载|会员|文档)/,
    maxLength: 160,
    zone: 'any',
  },
  {
    // A pack's banner: "笔墨公文｜第0317期", "【公文素材库】精选范文，仅供参考".
    id: 'promo.banner',
    reason: 'promo',
    pattern: /[｜|]\s*第\s*\d+\s*期$|^【[^】]{2,12}】[^。]{0,20}(?:范文|素材|材料|资料|仅供)/,
    maxLength: 40,
    zone: 'edge',
  },
  {
    id: 'promo.qr-code',
    reason: 'promo',
    pattern: /^[\[【(（]?(?:群|微信|(?:微信)?公众号)?二维码[\]】)）]?$|^微信扫(?:一扫|码)?(?:分享)?$|长按(?:识别|扫描|二维码)|扫一扫[^。]{0,12}(?:关注|领取|获取|下载)|扫描[^。]{0,6}二维码[^。]{0,12}(?:关注|领取|获取|下载)/,
    maxLength: 60,
    zone: 'any',
  },
  {
    // The caption under a site's QR code, above the text: "湖南人大微信", "学习强国官方微信公众号".
    id: 'promo.qr-caption',
    reason: 'promo',
    pattern: /^[\u4e00-\u9fff]{2,10}(?:官方)?微信(?:公众号|号)?$/,
    maxLength: 20,
    zone: 'preamble',
  },
  {
    id: 'promo.editor-wrapper',
    reason: 'promo',
    // (a reading-guide label may open it: "【阅读指引】下面是就爱阅读网友为您精心整理分享的…"; a site's
    // users are its 网友, never a speaker's audience; what it compiled "for everyone" is counted in 篇
    // or offered for reference: "以下是为大家整理的关于…讲话5篇,供大家参考选择。"; a spinner's rewording of one:
    // "下面介紹的是校長在上任大會上的講話,期望對您有所幫忙!")
    pattern:
      /^(?:【[\u4e00-\u9fff]{2,6}】\s{0,2})?(?:下面|以下)(?:是|为)(?:小编|本站|编辑|我们|为您|为你|[\u4e00-\u9fff]{1,8}?网友)[^。]{0,50}(?:整理|带来|收集|精心|准备|推荐|分享|搜集)|^以上(?:是|就是|为)(?:小编|本站|编辑)|^(?:下面|以下)是(?:为|给)大家[^。]{0,12}(?:整理|收集|搜集|精选)的[^。]{0,60}(?:[0-9一二三四五六七八九十]篇|范文|例文|范例|供大家参考)|^(?:下面|以下)(?:介绍|推荐|分享)的是[^。！!]{2,60}[，,]\s{0,2}(?:希望|期望|但愿)对(?:您|你|大家)有所(?:帮助|帮忙|启发)/,
    maxLength: 160,
    zone: 'any',
  },
  {
    // Template-site intros: "讲话稿是…。下面是小编收集整理的…，欢迎阅读与收藏。", "想写好演讲稿类型的文章,
    // 不妨来参考一下本文。…希望对你的范文写作有所帮助。", "…开场白,怎么写最能呼应主题呢?大家可以参考下面这段话。",
    // "领导讲话范文:…发言稿是由范文词典为您精心收集,希望…", "长安青年网为您精心整理了《…》共计3篇,…", "若吧网为大家整理的相关的…,供大家参考选择。",
    // "请欣赏…的演讲稿(精选20篇),由笔构网整理,希望能够帮助到大家。", "小编已经准备好几篇范文,希望能够为您提供帮助。", a chatbot's
    // "…以下是一个可能的校长讲话内容示例:". A speaker never
    // says 小编, nor hands the audience 范文 ("以下是我为大家搜集的优质范文"), so the whole
    // paragraph is the site's.
    id: 'promo.editor-intro',
    reason: 'promo',
    pattern: /以下是一(?:个|篇|份)(?:可能的|可供参考的|参考的?)?[^。！？]{0,20}(?:讲话|致辞|发言|演讲|主持词)(?:稿|内容)?(?:示例|范例|样例|模板)\s{0,2}[:：]?$|(?:下面|以下|以上)(?:是|为|就是)?(?:本站|本网)?小编|由[^。！？!?，,]{2,12}?(?:网|站|文库)(?:精心)?(?:收集|搜集)?整理[，,]\s{0,2}希望|是由[^。！？!?，,]{2,12}(?:为|给)(?:您|你|大家)(?:精心)?(?:收集|搜集|整理|编辑)|(?:为|给)(?:您|你|大家)(?:筛选|精选|挑选)(?:了|出)?(?:一篇|几篇|多篇)?[^。！？]{0,30}(?:范文|范例|例文|模板)|小编(?:已经?|特意|特地)?(?:精心)?(?:为|给)?(?:大家|您|你)?(?:精心|收集|搜集)?(?:整理|收集|带来|推荐|准备|分享)|(?:下面|以下)(?:是|为)?我(?:为|给)(?:大家|您|你)(?:精心)?(?:收集|搜集|整理|带来|准备|推荐|分享|精选)(?:的|了)[^。！？]{0,20}(?:范文|范例|例文|模板)|(?:下面|以下)(?:为|给)(?:大家|您|你)(?:精心)?(?:带来|分享|整理|推荐|准备)的(?:是)?[^。！？]{0,30}(?:演讲稿|讲话稿|发言稿|致辞稿|主持稿|范文|范例|例文|模板)|希望(?:以下|下面)的?(?:内容|范文|文章)(?:可以|能够|能|会)?(?:帮到|帮助到?|对)(?:您|你|大家)|不妨(?:来)?参考一下本文|对(?:您|你|大家)的范文写作有所(?:帮助|启发)|^[^。！？!?]{0,30}(?:演讲稿|讲话稿|发言稿|致辞|开场白|主持词|串词|范文)[^。！？!?]{0,4}(?:怎么|怎样|如何)写[^。！？!?]{0,15}[?？]\s{0,2}(?:大家|您|你)(?:可以|不妨)参考(?:一下)?(?:下面|以下)|^(?:大家|您|你)(?:可以|不妨)参考(?:一下)?(?:下面|以下)(?:这段话|这篇(?:范文|文章)?|的范文)[。！!]?$|[\u4e00-\u9fff]{2,10}[网網](?:为|给)(?:您|你|大家)(?:精心)?(?:整理|收集|搜集|准备|挑选)[了的]?[^。！？]{0,60}(?:[0-9一二三四五六七八九十]篇|供(?:大家|您|你)参考)/,
    maxLength: 300,
    zone: 'any',
    wholeParagraph: true,
  },
  {
    // An editor's note over the speech, labelled and telling of it in the third person: "题 记:1月19日,我局
    // …召开了…会议,…柯春林同志代表周边社区群众作了发言,…", "编者按:…在大会上发表了讲话,现予刊发。",
    // "编者按:…教授所作的《…》的报告极为精彩,…我们对…报告进行了整理,…现予刊载。" (the editor's own words: it prints the text),
    // "编者按:本文为…主编宋嘉禾先生在…颁奖典礼上的欢迎致辞。", "按:…11月25日,市供销合作社召开…座谈会,
    // 党委书记、主任邓启明出席并讲话,…", "编者按:…座谈会上,道德模范代表和有关部门负责同志先后发言,现将发言摘要刊登。",
    // a site's "导语:在企业年度消防演习时的发言,重点是…", a portal's "[导读]…论坛举行。…以下是来自上海副市长艾宝俊先生的发言。",
    // a note under it, "注:作者为…首席代表,本文是作者在…专家咨询会议上的发言摘要,根据录音整理而成。",
    // or a lead with no label that opens by saying which speech the text is and goes on to sum it up
    // ("此文为…工作年会上,…司长滕知远先生的致辞。致辞中,滕知远司长回顾了…"), or an unlabelled lead that ends with the
    // editor saying he wrote the text down for the reader ("…首席顾问胡继承应邀讲话,小编特将内容整理出来,以飨读者。"), or one
    // the editor signs at its end ("…梳理了…摄影是怎样一步步为艺术领域所承认的。——编者")
    id: 'meta.editor-note',
    reason: 'meta',
    pattern: /[。！？!?”」)）]\s{0,2}(?:——|--|－－)\s{0,2}(?:编者|编辑|编者注)$|^(?:(?:编者按|编者的话|编辑按|编者注|按语|按|注|题\s{0,2}记)\s{0,2}[:：]|[\[【](?:导读|导语|编者按)[\]】]\s{0,2})[^\n]{0,400}?(?:(?:作了|做了|发表了?|进行了)[^。！？]{0,20}|本文(?:为|是|系)[^。！？]{0,80}|以下(?:是|为)[^。！？]{0,60}|出席并|先后|相继)(?:发言|讲话|致辞|演讲|报告)|^(?:编者按|编者的话|编辑按|编者注|按语)\s{0,2}[:：][^\n]{0,400}?(?:现予|现将其?|特予|特将其?|予以)(?:全文)?(?:刊载|刊发|刊登|登载|发表|转载)|^(?:导语|导读)\s{0,2}[:：][^。！？\n]{0,80}?[上时]的(?:发言|讲话|致辞|演讲)|^[【\[]\s?(?:编者按|编者的话|编辑按|编者注)\s?[】\]]|^(?:本文|此文)(?:为|是|系)[^。！？\n]{2,160}?的(?:讲话|致辞|致词|发言|演讲)(?:稿|全文|节选|摘要|实录)?。|(?:讲话|致辞|致词|发言|演讲)[^。！？\n]{0,10}[，,]\s{0,2}(?:小编|编者|本刊|本报|本站|本网)(?:特|现)?将(?:其|内容|全文|讲话|发言|致辞)?(?:整理|摘编|刊发|刊登|转载|编发)(?:出来|如下)?[，,]\s{0,2}(?:以飨读者|供[^。！？\n]{0,8}(?:学习|参考|阅读))[。！]?$/,
    maxLength: 400,
    zone: 'any',
    labelledParagraph: true,
  },
  {
    // An editor's label alone over the lead it heads, in brackets or bare: "【小D導讀】", "【导读】", "[编者按]", "编者按".
    id: 'meta.editor-label',
    reason: 'meta',
    pattern: /^[【\[]\s?[\u4e00-\u9fffA-Za-z]{0,4}(?:导读|导语|编者按)\s?[】\]]$|^(?:编者按|编者的话|编辑按|编者注)\s?[:：]?$/,
    maxLength: 12,
    zone: 'preamble',
  },
  {
    // A photo's credit in brackets on a line of its own: "(图源:外交部网站)", "(图片来源:新华社)", "(供图:市委宣传部)".
    id: 'meta.photo-credit',
    reason: 'meta',
    pattern: /^[（(]\s{0,2}(?:图源|图片来源|图片提供|供图|摄影|图\s{0,2}[/／]\s{0,2}文)\s{0,2}[:：]\s{0,2}[^()（）]{1,30}[)）]$/,
    maxLength: 40,
    zone: 'any',
  },
  {
    // A journal site's note under the record it shows: "注: 保护知识产权,如需阅读全文请联系上海高校图书情报工作研究杂志社".
    id: 'paywall.full-text-on-request',
    reason: 'paywall',
    pattern: /^(?:注\s{0,2}[:：]\s{0,2})?保护知识产权[，,]\s{0,2}如需(?:阅读|查看|下载)全文[^。！？]{0,40}$/,
    maxLength: 80,
    zone: 'tail',
  },
  {
    // A WeChat article's byline reposted under its title: the author, the account and when ("红彤彤 昌恩园 今天").
    id: 'meta.wechat-byline',
    reason: 'meta',
    pattern: /^[\u4e00-\u9fffA-Za-z0-9_]{1,12} [\u4e00-\u9fffA-Za-z0-9_]{1,16} (?:今天|昨天|前天|\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})$/,
    maxLength: 40,
    zone: 'intro',
  },
  {
    // A journal database's bare label over the text it shows, on a line of its own: "摘要", a lecture
    // page's "【主要内容】" over its summary, a 范文 site's "以下为文章主要内容:" over the text.
    id: 'meta.abstract-label',
    reason: 'meta',
    pattern: /^(?:内容)?(?:摘\s{0,4}要|提\s{0,4}要)\s{0,2}[:：]?$|^【(?:主要内容|内容(?:摘要|提要|简介)|摘要|提要)】[:：]?$|^以下(?:为|是)(?:文章|本文)?的?主要内容\s{0,2}[:：]?$/,
    maxLength: 12,
    zone: 'preamble',
  },
  {
    // A Q&A page's question over the answer that holds the speech: it asks for the genre and pleads
    // ("1.关于森林防火的演讲稿,要长点的啊,谢谢", "求一篇教师节发言稿,急!"); a speaker thanks his audience, not so.
    id: 'site-chrome.qa-request',
    reason: 'site-chrome',
    pattern: /^(?:\d{1,2}\s{0,2}[.、．]\s{0,2})?[^。！？!?]{0,30}(?:演讲稿|讲话稿|发言稿|致辞|主持词|讲稿)[^。！？!?]{0,20}?[,，]?\s{0,2}(?:谢谢了?|多谢|急|急求|在线等|拜托了?)[!！。~～]*$/,
    maxLength: 70,
    zone: 'edge',
  },
  {
    // A 范文 site's summary field holding nothing but the speech's salutation ("导语:尊敬的主席,各位领导,…朋友们:"):
    // the site's lead, printed over the text that opens with it; no speaker labels his salutation.
    id: 'promo.lead-salutation',
    reason: 'promo',
    pattern: /^(?:导语|导读|摘要|简介|内容简介)\s{0,2}[:：]\s{0,2}(?:尊敬的|敬爱的|亲爱的|各位)[^。！？!?]{1,80}[:：]$/,
    maxLength: 100,
    zone: 'preamble',
    labelledParagraph: true,
  },
  {
    // A press office's lead to the text it releases: "以下是行政长官今日晚上出席…晚宴的致辞全文(中文译本):", "以下為歡迎詞原文:",
    // in English ("Following is the speech by the Chief Executive, …, at the … Opening Ceremony today (March 1):"),
    // with the language it was given in ("(Cantonese)"),
    // after what the official did in the same sentence ("…局长今早出席…开幕典礼,以下是他的演辞全文(只有中文):").
    // A speaker does not announce his own words as a 全文.
    id: 'promo.full-text-lead',
    reason: 'promo',
    // — or a lead that ends by announcing them ("…发表了二O二一年新年贺词。全文如下:"; a longer lead that ends
    // so is lead-before-full-text.ts's),
    // or a blogger's label over his own words, alone on its line ("我的发言如下:"), or an editor's
    // ("以下为范教授演讲文章,现刊发如下,以飨读者。"),
    // or names whose words follow, with a full stop and the page's note on its permission ("以下为论坛主席、…
    // 顾秉林在开幕式上的致辞。(经顾秉林院士授权在启迪控股公众号上发布)")
    // or names the occasion the speaker attended ("以下是行政长官…出席国庆75周年烟花大汇演的演辞:"),
    // or names whose full text follows, with no 以下 ("-籌備會主席柯詩民在15周年庆典上致词全文:", "…科斯塔国际食品法典委员会主席)致辞全文:")
    // or a blogger's label over his translation of it, with his aside and no colon ("以下是講辭譯本 (我還要以第一身讀出呢...)")
    pattern:
      /^(?:[^。！？]{2,160}[，,]\s{0,2})?以下(?:是|为)[^。！？]{0,80}(?:讲话|致辞|致词|发言|演讲|演说|演辞|演词|讲稿|欢迎词|欢迎辞|欢送词|答谢词|贺词|献词)(?:全文|摘要|要点|实录|原文|摘登)[^。！？]{0,12}[:：]$|^[^。！？]{2,160}[，,]\s{0,2}以下(?:是|为)(?:全部|完整的?)?(?:讲话|致辞|发言)(?:内容|全文|实录)[:：。]$|^[^。！？]{2,160}(?:讲话|致辞|致词|发言|演讲|报告)(?:内容|全文|原文)?[，,]\s{0,2}现(?:予以)?(?:全文)?(?:转载|刊发|刊登|发布|转发|编发)如下[。:：]$|^(?:以下|下文)(?:是|为)[^。！？]{2,80}(?:在|出席)[^。！？]{2,40}(?:讲话|致辞|致词|发言|演讲|演说|演辞|演词)(?:全文|实录|原文)?(?:整理)?[:：。]?(?:\s{0,2}[（(][^（()）]{0,40}[)）])?$|^[-—－]?\s{0,2}[^。！？:：]{2,60}在[^。！？:：]{2,40}(?:讲话|致辞|致词|发言|演讲)(?:全文|实录|原文)\s{0,2}[:：]$|^[^。！？:：]{2,60}?[^在](?:讲话|致辞|致词|发言|演讲)(?:全文|实录|原文)\s{0,2}[:：]$|^[^。！？]{2,160}[。！？]\s{0,2}(?:全文|原文|讲话|致辞|贺词|献词)如下\s{0,2}[:：]$|^(?:我的|本人的)?(?:表态)?(?:讲话|发言|致辞)(?:稿|全文|原文)?如下\s{0,2}[:：]$|^(?:原文(?:内容)?|全文内容)如下\s{0,2}[:：]$|^[^。！？!?，,:：]{2,30}(?:讲话|致辞|致词|发言|演讲|贺词)(?:全文|原文|内容)如下\s{0,2}[:：]$|^以下(?:是|为)[^。！？]{0,60}(?:讲话|致辞|发言|演讲|报告)(?:全文|原文|文章|稿|内容)?[，,]\s{0,2}现?(?:予以)?(?:全文)?(?:刊发|刊登|发布|转发|编发)(?:如下)?(?:[，,][^。！？]{0,10})?[。:：]$|^以下(?:是|为)[^。！？]{0,40}(?:讲话|讲辞|讲词|致辞|致词|发言|演讲|演说|演辞|演词)的?(?:全文|原文|实录|译本|译文|中译本?)\s{0,2}(?:[（(][^（()）]{0,40}[)）])?\s{0,2}[:：。]?$|^Following (?:is|are) the (?:speech|remarks|address|opening remarks|opening address|welcome remarks|transcript of remarks) (?:by|of) [^\n]{4,300}[:：]$|^[(（](?:Cantonese|Putonghua|English|Chinese)(?: only)?[)）]$/,
    maxLength: 240,
    zone: 'any',
  },
  {
    // A publisher's note under the text on where it came from: "(本文根据顾秀莲在第四届…峰会上的致辞整理)"
    id: 'meta.source-note',
    reason: 'meta',
    pattern: /^[（(]本文(?:根据|根據|系|是|为|為)[^()（）\n]{2,120}(?:讲话|講話|致辞|致辭|发言|發言|演讲|演講|报告|報告)(?:整理|摘编|摘編|节选|節選)?[^()（）\n]{0,12}[)）]$/,
    maxLength: 160,
    zone: 'tail',
  },
  {
    // A collected works' note on where the text first appeared, a footnote marker and its label before it ("※…的讲话注释标题
    // 本文原载中共四川省委宣传部《宣传工作》增刊第55期。", "本文原载《…》第3期。"): an editor's, a speaker never says 本文原载.
    id: 'meta.first-published',
    reason: 'meta',
    pattern: /^(?:※[^。！？]{0,60}?)?本文(?:原载|原刊|原发|首发|首载|刊载)(?:于)?[^。！？]{2,60}[。.]?$/,
    maxLength: 130,
    zone: 'any',
  },
  {
    // A Q&A site's answer opening with the answerer's note to the asker: "从网上找的一个,你看看~~",
    // "希望对你有帮助" (a speech's own lines never speak to one reader about the text).
    id: 'promo.answer-note',
    reason: 'promo',
    pattern: /^[^。！？!?]{0,20}(?:你看看|您看看|望采纳|请采纳|希望(?:能)?对(?:你|您)有(?:所)?帮助|给你参考|供你参考)[^。！？!?]{0,6}[~～!！。]{0,3}$/,
    maxLength: 40,
    zone: 'edge',
  },
  {
    // A template site's keyword line about the text, glued before its salutation: "这篇医院建院周年庆典的
    // 致辞例文的关键词是庆典致辞,医院建院周年庆典," (a speaker does not call his words "这篇…例文").
    id: 'promo.keyword-line',
    reason: 'promo',
    pattern: /^这篇[^。！？]{2,60}的关键词是[^。！？]{1,60}$/,
    maxLength: 140,
    zone: 'any',
  },
  {
    // A search-bait headline about writing one, with the model text it offers: "安全生产主题演讲怎么写:附五分钟
    // 精选通用范文" — over the speech, and planted again inside it after a sentence. A writing guide's own
    // headline, so only on a speech.
    id: 'promo.how-to-headline',
    reason: 'promo',
    pattern: /^[^。！？!?]{2,30}(?:怎么写|如何写|怎样写)\s{0,2}[:：?？,，]?\s{0,2}(?:(?:附|含)[^。！？!?]{0,16}(?:范文|例文|模板|样本)(?:\s{0,2}[(（]?[0-9一二三四五六七八九十]{1,2}篇[)）]?)?|[0-9一二三四五六七八九十]{1,2}篇(?:精选|优秀|通用)?(?:范文|例文|模板)(?:样本|参考|大全)?)$/,
    maxLength: 60,
    zone: 'any',
    speechOnly: true,
  },
  {
    // A site's intro to what it "shares" about a topic, above the speech: "…到底什么致辞才合乎规范呢?
    // 这里给大家分享一下关于幼儿园运动会校长开幕词,方便大家学习。" A speaker shares 体会 or 经验, not
    // "关于<the genre>".
    id: 'promo.share-about',
    reason: 'promo',
    pattern: /(?:这里|下面|以下|今天|在此)(?:小编)?(?:给|为|和|跟)大家(?:分享|整理|带来|推荐)(?:了|一下)?(?:一些|几篇)?关于/,
    maxLength: 300,
    zone: 'intro',
    wholeParagraph: true,
  },
  {
    // The site's (or its text generator's) comment on the text it printed, after it: "这段解说词旨在
    // 营造积极向上的氛围,…通过热情洋溢的语言,…", "这篇稿件结合了实际场景,…适合用于…场合。" A speaker
    // does not call his own words "这段解说词" and say what they aim at.
    id: 'promo.text-commentary',
    reason: 'promo',
    pattern: /^(?:这|此|本)(?:段|篇|份|则)[\u4e00-\u9fff]{0,6}?(?:解说词|解說詞|讲话稿|講話稿|致辞|致辭|发言稿|發言稿|演讲稿|演講稿|主持词|主持詞|开幕词|開幕詞|闭幕词|閉幕詞|欢迎词|歡迎詞|范文|範文|稿件|稿子|文稿)(?:旨在|主要(?:是|从|從|围绕|圍繞)|通过|通過|充分(?:体现|體現|展现|展現)|结合了|結合了|既体现|既體現|适合用于|適合用於|适用于|適用於)[^]*$/,
    maxLength: 300,
    zone: 'tail',
    speechOnly: true,
  },
  {
    // The site's sign-off on its own short line: "希望对大家有所帮助。" "欢迎阅读与借鉴。"
    id: 'promo.sign-off',
    reason: 'promo',
    pattern: /^(?:希望|但愿|期望)(?:能)?对(?:大家|您|你)(?:有所)?(?:帮助|启发|帮忙)|^欢迎(?:大家)?(?:阅读|借鉴|参考|收藏)(?:与|和)?(?:借鉴|参考|收藏|分享)?[。！!]?$|^以上(?:就)?是本(?:期|次|篇|文)[^。]{0,10}(?:分享|内容|推送)/,
    maxLength: 40,
    zone: 'edge',
  },
  {
    // A sidebar's teaser cut short with a link to the rest: "滨海县中医院座落于…,聚集着大... [ 详细 ]"
    id: 'promo.teaser-link',
    reason: 'promo',
    pattern: /(?:\.{3}|…{1,2})\s{0,3}[\[【]\s{0,2}(?:详细|详情|查看详情|阅读全文|全文|更多)\s{0,2}[\]】]$/,
    maxLength: 300,
    zone: 'any',
  },
  {
    id: 'promo.more-on-site',
    reason: 'promo',
    pattern: /更多(?:关于|精彩|相关|优秀)?[^。]{0,30}(?:敬请关注|请关注|请点击|请访问|欢迎访问|尽在)/,
    maxLength: 80,
    zone: 'any',
  },
  {
    // A site's reading tip over the text: "阅读小贴士:本篇共计1936个字,预计看完需要5分钟,共有100位用户收藏,22人推荐!"
    id: 'meta.reading-tip',
    reason: 'meta',
    pattern: /^(?:阅读小贴士|阅读提示|温馨提示)\s{0,2}[:：]\s{0,2}本(?:篇|文)共计?\s{0,2}\d{1,6}\s{0,2}个?字|预计(?:阅读|看完)(?:需要|需|用时)?\s{0,2}\d{1,3}\s{0,2}分钟/,
    maxLength: 100,
    zone: 'any',
  },
  {
    // A sample site's disclaimer over its sample: "森林消防重要讲话应由本人根据自身实际情况书写,以下仅供参考,
    // 请您根据自身实际情况撰写。" (the site tells the reader to write his own; no speaker does)
    id: 'promo.write-your-own',
    reason: 'promo',
    pattern: /(?:应|应当|需|须)由本人根据[^。]{0,12}实际情况[^。]{0,6}(?:书写|撰写|填写)|(?:以下|下文)(?:内容)?仅供参考[,，]\s{0,2}请(?:您|你)?根据[^。]{0,12}实际情况/,
    maxLength: 120,
    zone: 'any',
  },
  {
    // An exercise's task over its model answer: "选择一件你想购买的中国纪念品:…。在你的演讲中,描述这个纪念品并
    // 解释它的意义。", "请以“…”为题,写一篇500字左右的演讲稿。" (the page tells the writer what to write; no
    // speaker says "your speech"); at the head or the foot, where the page prints the next exercise's, cut
    id: 'site-chrome.task-prompt',
    reason: 'site-chrome',
    pattern: /^(?:[^。！？]{2,80}[。！？]\s{0,2})?(?:在你的(?:演讲|发言|讲话|致辞)中[，,]|请(?:以|围绕|结合)[^。！？]{1,40}(?:为题|为主题|为话题)[^。！？]{0,12}(?:写|撰写|准备)(?:一篇|一份|一段|一则)?[^。！？]{0,12}(?:演讲稿|发言稿|讲话稿|致辞|演讲))[^。！？]{0,60}[。！？]?$/,
    maxLength: 160,
    zone: 'edge',
  },
  {
    // A site's banner congratulating the meeting, over the headline: "祝贺2024 长三角(昆山)物流…发展大会顺利召开!",
    // "热烈庆祝…代表大会胜利闭幕" — the page's cheer, not the speech's title (a speech opens with its address).
    id: 'promo.congratulation-banner',
    reason: 'promo',
    pattern: /^(?:热烈)?(?:祝贺|庆祝)[^。！？!?]{4,60}(?:顺利|隆重|胜利|圆满)(?:召开|举行|开幕|闭幕|举办)[!！]{0,3}$/,
    maxLength: 70,
    zone: 'preamble',
  },
  {
    // A site's category with the count of its items, on a line over the text: "文化演讲(22)", "讲话稿(125)" —
    // a link in the site's menu (a speech's part number is one digit: "…的讲话(2)"; a year is no count: "外汇管理法规(2014)").
    id: 'site-chrome.category-count',
    reason: 'site-chrome',
    pattern: /^[\u4e00-\u9fff]{2,10}\s{0,2}[（(](?!(?:19|20)\d\d[)）])\d{2,5}[)）]$/,
    maxLength: 20,
    zone: 'preamble',
  },
  {
    // An editor's note in brackets on a line of its own over the text: "(讲话节选)", "（全文）", "【摘要】"
    // — what the text is, said by the page, never a title or a speaker's words.
    id: 'site-chrome.bracket-note',
    reason: 'site-chrome',
    pattern: /^[（(【\[]\s{0,2}(?:讲话|致辞|发言|演讲|报告|文章)?(?:节选|摘要|摘编|摘登|全文|原文|实录|要点)\s{0,2}[)）】\]]$/,
    maxLength: 12,
    zone: 'any',
  },
  {
    id: 'promo.follow-account',
    reason: 'promo',
    // (a portal's "关注【妈妈网】微信可获取更多…:打开微信→添加好友→查找【…】即可。", a bare "关注中国刻瓷艺术网微信公众号")
    pattern: /(?:关注|搜索|添加)[^。]{0,6}(?:微信)?公众号[^。]{0,12}(?:【|“|「|领取|获取|回复)|^关注[^。！？!?，,]{2,20}(?:微信)?公众号$|扫码(?:领取|关注|下载|获取|进群)|微信扫[一描]扫|关注[^。]{0,8}微信[^。]{0,4}?(?:获取|获得|领取)更多|打开微信\s{0,2}[→>＞]\s{0,2}添加好友/,
    maxLength: 100,
    zone: 'any',
  },

  // ── contact lines of resellers ──────────────────────────────────────────────────────────
  {
    id: 'contact.qq-number',
    reason: 'contact',
    pattern: /(?:QQ|扣扣)\s{0,2}(?:群|号)?\s{0,2}[:：【\[]?\s{0,2}\d{5,12}/i,
    maxLength: 60,
    zone: 'any',
  },
  {
    id: 'contact.group',
    reason: 'contact',
    pattern: /(?:QQ|微信|Q)群\s*(?:号)?\s*[:：]|(?:会员|交流|资料|VIP)群\s*[:：]/i,
    maxLength: 80,
    zone: 'any',
  },
  {
    id: 'contact.wechat-id',
    reason: 'contact',
    pattern: /(?:微信|V信|vx|wx)\s*(?:号)?\s*[:：]\s*[A-Za-z0-9_-]{5,}/i,
    maxLength: 60,
    zone: 'any',
  },
  {
    // "加V：bgz_cailiao 领取全套", "添加微信 clg_2024 获取更多年终总结"
    id: 'contact.add-me',
    reason: 'contact',
    pattern: /(?:加|添加|联系)\s{0,2}(?:V|Ｖ|微信|VX|WX|QQ|扣扣)(?:号)?\s{0,2}[:：【\[]?\s{0,2}[A-Za-z0-9_-]{4,}|(?:微信|VX|WX|QQ)\s{0,2}(?:添加|加)\s{0,2}[:：【\[]?\s{0,2}[A-Za-z0-9_-]{4,}|(?:加|添加)\s{0,2}(?:V|Ｖ|微信)[^。]{0,12}(?:领取|获取|获得|索取)/i,
    maxLength: 50,
    zone: 'any',
  },
  {
    // A site's contact label: "资料咨询微信", "客服QQ:…", "联系方式:…". Not a sentence that mentions
    // one ("我们已经互相留下了联系方式,今后…").
    id: 'contact.consult',
    reason: 'contact',
    pattern: /(?:咨询|客服|联系)(?:QQ|微信|电话|方式(?![，,。；;！!？?]))|(?:服务|客服|咨询|免费)热线\s{0,2}[:：]\s{0,2}\d/i,
    maxLength: 40,
    zone: 'edge',
  },

  {
    // A site's contact box, a field to a line at the page's head or foot: "电话:027-88120021", its second number
    // alone ("027-87231779"), "地址:湖北省武汉市…51号", a bare mail address, its buttons "在线投稿", "在线留言",
    // "联系我们" and its plea "有任何疑问请与我们联系!"
    id: 'contact.box-field',
    reason: 'contact',
    pattern: /^(?:电话|联系电话|传真|手机|热线)\s{0,2}[:：]\s{0,2}[\d\-\s()（）]{7,30}$|^0\d{2,3}-\d{7,8}$|^(?:地址|通讯地址|联系地址)\s{0,2}[:：][^。！？!?:：]{4,40}$|^[\w.\-]{1,40}@[\w\-]{1,40}(?:\.[\w\-]{1,20}){1,3}$|^(?:在线投稿|在线留言|联系我们|我要投稿)$|^(?:如)?有任何(?:疑问|问题)(?:请|欢迎)?(?:与|和)?我们联系[!！。]?$/,
    maxLength: 60,
    zone: 'edge',
  },
  {
    // A site's footer of contact fields, two or more to a line: "地址:…大厦12楼 电子邮件:APGEI@163.net",
    // "电话:020-38863542 传真:020-38847360", an e-paper's "E-mail:info@… 广告热线:0757-… 订报热线:…".
    id: 'contact.footer-fields',
    reason: 'contact',
    pattern: /^(?:地址|电话|传真|电子邮件|邮箱|邮编|联系电话|联系人|E-?mail)\s{0,2}[:：][^。！？:：]{2,80}?\s{1,4}(?:地址|电话|传真|电子邮件|邮箱|邮编|联系电话|E-?mail|[\u4e00-\u9fff]{0,2}热线|编辑部)\s{0,2}[:：]/i,
    maxLength: 160,
    zone: 'edge',
  },

  // ── meta lines under the title ──────────────────────────────────────────────────────────
  {
    // An e-paper's issue line over its page ("陶城报社出版 逢周五出版 这期是 第897期"): who publishes it, a space, and
    // the issue's number after 这期是/本期/总第, no sentence.
    id: 'meta.paper-issue',
    reason: 'meta',
    pattern: /^[^。！？!?，,]{0,30}出版\s[^。！？!?，,]{0,20}(?:这期是|本期|总第)\s{0,2}第?\s{0,2}\d{1,5}\s{0,2}期$/,
    maxLength: 60,
    zone: 'preamble',
  },
  {
    id: 'meta.published',
    reason: 'meta',
    // "发布时间：2023年5月6日" (a database's "出版时间:2006年08月" too, or "无忧文档网    时间: 2020-02-18 22:24:42", or after
    // the site's count of visits left empty, "访问次数 : 发布时间:2007-02-13 00:00 打印") is the
    // site's; a bare "时间：2024年5月16日上午" may be the meeting's
    // own (a 纪要), so a bare label needs the site's numeric date ("2021-04-23").
    pattern:
      /^(?:(?:访问|浏览|点击|阅读)(?:次数|量)?\s{0,2}[:：]\s{0,4})?(?:发布|发表|出版|上传|更新|录入|编辑|张贴)(?:时间|日期)\s*[:：]\s*\d{4}|^(?:[\u4e00-\u9fff]{2,10}[网網]\s{1,6})?(?:时间|日期|[Tt]ime|[Dd]ate)\s*[:：]\s*\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|^(?:时间|日期)\s*[:：]\s*\d{4}年[^。]{0,16}(?:\d{1,2}:\d{2}|(?:栏目|作者|来源|浏览|点击|编辑|阅读|人气)\s*[:：])/,
    maxLength: 120,
    zone: 'preamble',
  },
  {
    // A date first, then the site's fields ("2012-05-08 来源:…", "2004-11-18 作者:… 来源:…"), after the site's name
    // or the mirror's own address too ("http://www.858835.com  2004-11-18   作者:蔡東士   來源:中國文聯網").
    id: 'meta.date-first',
    reason: 'meta',
    // (or the column's name before the date and a bare count of views: "语文资源 2019-3-24 575"; the office that posted it, the
    // time and the count of clicks: "政教处 2020/12/21 13:34:27 点击5040次")
    pattern: /^[\u4e00-\u9fff]{2,8}\s{1,3}\d{4}-\d{1,2}-\d{1,2}\s{1,3}\d{1,7}$|^(?!发布|发表|更新|时间|日期)[\u4e00-\u9fff]{2,10}\s{1,3}\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s{1,3}\d{1,2}:\d{2}(?::\d{2})?)?\s{1,3}(?:点击|浏览|阅读)\s{0,2}\d{1,7}\s{0,2}次$|^(?:[-•·]\s*)?(?:[\u4e00-\u9fff]{2,10}[网網]\s{1,3}|https?:\/\/[\w.-]{3,40}\s{1,3})?\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?[\s/|｜·]*(?:(?:新闻|文章|信息|稿件)?来源|作者|浏览|编辑|发布|阅读|点击|栏目)/,
    maxLength: 120,
    zone: 'preamble',
  },
  {
    // A WordPress post's info line, which closes on its comments' state and count ("2024年 3月 4日10:11:45广播体操比赛开幕
    // 演讲稿13篇已关闭评论 0", "• 关于七一党课讲稿…(精选2篇)已关闭评论"): the post's title inside it is a copy of the page's.
    id: 'meta.post-comments-closed',
    reason: 'meta',
    pattern: /^(?:[•·]\s{0,2})?[^。！？!?]{0,100}(?:已关闭评论|评论已关闭)\s{0,2}\d{0,5}$/,
    maxLength: 120,
    zone: 'preamble',
  },
  {
    // A blog theme's info line under the post's title, its category, date and author set apart by middle dots
    // ("学生工作 · 2013年6月18日· 高一三班宣", "2013-06-18 · 学生工作"): the site's, never a sentence (a site's name and
    // the date alone, "新浪财经·2025-12-29 03:18", is meta.date-site's).
    id: 'meta.post-info-dots',
    reason: 'meta',
    pattern:
      /^(?:[^。！？!?，,·•\s]{1,16}\s{0,2}[·•]\s{0,2}(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:\s{0,2}\d{1,2}:\d{2})?|(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:\s{0,2}\d{1,2}:\d{2})?(?=\s{0,2}[·•]))(?:\s{0,2}[·•]\s{0,2}[^。！？!?，,·•]{1,20}){1,3}$/,
    maxLength: 80,
    zone: 'preamble',
  },
  {
    // A forum's attachment box between a post's lines: its size and download count ("(、下載次數:0)", "(58.2 KB, 下载次数: 12)")
    // and its scan note ("附加檔案雙重掃瞄病毒完成,技術提供"): the board's, never the post's text.
    id: 'site-chrome.attachment-box',
    reason: 'site-chrome',
    pattern: /^[(（]?[^()（）。！？!?]{0,30}下载次数\s{0,2}[:：]\s{0,2}\d{1,7}\s{0,2}[)）]?$|^附加档案[^。！？!?]{0,12}病毒[^。！？!?]{0,16}$/,
    maxLength: 50,
    zone: 'any',
  },
  {
    // Discuz forums stamp edited posts: "本帖最后由 秘书老张 于 2023-4-12 09:35 编辑".
    id: 'meta.forum-edited',
    reason: 'meta',
    pattern: /^本帖最后由\s*\S{1,30}\s*于\s*\d{4}-\d{1,2}-\d{1,2}/,
    maxLength: 80,
    zone: 'any',
  },
  {
    // Mobile pages: "2023-02-16 14:08:51 讲话稿" (date, time, category), "2025年03月26日 07:11:44",
    // a foreign site's day-first "06.05.2015  17:11", a month and day without the year ("12-20 17:06:22  浏览次数:546次"),
    // a date run into its time ("2022年10月23日12:55").
    id: 'meta.date-time',
    reason: 'meta',
    // — its views glued to the seconds ("2025-10-10 17:50:1798 次浏览"), or the outlet's name ("2012-8-30 16:03:42中国共青团网 【字体:")
    // — or in brackets after the outlet's name ("央视国际 (2005年06月02日 11:10)"), or before a bar and the
    // site's fields ("05-04 17:01:27 | http://… | 劳动就业 | 人气:753"), or labelled to the minute ("时间:2021-05-17 16:43:20":
    // a speech's own "时间:" line gives a day, not the clock), or after a press release's number ("OT-1111C | 2011年07月05日")
    // — or after the poster's name, the blog's category after it ("云端书香阁 2024年6月12日 22:17:20 亚豪智汇图书馆"), or after
    // the mirror's own address ("http://m.jiushengxin.com 2016年03月30日13:19 來源:中國作家網 葉梅")
    pattern: /^(?:(?:[^\s。！？!?，,:：]{2,12}|https?:\/\/[\w.-]{3,40})\s{1,3}(?=\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)[\s\d]))?(?:\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}-\d{1,2})(?:\s+|(?<=日))\d{1,2}:\d{2}(?::\d{2}(?:\d{1,7}\s{0,2}次(?:浏览|阅读|点击))?)?(?:(?<=\d)[\u4e00-\u9fff][^\s。！？]{0,11})?(?:\s+[^\s。！？]{1,12}){0,6}$|^[\u4e00-\u9fffA-Za-z]{2,12}\s{0,3}[(（]\s?\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)\s{1,3}\d{1,2}:\d{2}(?::\d{2})?\s?[)）]$|^(?:\d{4}-)?\d{1,2}-\d{1,2}\s{1,3}\d{1,2}:\d{2}(?::\d{2})?\s{0,3}[|｜]|^(?:时间|時間|日期)\s{0,2}[:：]\s{0,2}\d{4}-\d{1,2}-\d{1,2}\s{1,3}\d{1,2}:\d{2}(?::\d{2})?$|^[A-Z]{1,4}-\d{2,6}[A-Z]?\s{0,3}[|｜]\s{0,3}\d{4}年\d{1,2}月\d{1,2}日$/,
    maxLength: 60,
    zone: 'preamble',
  },
  {
    // A newspaper archive's page label: "第4版()", "第2版(要闻)", "第A03版:要闻".
    id: 'meta.newspaper-page',
    reason: 'meta',
    pattern: /^第\s{0,2}[A-Z]?\d{1,3}\s{0,2}版\s{0,2}(?:[(（][^()（）]{0,10}[)）]|[:：]\s{0,2}[^\s。，,！？]{1,10})?$/,
    maxLength: 20,
    zone: 'any',
  },
  {
    // A CMS's number for the article, alone under its meta line: "No.A50066", "NO. 20140910". A speech's
    // line never is a bare number with "No." before it.
    id: 'meta.article-number',
    reason: 'meta',
    pattern: /^N[Oo][.．]\s{0,2}[A-Z]{0,2}\d{3,10}$/,
    maxLength: 20,
    zone: 'preamble',
  },
  {
    // A poster's user name with the date glued after it, under the title: "lmxh262022-12-29" — or after a space,
    // with the column and the comment link after it ("shxw 2007-06-20 热点透析 评论").
    id: 'meta.poster-id-date',
    reason: 'meta',
    pattern: /^[A-Za-z][A-Za-z0-9_]{1,20}?\s{0,3}(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s{1,2}\d{1,2}:\d{2}(?::\d{2})?)?(?:\s{1,4}[\u4e00-\u9fff]{2,8}){0,2}$/,
    maxLength: 40,
    zone: 'preamble',
  },
  {
    // An editor's sign-off to a series he announces, alone on its line: "敬请关注!", "敬请期待。"
    id: 'promo.stay-tuned',
    reason: 'promo',
    pattern: /^敬请(?:关注|期待|關注)[!！。]{0,3}$/,
    maxLength: 10,
    zone: 'any',
  },
  {
    // A template site's lead that defines the genre, the same for every page of it: "导语:也叫演讲词,它是在较为隆重的仪式上
    // 和某些公众场合发表的讲话文稿。", "【导语】演讲稿又称演说词,是指…的文稿。"
    id: 'promo.genre-definition',
    reason: 'promo',
    pattern: /^(?:【导语】|\[导语\]|导语\s{0,2}[:：])\s{0,2}[^。！？!?]{0,12}?(?:也叫|又叫|又称|也称|亦称)[^。！？!?]{1,12}?[，,]\s{0,2}(?:它是|是指|指的是|是)[^。！？!?]{2,80}?(?:文稿|文体|文书|稿子)/,
    maxLength: 200,
    zone: 'any',
  },
  {
    // A template site's SEO intro about its own article: "今天来聊聊关于兔年元宵节主持词…的文章,现在就为大家来
    // 简单介绍下…,希望对各位小伙伴们有所帮助。"
    id: 'promo.seo-intro',
    reason: 'promo',
    pattern: /^今天(?:来|给大家|小编)?(?:聊聊|说说|分享|介绍)(?:一下)?关于[^。！？]{2,80}的(?:文章|内容|知识|信息)/,
    maxLength: 200,
    zone: 'edge',
  },
  {
    // A notice board's poster line: "一般公告 / 张贴者 教务主任", "发布者:办公室".
    id: 'meta.poster-label',
    reason: 'meta',
    // — or an anonymous poster's bare name over the post ("游客", "匿名用户"), or a blog's English poster line ("Posted 岑鹏远",
    // "Posted by admin")
    pattern: /^(?:[^\s/|｜。，,]{1,8}\s{0,3}[/|｜]\s{0,3})?(?:张贴者|张贴人|发布者|发布人|发稿人|供稿人)\s{0,2}[:：]?\s{0,2}[^\s。，,！？]{1,12}$|^(?:游客|匿名用户|匿名网友)$|^Posted (?:by )?[^\s。，,！？!?.]{1,20}$/,
    maxLength: 40,
    zone: 'preamble',
  },
  {
    // A periodical archive's issue line: "《新华月报(记录)》 2008年 第03期".
    id: 'meta.periodical-issue',
    reason: 'meta',
    pattern: /^《[^》]{1,30}》\s{0,3}\d{4}\s{0,2}年\s{0,3}第\s{0,2}\d{1,3}\s{0,2}期$/,
    maxLength: 50,
    zone: 'any',
  },
  {
    // A list of other articles above or below the text, one per line: "- 2022-08-17 00:24:51 在…上的讲话", or a
    // sidebar's with the date after the title it cut short ("· 中国侨联贯彻《信访...2023-2-7", "· 民法典亮点解读2020-12-8").
    id: 'site-chrome.dated-link',
    reason: 'site-chrome',
    pattern: /^[-•·]\s{0,2}\d{4}-\d{1,2}-\d{1,2}(?:\s{1,3}\d{1,2}:\d{2}(?::\d{2})?)?\s{1,3}\S|^[-•·]\s{0,2}(?:(?![^\s]{0,6}于\s{0,3}\d)[^\s。！？!?:：]{2,40}?|[^\s。！]{2,40}?(?:\.{3}|…{1,2}))\s{0,3}\d{4}-\d{1,2}-\d{1,2}$/,
    maxLength: 120,
    zone: 'any',
  },
  {
    // The line a CMS prints under an article: "本文2020-05-08 11:13:44发表“党会党课”栏目。"
    id: 'meta.published-in-column',
    reason: 'meta',
    pattern: /^本文(?:于)?\s{0,2}\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[\s\d:：]{0,10}(?:发表|发布)(?:于|在|到)?[^。]{0,24}(?:栏目|频道|分类)[。.]?$/,
    maxLength: 60,
    zone: 'any',
  },
  {
    // A journal database's citation of the text: "引用本文:周慕冰.在…上的讲话[J].…公报,2006(10)."
    id: 'meta.citation',
    reason: 'meta',
    // — or a bracketed note of the book or paper it was taken from: "(选自1980年2月人民出版社《…》第148页)",
    // "(林教授致词及图片转引自《台大校讯》第1043期,2011年3月30出刊) |"
    // — or the paper and the day and page it printed the text on: "《人民日报》 (1999年12月21日第4版)",
    //   "原载于《中国档案报》2015年11月5日 总第2832期 第三版", under an archive page's "【摘要】(主旨发言人系…)"
    pattern: /^[(（]\s?[^()（）]{0,24}?(?:选自|摘自|原载于?|录自|转引自|转载自)[^()（）]{2,80}[)）](?:\s{0,2}[|｜])?$|^《[^《》]{2,16}》\s{0,2}[(（]\s?\d{4}年\d{1,2}月\d{1,2}日\s?(?:第[\d一二三四五六七八九十]{1,3}版)?\s?[)）](?:\s{0,2}[|｜])?$|^(?:引用本文|本文引用格式|引用格式|参考引用)\s*[:：]|^[^。！？]{2,160}\[[JMNCD]\]\s{0,2}[.．][^。！？]{1,80}[,，]\s{0,2}\d{4}[^。！？]{0,20}$|^(?:【摘要】\s{0,2}(?:[(（][^()（）]{2,60}[)）])?\s{0,2})?原载于?《[^《》]{2,20}》[^。！？]{0,40}$/,
    maxLength: 300,
    zone: 'any',
  },
  {
    // A catalogue's abstract of the piece, in the third person ("摘要: 这是一篇关于一次大会的闭幕讲话。
    // 讲话指出…"): about the text, not the text (a journal's "摘要:" over the speech itself opens
    // with the speech's own words, and only its label is cut: glued-debris.ts).
    id: 'meta.abstract',
    reason: 'meta',
    // — or a news report's, its photo credit or dateline within its first words ("内容摘要: …局长孙学玉(来源:
    // 新浪财经 陈鑫 摄) 新浪财经讯 …")
    pattern: /^(?:内容)?摘\s{0,4}要\s{0,2}[:：]\s{0,2}(?:这是一篇|本文|该文|此文|文章|[^。]{0,60}(?:\s摄[)）]|[\u4e00-\u9fff]{2,8}讯\s))/,
    maxLength: 400,
    zone: 'any',
    wholeParagraph: true,
  },
  {
    id: 'meta.reading-time',
    reason: 'meta',
    pattern: /^(?:阅读时间|阅读时长|预计阅读)\s*[:：]?|本(?:篇)?文(?:章)?共计?\s*\d+\s*字|阅读(?:约需|大约需要|约|需要|需)\s*\d+\s*分钟|^本篇文章\s{0,2}\d{1,7}\s{0,2}字[,，]\s{0,2}读完(?:约|大约|需)?\s{0,2}\d{1,4}\s{0,2}分钟|共计\s{0,2}\d{1,7}\s{0,2}个?字\s{0,2}[,，]\s{0,2}预计阅读(?:时长|时间)?\s{0,2}[:：]?\s{0,2}\d{1,4}\s{0,2}分钟/,
    maxLength: 60,
    zone: 'any',
  },
  {
    // A column's card for its author, his posts and no name: "复旦大学特聘教授,中国研究院院长,春秋发展战略研究院研究员"
    // (a speech's byline ends with the speaker's name: "中国文联主席 孙家正"; a salutation names the chair:
    // "尊敬的蔡理事长、罗理事长、郑会长").
    id: 'meta.author-bio',
    reason: 'meta',
    pattern: /^(?!尊敬|敬爱|亲爱|各位|诸位)[\u4e00-\u9fff]{0,12}?(?:大学|学院|研究院|研究所|科学院|协会|学会|集团|医院)[\u4e00-\u9fff]{0,8}?(?:教授|院长|研究员|主任|所长|会长|理事长|专家|博导|馆长|董事长)(?:[，,]\s{0,2}[\u4e00-\u9fff]{2,24}?(?:教授|院长|研究员|主任|所长|会长|理事长|专家|博导|馆长|董事长)){1,4}$/,
    maxLength: 120,
    zone: 'preamble',
  },
  {
    // A template site's line for search engines under the title: the title again, then its columns
    // ("在再就业工作会议上的讲话,栏目:领导讲话稿,行政公文写作范文,… ,http://www.… 。").
    id: 'meta.seo-columns',
    reason: 'meta',
    pattern: /^[^。！？!?]{2,60}[，,]\s{0,2}栏目\s{0,2}[:：][^。！？!?]{2,120}。?$/,
    maxLength: 200,
    zone: 'edge',
  },
  {
    // A journal's record of the article, wherever the database prints it (under the byline that opens the
    // text, after its last paragraph): "分类号:F540.3 文献标识码:C", "文章编号:0451-0712(2006)06-0010-10",
    // "作者简介:贺立衡 交通部副部长", "作者单位:…". No speech says these words as a label.
    id: 'meta.journal-record',
    reason: 'meta',
    pattern: /^(?:中图分类号|分类号|文献标识码|文章编号|作者简介|作者单位|收稿日期|基金项目)\s*[:：]/,
    maxLength: 120,
    zone: 'any',
  },
  {
    // An AI writing site's plug for itself between a text's paragraphs: "本文由写作宝AI自动创作,若你有写作文、…需求,
    // 你都可以试一下", "我要创作文章,马上试一试".
    id: 'promo.ai-writer',
    reason: 'promo',
    pattern: /^本文由[^。！？]{1,12}AI(?:自动)?(?:创作|生成|写作)|^我要创作[^。！？]{0,8}[，,]\s{0,2}马上试一试$/i,
    maxLength: 120,
    zone: 'any',
  },
  {
    // "责任编辑：王XX" closing a news or template page; or the label alone, the name left out ("网站编辑").
    id: 'meta.editor',
    reason: 'meta',
    // — or the name first, then its role, after the publication's name ("澳门月刊 秦立文 图文编辑")
    pattern: /^[（(【\[]?(?:责任编辑|编辑|审核人?|审稿人?|校对|审校|初审|终审|来源编辑)\s*[:：][^。]{1,20}$|^(?:网站编辑|责任编辑|本文编辑|来源编辑)\s*[:：]?$|^(?:[\u4e00-\u9fff]{2,10}\s{1,3})?[\u4e00-\u9fff·]{2,4}\s{1,3}(?:图文编辑|责任编辑|文字编辑|网络编辑|美术编辑|编辑|校对)$/,
    maxLength: 30,
    zone: 'tail',
    speechOnly: true,
  },
  {
    id: 'meta.labels',
    reason: 'meta',
    // "范文作者:佚名    范文来源:不详    范文栏目:…": a site prefixes its labels with what it holds;
    // a library's record of the piece names its fields ("知识类型: 析出资源", "分类号: D624.55");
    // a "时间:" whose date the site left out, before its source and column ("时间: 新华 演讲致辞" — a
    // document's own "时间:2024年5月16日" field is no meta line), or after a share button; a bullet or a
    // bar may lead ("| 来源:网友投稿", the date before the bar gone); a box of the keywords it filed the
    // text under ("【ZiDongHua 之动感惠民生收录关键词:高质量发展 …】"); a news CMS's outlet ("媒体:张家港市融媒体中心");
    // "更新:2023-09-21 09:00:22 …"; a CMS's field label left bare, its value empty ("审核"); "本文作者:admin";
    // an e-paper's fields ("报刊:《中国政法大学校报》", "期次:第1033期   作者:●贺景川"); a blog's fields in brackets, their
    // colons spaced ("【发布者 : admin】", "【浏览量 : 1019】", "【Time : 2025 / 08 / 28】")
    pattern: /^(?:审核|审稿|责编|编审|校对|初审|终审)$|^(?:[•·|｜【]\s{0,2})?(?:范文|文章|稿件|新闻|资料|本文)?(?:来源|作者(?:姓名|单位)?|发布者|Time|TIME|Date|DATE|浏览量?|点击量?|阅读量?|查看次数|上传人|上传者|发布媒体|媒体|文档编号|页数|大小|字数|栏目|专栏|所属栏目|分类|分类号|责任编辑|编辑|更新时间|更新日期|更新(?=\s*[:：]\s*\d{4}-\d{1,2}-\d{1,2})|发布时间|发布日期|发布单位|发布机关|收录日期|收录时间|热度|关键词|关键字|知识类型|内容出处|内容来源|隶属章节|所属章节|唯一号|颗粒名称|报刊|刊物|期次|版次)\s*[:：]|^时间\s*[:：]\s*[^\d\s年月日号点时]{1,10}(?:\s{1,3}[^\d\s年月日号点时]{1,10}){1,3}$|(?:^|\s)分享\s{0,3}(?:时间|日期|来源|作者)\s*[:：]\s*$|^(?:时间|日期)\s{0,2}[:：]$|^【[^【】:：]{0,20}(?:收录)?(?:关键词|关键字)\s*[:：][^【】]{1,100}】$/,
    maxLength: 120,
    zone: 'preamble',
  },
  {
    // A CMS's poster and how the post came ("- admin 原创", "管理员 转载"), among its bulleted meta lines
    id: 'meta.poster-origin',
    reason: 'meta',
    pattern: /^(?:[-•·]\s{0,2})?(?:admin|管理员|小编|站长)\s{0,3}(?:原创|转载|整理|发布|投稿)$/i,
    maxLength: 20,
    zone: 'preamble',
  },
  {
    // A poster's series label under the title ("---母亲系列之一", "家风系列之三"): which of his posts this is; no speech
    // numbers itself so
    id: 'meta.series-label',
    reason: 'meta',
    pattern: /^(?:[-—－~～]{1,3}\s{0,2})?[\u4e00-\u9fff]{1,12}系列(?:文章|散文|随笔)?之[一二三四五六七八九十\d]{1,3}$/,
    maxLength: 24,
    zone: 'preamble',
  },
  {
    // A library's record of the piece, one field a line, its value after a space: "文献类型 期刊论文",
    // "母体文献 森林防火", "年卷期 2000年01期", "分类号 S762", "关键词 森林防火工作 …" (the record's
    // names for its fields; a speech's line never opens with one and a space)
    id: 'meta.record-fields',
    reason: 'meta',
    pattern: /^(?:编号|文献类型|母体文献|年卷期|年份|分类号|关键词|作者单位|刊名|页码|ISSN|CN)\s{1,4}[^\s。！？]/,
    maxLength: 120,
    zone: 'preamble',
  },
  {
    id: 'meta.counters',
    reason: 'meta',
    // (a page's font-size control before its source: "浏览字号: 来源: 人民日报 2009年07月15日 08:46:56")
    // (a forum poster's name over the post, its counts in brackets: "钱朗 (发表日期:2010-05-14 01:01:28 阅读人次:1090 回复数:1)")
    // (a CMS's date glued to its source field, after the headline: "…吕克白讲话时间: 2019-03-10信息来源:…文集 作者:吕克白 责编:qgy")
    pattern: /(?:时间|日期)\s*[:：]\s*\d{4}-\d{1,2}-\d{1,2}\s{0,2}(?:信息|文章|新闻)?来源\s*[:：]|(?:浏览|阅读|点击|人气)(?:次数|量)?\s*[:：]?\s*\d+\s*次?[^。]{0,30}(?:来源|作者|时间|日期)\s*[:：]|[（(]\s{0,2}(?:发表|发布)(?:日期|时间)\s{0,2}[:：][^()（）。]{4,30}(?:阅读|浏览|点击)(?:人次|次数|量)\s{0,2}[:：]\s{0,2}\d+[^()（）。]{0,16}[)）]$|(?:来源|作者|演讲者|主讲人?)\s*[:：][^。]{0,30}(?:浏览|阅读|点击|查看|时间|日期|发表|发布)\s*[:：]|^(?:浏览)?字号\s*[:：][^。]{0,12}(?:来源|作者|时间|日期)\s*[:：]/,
    maxLength: 120,
    zone: 'any',
  },

  {
    // A blog theme's bar of buttons under the post: its prompt ("喜欢就支持一下吧") and its buttons with their counts in a
    // row ("点赞10 分享", "赞赏 点赞3 收藏").
    id: 'site-chrome.post-actions',
    reason: 'site-chrome',
    pattern: /^喜欢就(?:支持|赞赏|点赞|收藏)一下吧[!！~～]?$|^(?:点赞|分享|收藏|赞赏|打赏)\s{0,2}\d{0,7}(?:\s{1,3}(?:点赞|分享|收藏|赞赏|打赏)\s{0,2}\d{0,7}){1,4}$/,
    maxLength: 40,
    zone: 'tail',
  },
  {
    // A news portal's credits under the article, each a field with a handle, a mailbox or a phone number:
    // "编辑:hdj", "投稿:news@ccement.com", "监督:0571-85871667" (a speech names no one so).
    id: 'meta.portal-credits',
    reason: 'meta',
    pattern: /^(?:编辑|责编|责任编辑|监督|投稿|审核|校对|供稿)\s{0,2}[:：]\s{0,2}(?:[A-Za-z0-9_.-]{1,30}@[A-Za-z0-9.-]{2,40}|[A-Za-z][A-Za-z0-9_]{1,20}|[0-9][0-9-]{6,19})$/,
    maxLength: 60,
    zone: 'any',
  },
  {
    // A collection page's counters, one per line: a bare label ("浏览", "范文") or bare counts
    // ("1180", "0 300") above the text.
    id: 'meta.stat-counter',
    reason: 'meta',
    // — or a share button's count with its label ("分享:0", "点赞 12")
    pattern: /^(?:浏览|阅读|点击|人气|热度|下载|收藏|点赞|评论|范文|文章)(?:量|数|次数)?$|^\d{1,7}(?:\s{1,3}\d{1,7}){0,3}$|^(?:分享|点赞|收藏|评论|转发)\s{0,2}[:：]?\s{0,2}\d{1,7}$/,
    maxLength: 32,
    zone: 'preamble',
  },
  {
    // A page's visit count alone on its line, over the text or under it: "4 次访问", "1180次浏览".
    id: 'meta.visit-count',
    reason: 'meta',
    pattern: /^\d{1,7}\s{0,2}次(?:访问|浏览|阅读|点击)$/,
    maxLength: 16,
    zone: 'any',
  },
  {
    // A read count in brackets, after the column the page is filed under: "演講稿 閲讀(1.21W)",
    // "阅读(356)", "浏览(2.3万)".
    id: 'meta.read-count',
    reason: 'meta',
    pattern: /^(?:[\u4e00-\u9fff]{1,8}\s{1,4})?(?:阅读|浏览|点击|人气|热度)\s{0,2}[(（]\s{0,2}\d{1,7}(?:\.\d{1,2})?\s{0,2}[WwKk万千]?\s{0,2}[)）]$/,
    maxLength: 40,
    zone: 'preamble',
  },
  {
    // An anniversary banner's span of years alone on a line over the speech ("1978-2018"): the page's
    // picture, not the speaker's words (a speech writes "1978年至2018年" inside a sentence).
    id: 'site-chrome.year-span-banner',
    reason: 'site-chrome',
    pattern: /^(?:19|20)\d{2}\s{0,2}[-–—~～]\s{0,2}(?:19|20)\d{2}$/,
    maxLength: 15,
    zone: 'preamble',
  },
  {
    // A content farm's English ornaments around the text: "The Beginning", "THE END".
    id: 'site-chrome.ornament-words',
    reason: 'site-chrome',
    pattern: /^(?:the\s{1,2}beginning|the\s{1,2}end|to\s{1,2}be\s{1,2}continued)[.!]?$/i,
    maxLength: 20,
    zone: 'any',
  },
  {
    // A news desk's dateline above a transcript: "新闻中心/宜兰县讯".
    id: 'meta.news-dateline',
    reason: 'meta',
    pattern: /^[^\s。，,:：/／]{2,12}[/／][^\s。，,:：/／]{2,12}讯$/,
    maxLength: 26,
    zone: 'preamble',
  },
  {
    // A news page's reporter line, "记者梁志豪/台北报导", and its flash label "快讯": no speaker says them on a line alone.
    id: 'meta.reporter-line',
    reason: 'meta',
    pattern: /^(?:记者|特派记者|实习记者)\s{0,2}[\u4e00-\u9fff]{2,4}\s{0,2}[/／]\s{0,2}[\u4e00-\u9fff]{2,8}(?:报导|报道|报導|報導|報道)$|^快讯$/,
    maxLength: 26,
    zone: 'any',
  },
  {
    // A news report's lead over the transcript it carries, opened by its dateline ("新浪财经讯 …论坛
    // …隆重举行。", "本报讯(记者…)", "【绩溪视窗讯】:11月10日下午3时,…发布会举行。"), at the page's head: a speaker never opens so. On a news report
    // it is the report's own first paragraph, so only on a speech.
    id: 'meta.news-lead',
    reason: 'meta',
    // — or one sentence that tells who attended and spoke ("省委书记韩川出席…启动仪式并致辞。"): a speaker never does;
    // or one that tells who chaired ("发布会由县委宣传部常务副部长汪丽华主持。"; a host says "由我主持");
    // or a dated sentence that tells a session was held ("3月14日15时,全国政协…在人民大会堂举行闭幕会,…"): a speaker says 今天;
    // or a summary that tells of the speech and what it stressed ("在今日举行的…启动仪式上,主办方领导从…三个维度展开讲话,强调…")
    pattern: /^(?![^。！？!?]*[我咱])在[^。！？!?]{2,40}(?:上|中)[，,][^。！？!?]{2,60}(?:展开|发表|作了?|进行了?)[^。！？!?]{0,4}(?:讲话|致辞|发言)[，,]\s{0,2}(?:强调|指出|表示)|^(?:[\u4e00-\u9fff]{2,8}讯|新华社[^。，,]{0,12}电|中新[网社][^。，,]{0,12}电)(?=\s|[（(【])|^【[\u4e00-\u9fff]{2,10}讯】\s{0,2}[:：]?(?=\s{0,2}\d{1,2}月\d{1,2}日)|^(?:会议|大会|发布会|座谈会|仪式|典礼|开幕式|活动|论坛|报告会)由(?!我)[^。！？!?]{2,40}主持。$|^[^。！？!?]{2,40}出席[^。！？!?]{2,80}并(?:致辞|致词|讲话|发表讲话|作讲话|发表致辞)。$|^\d{1,2}月\d{1,2}日(?:\d{1,2}时(?:\d{1,2}分)?)?[，,][^。！？!?]{2,60}(?:举行|召开)[^。！？!?]{0,20}(?:开幕会|闭幕会|全体会议|开幕式|闭幕式)/,
    maxLength: 300,
    zone: 'edge',
    speechOnly: true,
  },
  {
    // A press page's line telling who gave the talk it carries, and under what title ("上海市…副主任许爱平发表主题为
    // “智慧城市与发展转型”的演讲"): the page's caption in the third person; a speech's own title names no speaker's act.
    id: 'meta.press-caption',
    reason: 'meta',
    pattern: /^[^。！？!?]{2,60}发表了?(?:题为|主题为|题目为)[“"《「][^”"》」]{2,60}[”"》」]的(?:主题)?(?:演讲|讲话|致辞|报告)$/,
    maxLength: 140,
    zone: 'any',
  },
  {
    // The publisher's disclaimer over a transcript ("(速记稿摘录整理,未经本人审阅)", "(根据录音整理,未经本人审定)"):
    // the page's word on the text, not the speaker's. A bare "(根据录音整理)" under a title is the speech's own
    // front matter, as a date line is, and stays.
    id: 'meta.transcript-disclaimer',
    reason: 'meta',
    pattern: /^[（(][^()（）]{0,40}未经(?:本人|讲话人|演讲人|发言人|作者|讲者)?(?:审阅|审定|审核|审校)[^()（）]{0,10}[)）]$/,
    maxLength: 60,
    zone: 'any',
  },
  {
    // …and the caption of its photo ("图为中组部人才局局长孙学玉。", "上图为商务部副部长韩立舟。", "图:…编委委员王方杰现场致辞"):
    // no speaker says 图为
    id: 'meta.photo-caption',
    reason: 'meta',
    // — or closed by its photographer's credit ("阿朵拉,佤语里的意思是“吉祥的地方”。孟南青 摄", "■…发表讲话。香港文汇报记者陈启邦 摄",
    //   in brackets: "…主任刘赐贵(人民网记者 邝启宇 摄)", "上图:李志敏主任在演讲中(韩立舟 摄)。")
    // — or naming the venue shown alone ("推介会会场", "开幕式现场")
    // — or showing the audience listening ("同学们听林苒老师讲话", "全体师生认真聆听校长讲话"): a speech's title names no listener
    // — or naming who is shown, his post and name in corner brackets ("『長沙市副市長朱東鐵』"), or with the
    //   photo's credit after a slash ("北京航空航天大学校长 徐惠彬(北京航空航天大学/供图)")
    pattern: /^[上下左右]?图为[^。！？!?，,；;]{2,40}。?$|^(?:全体)?(?:同学们|学生们|师生们?|全体师生|队员们|干部职工|与会人员)(?:在)?(?:认真|专心|仔细)?(?:聆听|倾听|听)[^。！？!?，,]{1,20}(?:讲话|发言|致辞|演讲|报告)$|^[^。！？!?（()）]{2,60}[（(]\s{0,2}(?:[\u4e00-\u9fff]{2,12}记者\s{0,2})?[\u4e00-\u9fff]{2,4}\s{1,2}摄\s{0,2}(?:[)）]。?)?$|^(?:图|圖)\s{0,2}[:：]\s{0,2}[^。！？!?，,；;:：]{2,40}(?:致辞|讲话|发言|主持|演讲|现场|合影)$|^[\u4e00-\u9fff]{2,8}会场$|^[\u4e00-\u9fff]{0,6}(?:仪式|开幕式|闭幕式|大会|会议|活动)现场$|^[^。！？!?]{2,60}[。！？!?]?\s{0,2}(?:[\u4e00-\u9fff]{2,12}记者\s{0,2})?[\u4e00-\u9fff]{2,4}\s{1,2}摄$|^[^。！？!?]{2,40}[(（](?:左|右|前排|后排|中)[一二三四五六七八九\d]?[)）][^。！？!?]{0,100}[。！？!?]\s{0,2}[(（]\s{0,2}(?:图|图片|照片|摄影)\s{0,2}[:：/／][^()（）]{2,30}[)）]$|^『[^『』。！？!?，,]{0,20}(?:长|书记|主任|主席|总裁|总经理|董事长|会长|秘书长)\s{0,2}[\u4e00-\u9fff·]{2,4}』$|^[^。！？!?:：]{2,60}[（(][^()（）/／]{1,20}[/／]\s{0,2}(?:供图|摄)[)）]$/,
    maxLength: 200,
    zone: 'any',
    speechOnly: true,
  },
  {
    // A photo's caption that opens with the event's dated lead, the way a press photo is captioned:
    // "11月12日,…故事会在…举行。图为农业农村部副部长…讲话(视频)。农民日报·中国农网记者 韩军 摄".
    id: 'meta.photo-caption-dated',
    reason: 'meta',
    pattern: /^(?:\d{4}年)?\d{1,2}月\d{1,2}日[^。！？!?]{0,120}(?:举行|召开|举办|开幕|闭幕|启动)[。，,]\s{0,2}[上下左右]?图为[^。！？!?]{2,60}[。！？!?]?(?:\s{0,2}[^。！？!?]{0,30}\s摄)?$/,
    maxLength: 240,
    zone: 'any',
    speechOnly: true,
  },
  {
    // A book of model speeches labels each example and its fields above the text: "【范例一】",
    // "【致辞人】××市人口计生委", "【致辞背景】××市…动员大会致辞", a lecture page's "【讲座主题】…".
    id: 'meta.example-fields',
    reason: 'meta',
    pattern: /^【(?:范例|例文|示例|样文|范文)[一二三四五六七八九十\d]{0,3}】$|^【(?:致辞|讲话|发言|主持|演讲)?(?:人|者|背景|场合|时间|地点|对象)】|^【(?:讲座|报告|讲课|演讲)?(?:主题|题目)】/,
    maxLength: 60,
    zone: 'preamble',
  },
  {
    // A ceremony's roles above the speech given at it: "升旗手、护旗手:…", "辅导员:…", "主持人:…",
    // "周次:第6", "获得流动红旗的班级:", a press conference's "发布人:…调研员 许朝阳" (or a gala's, its leaders listed), "地点:…会议室", "主题:…",
    // the pupils giving the talk in each language ("中文演讲:林思远", "英文演讲:高一帆") (names or a number, never a sentence).
    id: 'meta.ceremony-roles',
    reason: 'meta',
    pattern: /^(?:升旗手|护旗手|旗手|护旗队|辅导员|主持人|周次|值周班级|获得流动红旗的班级|发布人|发布嘉宾|出席嘉宾|地点|会议地点|主题|会议主题|(?:中文|英文|英语|双语)(?:演讲|讲话|主持))(?:[、，,](?:升旗手|护旗手|旗手|护旗队|辅导员|主持人)){0,3}\s{0,2}[:：][^。！？!?；;]{0,60}$/,
    maxLength: 70,
    zone: 'preamble',
  },
  {
    // A document card's profile line: "范文类型:开场白,演讲稿,适用行业岗位:…,全文共 826 字"; the text's length in
    // brackets on its own line: "(全文约2100字)".
    id: 'meta.doc-profile',
    reason: 'meta',
    pattern: /^(?:范文|文档|文章|资料)类型\s*[:：]|^[^。！？!?]{0,80}全文共\s*\d+\s*字$|^[（(]\s{0,2}全文(?:约|共|近)?\s{0,2}\d{2,6}\s{0,2}(?:余|多)?字\s{0,2}[)）]$/,
    maxLength: 120,
    zone: 'preamble',
  },

  // ── breadcrumbs ─────────────────────────────────────────────────────────────────────────
  {
    id: 'breadcrumb.location',
    reason: 'breadcrumb',
    pattern:
      /^(?:当前位置|当前的位置|当前路径|您的位置|你的位置|(?:您|你)现在的位置|您当前的位置|(?:您|你)的?当前位置|(?:您|你)?(?:当前|现在|目前)?所在的?位置|现在位置|现在的位置|目前位置|目前的位置)(?:是)?\s*(?:[:：]|$|(?=(?:首页|主页|网站首页)\s*[>›»＞→/]))|^[\u4e00-\u9fff]{1,4}位置\s*[:：]\s*(?:首页|主页|网站首页)\s*[>›»＞→/]|^(?:\d{1,2}\.\s{0,3})?(?:首页|主页|网站首页)\s*[>›»＞→/]|^(?:首页|主页|网站首页)(?:\s{1,3}[^\s>›»＞→。，,！!？?]{1,12}){2,30}$|^(?:(?:>>|››|»»|>|›|»|＞|→)\s{0,3})?[^\s>›»＞→]{1,15}(?:\s{0,3}(?:>>|››|»»|>|›|»|＞|→)\s{0,3}[^\s>›»＞→]{1,15}){2,6}\s{0,3}(?:>>|››|»»|>|›|»|＞|→)?$|^[^\s>›»＞→]{1,15}(?:\s{0,3}(?:>>|››|»»|>|›|»|＞)\s{0,3}[^\s>›»＞→]{1,15}){2,5}\s{0,3}(?:>>|››|»»|>|›|»|＞)\s{0,3}[^>›»＞→。！？!?]{16,50}$|^(?:>>|››|»»|>|›|»|＞|→)\s{0,3}[^\s>›»＞→。，,！!？?]{1,15}$|^[^\s>›»＞→。，,！!？?]{1,15}\s{0,3}(?:>>|››|»»|>|›|»|＞|→)\s{0,3}[^\s>›»＞→。，,！!？?]{1,15}\s{0,3}(?:>>|››|»»|>|›|»|＞|→)$|^[^\s>›»＞→。，,！!？?]{1,15}\s{0,3}(?:>>|››|»»|>|›|»|＞|→)\s{0,3}正文$|^[^\s>。，,！!？?]{1,15}\s{0,3}(?:->|=>)\s{0,3}[^>。，,！!？?]{1,20}(?:\s{0,3}(?:->|=>)\s{0,3}[^>。，,！!？?]{1,20}){0,4}$/,
    maxLength: 100,
    zone: 'any',
  },

  // ── site chrome left inside the article box ─────────────────────────────────────────────
  {
    // A blog theme's summary box over the post, its label and the placeholder it shows until a script fills it
    // ("AI摘要" / "正在生成中……"), or any box's loading placeholder alone on its line ("加载中..."): no sentence of a speech.
    id: 'site-chrome.summary-widget',
    reason: 'site-chrome',
    pattern: /^(?:AI|ai)\s?(?:摘要|总结|概要|概述|导读)$|^(?:正在)?(?:生成|加载)中\s{0,2}(?:…{1,2}|\.{3,6}|。{3})?$/,
    maxLength: 12,
    zone: 'any',
  },
  {
    // A site's acronym left alone on its line over the text, its logo's words ("SIST" under "毕业季"): no line of a Chinese speech
    // is a bare run of capitals.
    id: 'site-chrome.logo-acronym',
    reason: 'site-chrome',
    pattern: /^[A-Z]{2,8}$/,
    maxLength: 8,
    zone: 'preamble',
  },
  {
    // A blog's author handle under the post's title, in English ("by mayx"): the poster's, no part of a Chinese speech.
    id: 'meta.author-handle',
    reason: 'meta',
    pattern: /^by\s{1,2}[A-Za-z][\w.-]{0,30}$/,
    maxLength: 40,
    zone: 'preamble',
  },
  {
    // — or a bar of bracketed fields and buttons ("【发布时间:2016-11-28】 【作者:/来源:】【关闭窗口】",
    // "【字号 打印 投稿 纠错 论坛 【收藏】 E-mail推荐:")
    // — a blog archive's "Archive for the Debate Category" and "Posted in Debate, Speech on … by loso", a viewer's
    // "课件预览" label left among the paragraphs, a skip link ("Skip to main content"), a newsletter's "【回本期目錄】", a back-to-top button ("To Top"), an e-paper's panels ("标题导航", "内容搜索"), a blog builder's comments label in its own language ("Comentarios"), a search box's "高级搜索", a news page's vote button ("狂踩") or a bar's bare "阅读" over "分享", a language switch ("- 其他語言版本:" / "- English")
    id: 'site-chrome.navigation',
    reason: 'site-chrome',
    pattern: /^(?:跳到|跳至|跳转到)主要?内容(?:区块|区塊|区)?$|^[【\[]回(?:本期|本刊)?目录[】\]]$|^(?:Back )?[Tt]o [Tt]op$|^(?:内容搜索|标题导航|版面导航|版面目录|往期回顾)$|^Skip to (?:the )?(?:main )?content$|^(?:Comments?|Comentarios|Commentaires|Kommentare)(?:\s{0,2}\(\d{1,5}\))?$|^返回(?:上一页|上页|顶部)?$|^(?:上一篇|下一篇|上一主题|下一主题|上一则|下一则|上一页|下一页|返回列表|返回首页|本文标签|文章标签|打印本文|关闭窗口|分享到|【打印】|【关闭】|【收藏】)|^(?:点击)?查看更多\s{0,2}(?:>>|»|>|》)?$|^[•·]?\s{0,2}分页\s{0,2}(?:>>|»|>)$|^[—–~～·•-]{0,3}\s?分享(?:到|至)?\s?[—–~～·•-]{0,3}[:：]?$|^转发(?:到|至)\s{0,2}[:：]?$|^附件(?:列表|下载)[:：]?$|^(?:查看|阅读)原文\s{0,2}(?:>>|»|>)?$|^内容导航[:：]?$|^Archive for the .{1,40} Category$|^Posted in [^\n]{1,60} on [A-Z][a-z]{2,9} \d{1,2}, \d{4} by \S{1,30}$|^(?:课件|文档|资料)预览$|^-?\s{0,2}(?:其他語言版本|其他语言版本|其它语言版本)\s{0,2}[:：]?$|^-\s{0,2}(?:English|中文|繁體中文|简体中文)$|^(?:高级搜索|站内搜索|站内检索|文章检索|搜索|搜\s?索|检索)$|^(?:狂顶|狂踩|顶一下|踩一下|阅读)$|^(?:微信公众平台|微信公众号|官方微信|官方微博|无障碍浏览|无障碍)$|设为首页\s{0,4}[|｜]\s{0,4}加入收藏|加入收藏\s{0,4}[|｜]\s{0,4}设为首页|^(?=[^\n]{0,80}【(?:发布时间|发布日期|作者|来源|关闭窗口|关闭|打印|收藏)[:：】])(?:【[^【】\n]{0,30}】\s{0,3}){2,8}$|^【\s{0,2}(?:字号|字体)\s[^。！？!?\n]{0,40}(?:打印|收藏)[^。！？!?\n]{0,30}$/,
    maxLength: 80,
    zone: 'any',
  },
  {
    // A page's bar to the articles before and after it, behind the title or a label: "… << 王汝鹏率团访问
    // 港澳红会 | 广饶县红十字会召开…会议 >>" (two headlines between "<<" and ">>", no speaker writes that)
    id: 'site-chrome.prev-next-arrows',
    reason: 'site-chrome',
    pattern: /<<\s{0,2}[^<>|｜]{2,60}?\s{0,2}[|｜]\s{0,2}[^<>|｜]{2,60}?\s{0,2}>>\s{0,2}$/,
    maxLength: 160,
    zone: 'any',
  },
  {
    // A WeChat article's own interface, copied with a reposted speech: its fixed phrases
    // ("预览时标签不可点收录于话题#个上一篇下一篇", "微信扫一扫关注该公众号", "轻点两下取消赞").
    id: 'site-chrome.wechat',
    reason: 'site-chrome',
    pattern: /预览时标签不可点|收录于(?:话题|合集)\s{0,2}#|微信扫一扫(?:关注该公众号|可打开此内容)|轻点两下取消(?:赞|在看)|(?:继续|向上)滑动看下一个|喜欢此内容的人还喜欢/,
    maxLength: 80,
    zone: 'any',
  },
  {
    // An article's own pager and page header, left in the text when its pages are merged
    // ("共3页:", "（第2页）", "第1页 共3页 下一页", "上一页 1 2 3 下一页"): page words and numbers
    // only, at least one page word. A number ends where a digit does not follow, so a run of
    // digits splits one way only.
    id: 'site-chrome.pager',
    reason: 'site-chrome',
    pattern:
      /^[\s:：,，/|·]{0,4}(?:(?:\[\d{1,3}\]|\d{1,3}(?!\d))[\s:：,，/|·]{0,4}){0,30}(?:[(（]\s{0,2})?(?:共\s{0,2}\d{1,3}\s{0,2}[页頁]|第\s{0,2}\d{1,3}\s{0,2}[页頁]|[上下前后]一?[页頁]|首[页頁]|尾[页頁]|末[页頁])(?:\s{0,2}[)）])?[\s:：,，/|·]{0,4}(?:(?:(?:[(（]\s{0,2})?(?:共\s{0,2}\d{1,3}\s{0,2}[页頁]|第\s{0,2}\d{1,3}\s{0,2}[页頁]|[上下前后]一?[页頁]|首[页頁]|尾[页頁]|末[页頁])(?:\s{0,2}[)）])?|\[\d{1,3}\]|\d{1,3}(?!\d))[\s:：,，/|·]{0,4}){0,30}$/,
    maxLength: 120,
    zone: 'any',
  },
  {
    // A sidebar box's header, its column's name with the link to the rest: "服务专栏 更多", "通知公告 更多>>",
    // "图片新闻 MORE+" (a speaker's "奉献更多" has no space before the word).
    id: 'site-chrome.column-more',
    reason: 'site-chrome',
    pattern: /^[\u4e00-\u9fff]{2,10}(?:\s{1,3}更多|\s{0,3}更多\s{0,2}(?:>>|»|＞＞|\+))$|^[\u4e00-\u9fff]{2,10}\s{0,3}(?:MORE|More|more)\s{0,2}(?:\+|>>|»)?$/,
    maxLength: 20,
    zone: 'any',
  },
  {
    // The column a news page files the article under, led by a dash or an arrow as its menu prints it:
    // "--时政要闻", "» 工作动态" (a speech's dash line names its occasion, never a news column).
    id: 'site-chrome.column-label',
    reason: 'site-chrome',
    pattern: /^(?:-{2,4}|—{1,2}|>{1,2}|»)\s{0,2}[\u4e00-\u9fff]{2,6}(?:要闻|新闻|动态|资讯|公告|快讯|头条|速递)$/,
    maxLength: 16,
    zone: 'any',
  },
  {
    // A portal's bar of picks from its channels, headed by an arrow: "頻道推薦> 哈馬斯…停火協議 | 伊拉克…".
    id: 'site-chrome.channel-picks',
    reason: 'site-chrome',
    pattern: /^(?:频道推荐|编辑推荐|热点推荐|今日推荐|图片推荐)\s{0,2}[>›»]/,
    maxLength: 240,
    zone: 'any',
  },
  {
    // The heading of a list of links to other articles ("相关文章", "《…主持词》相关文档:", a document site's
    // "…大赛主持词相关文档" with the name unbracketed: only a genre's name, so no sentence ends so; a chart's "阅读榜" alone;
    // a hospital site's "了解这些有可能对您有所帮助" over its links);
    // the short title lines under it go too (see RELATED_LIST_RULES).
    id: 'site-chrome.related',
    reason: 'site-chrome',
    pattern: /^(?:阅读榜|排行榜|点击排行|阅读排行|热文排行)$|^了解这些(?:有可能|可能)?对(?:您|你)有(?:所)?帮助$|^(?:[-•·]\s*)?(?:(?:【[^】]{1,40}】|\[[^\]]{1,40}\]|《[^》]{1,40}》)\s*)?(?:其他|其它|更多)?(?:相关推荐|相关文章|相关稿件|相关新闻|相关范文|热门文章|热点文章(?:阅读)?|热门范文|猜你喜欢|推荐阅读|延伸阅读|热门推荐|相关阅读|相关专题|精彩推荐|最新文章|热门标签|相关标签|标签云|最新文档|热门文档|相关文档|本类推荐|热门话题|热门资讯|最新资讯)|看了[^。]{1,40}的人(?:还|也)(?:看了|在看|喜欢)|^(?:大家|网友)(?:都在看|还看了|还喜欢)|^(?:关联|相关|相关链接|相关新闻|相关报道)\s?[:：]$|^[^。！？!?，,：:\s]{2,40}?(?:词|辞|稿|讲话|发言|范文)(?:相关文档|相关文章|相关范文|相关推荐)[:：]?$/,
    maxLength: 60,
    zone: 'any',
  },
  {
    // A link to another article printed as its label and the article's opening, cut off with an
    // ellipsis: "推荐阅读:同志们,安全生产这根弦一刻也松不得,…。希望大家…落到实处……" (the whole line, every sentence of it).
    id: 'site-chrome.related-teaser',
    reason: 'site-chrome',
    pattern: /^(?:[-•·]\s*)?(?:推荐阅读|延伸阅读|相关阅读|精彩推荐|热门推荐|猜你喜欢|相关推荐)\s{0,2}[:：][^\n]{10,400}(?:…|\.{3,6})$/,
    maxLength: 420,
    zone: 'any',
  },
  {
    // What a site's copy handler appends ("著作权归作者所有…链接：…来源：…"), found in pasted text.
    id: 'watermark.copy-tail',
    reason: 'watermark',
    pattern: /著作权归作者所有|商业转载请联系|非商业转载请注明|转载[,，]?\s{0,2}请(?:注明|保留)(?:出处|来源|链接|原文)|^(?:原文)?(?:链接|地址|出处)\s*[:：]\s*(?:https?:\/\/|www\.)|^本文(?:链接|地址)\s*[:：]/i,
    maxLength: 120,
    zone: 'any',
  },
  {
    // "【本文来源：无忧考网 www.51test.net】": the site stamping its name on the article.
    id: 'watermark.source-stamp',
    reason: 'watermark',
    pattern: /^[【\[（(]\s*(?:本文|文章|原文)?(?:来源|出处|转载自|来自|摘自)\s*[:：][^。]{0,40}[】\]）)]$|^(?:本文|文章|原文)(?:来源|出处|转载自|来自)\s*[:：][^。]{0,40}$/,
    maxLength: 60,
    zone: 'any',
  },
  {
    // The labelled lines of a copy tail at the end of pasted text: "作者：… 来源：…", or a label
    // the tail left empty ("作者" under 版权声明).
    id: 'watermark.copy-tail-labels',
    reason: 'watermark',
    pattern: /^(?:作者|来源|链接|出处|原文链接|原文地址|文章来源|本文来源)\s*[:：]\s*\S|^(?:作者|来源|出处)$/,
    maxLength: 80,
    zone: 'tail',
  },
  {
    id: 'watermark.published-by',
    reason: 'watermark',
    pattern: /^本文(?:由|系)[^。]{1,20}(?:整理|发布|收集|编辑|原创|首发)|本文来源于[^。]{0,30}(?:网|www\.|\.com)|^本文(?:转自|转载自|选自|摘自)[^。]{0,30}(?:公众号|网|平台|号)/i,
    maxLength: 80,
    zone: 'any',
  },
  {
    // A hijacked mirror's spam keywords over the page ("欧美亚洲国产一区_亚洲AV日韩AV无码A一区_色综合天天综合婷婷伊人",
    // "吃瓜爆料网在线观看|91制片厂…", "…毛片,国产第6页,…,精品国产31久久久久久,大香伊人久久精品一区二区,…"): two of the
    // trade's words apart from any sentence's end. A speech's
    // zones ("划分为一区、二区、三区") name no second word of the list.
    id: 'site-chrome.spam-keywords',
    reason: 'site-chrome',
    pattern: /(?:[一二三四]区|无码|在线观看|免费观看|在线播放|自拍|偷拍|麻豆|午夜福利|伊人|制片厂|毛片|精品国产|久久精品)[^。！？]{0,60}(?:无码|在线观看|免费观看|在线播放|自拍|偷拍|麻豆|午夜福利|伊人|制片厂|免费视频|毛片|精品国产|久久精品|一区二区)/,
    maxLength: 400,
    zone: 'any',
  },
  {
    id: 'site-chrome.disclaimer',
    reason: 'site-chrome',
    pattern: /如有侵权|侵权请?联系|联系(?:我们)?删除|文章来源于网络|来源于网络[，,]|本文来自网络|版权归原作者所有|本文(?:由|系)?[^。]{0,10}(?:网友|用户)(?:投稿|上传|发布|自发贡献)|(?:该文|本文)观点仅代表作者本人|(?:该文|本文)仅代表作者(?:本人|个人)?(?:观点|立场)|本站(?:仅|只)提供|(?:本文|本站|文章|内容)[^。！？!?]{0,6}侵犯了?(?:您|你)的/,
    maxLength: 120,
    zone: 'edge',
  },
  {
    // A site's numbered notices about its own documents, under 温馨提示 at the foot of a page:
    // "2. 为防止用户资源被随意传播,本站部分文稿需要会员才可阅读或下载,请予谅解与支持!",
    // "3、本站不支持迅雷下载,…".
    id: 'site-chrome.site-notice',
    reason: 'site-chrome',
    // One sentence, the whole line: a notice glued after a speech's point ("第一，本站原创，…")
    // is a watermark the peeler cuts, the point staying.
    pattern: /^(?:\d{1,2}\s{0,2}[.、．]\s{0,2}(?:[^。！？!?，,]{2,16}[，,])?)?本站[^。！？!?]{0,30}(?:会员|下载|上传|侵权|删除|转载)[^。！？!?]{0,40}[。！!]?$/,
    maxLength: 120,
    zone: 'edge',
  },
  {
    // A news portal's channel or a broadcaster's name alone on a line over the article: "新浪天津", "网易新闻",
    // "凤凰网资讯", "無綫新聞 TVB News"; a portal's own name, its field before 网 ("南京家庭教育网", "祁门人大网").
    id: 'site-chrome.portal-channel',
    reason: 'site-chrome',
    pattern: /^(?:新浪|腾讯|騰訊|网易|網易|搜狐|凤凰网|鳳凰網)[\u4e00-\u9fff]{0,4}$|^[\u4e00-\u9fff]{2,6}(?:新闻|新聞)\s{1,2}[A-Z][A-Za-z]{1,8}\s{1,2}News$|^[\u4e00-\u9fff]{2,12}(?:新闻|新聞|资讯|資訊|门户|門戶|人大|政协|政協|党建|黨建|文明|政府|教育|教研|科普|法治|健康)[网網]$/,
    maxLength: 30,
    zone: 'preamble',
  },
  {
    // A site that says what it offers, its channels after it: "正兴文秘网为您提供优质参考范文! 工作汇报 思想汇报 …".
    id: 'site-chrome.site-slogan',
    reason: 'site-chrome',
    // — or its offer in a few words: "百万范文,免费预览"
    pattern: /^[^\s。！？!?，,]{2,14}(?:网|站|文库)(?:为|给)(?:您|你|大家)提供|^[^\s。！？!?，,]{0,6}(?:范文|文档|资料)\s{0,2}[,，、·|｜]?\s{0,2}(?:免费预览|免费下载|免费阅读|在线预览)[!！。]?$/,
    maxLength: 120,
    zone: 'edge',
  },
  {
    // A question-and-answer page's labels around the answer that holds the speech.
    id: 'site-chrome.qa-label',
    reason: 'site-chrome',
    pattern: /^(?:问题描述|问题补充|最佳答案|推荐答案|满意答案|满意回答|其他答案|其他回答|精选回答|网友回答|网友采纳|提问者采纳|已采纳|追问|追答)\s{0,2}[:：]?$/,
    maxLength: 12,
    zone: 'any',
  },
  {
    // The asker's plea on a question-and-answer page: "…的讲话,求路过的大神留个言,帮个忙!",
    // "…通讯稿,真的急需答案,求回复!", "…方案,有没有大佬在?求高手帮忙看看这个!".
    id: 'site-chrome.qa-plea',
    reason: 'site-chrome',
    pattern: /求[^。！？!?，,]{0,6}(?:大神|大佬|高手)|(?:大神|大佬|高手)[^。！？!?，,]{0,6}(?:帮|指点|留个言|解答|在[?？])|帮个忙[!！]|急需答案|求回复[!！]/,
    maxLength: 80,
    zone: 'edge',
  },
  {
    // A bulletin-board post's header and footer (水木-style boards): "发信人: wqs (sam), 信区: …",
    // "发信站: … 站内信件", "※ 来源:·…". The post's subject between them: board-post.ts.
    id: 'site-chrome.bbs-header',
    reason: 'site-chrome',
    pattern: /^(?:发信人|寄信人|发信站|转信站|信\s{0,2}区)\s{0,2}[:：]|^※\s{0,2}(?:来源|修改|转载|转寄)\s{0,2}[:：]/,
    maxLength: 120,
    zone: 'edge',
  },
  {
    id: 'site-chrome.font-size',
    reason: 'site-chrome',
    // (or its bare label, the buttons gone: "【字体:")
    pattern: /^【?(?:字体|字号)\s{0,2}[:：∶]?\s{0,2}】?$|^【(?:字体|字号)\s{0,12}】\s{0,4}【(?:背景色|背景|颜色)\s[^【】]{0,60}$|^【?(?:字号|字体)\s*[:：]?\s*[大中小](?:\s*[大中小]){1,2}】?|^(?:打印\s{0,3})?(?:字号|字体)\s{0,2}[:：]\s{0,2}[TtAa]\s{0,2}[|｜]\s{0,2}[TtAa]$|^(?:字号|字体)\s{0,2}[:：]\s{0,2}[TtAa](?:\s{1,3}[TtAa]){1,2}(?:\s{1,6}(?:颜色|背景色?)\s{0,2}[:：])?$|^(?:字号|字体)(?:调整|大小|设置)?\s*[:：]\s*[\[【(（]?\s*[+＋]?\s*(?:放大|加大|增大|大)\s*[-－|｜/]?\s*(?:减小|缩小|小)\s*[\]】)）]?$|^(?:收藏本文|复制链接|打印本页|推荐给朋友|我要投稿|我要评论)|^[【\[]?(?:打印|关闭|關閉|加入收藏|收藏本站)[】\]]?$/,
    maxLength: 80,
    zone: 'any',
  },
  {
    // "打印 | 收藏 | 分享", "全文打印       打印文字稿": a page's toolbar, as text.
    id: 'site-chrome.toolbar',
    reason: 'site-chrome',
    // — or the toast a share button leaves ("已复制链接", "链接已复制")
    pattern: /^(?:全文打印|打印全文|打印|收藏|分享|举报|评论|复制|下载|纠错|关闭)(?:(?:\s{0,4}[|｜·/]\s{0,4}|\s{1,8})(?:打印文字稿|打印全文|全文打印|打印|收藏|分享|举报|评论|复制|下载|纠错|关闭|本文|本页)){1,6}$|^(?:已复制(?:链接|连结)|(?:链接|连结)已复制|复制(?:链接|连结)成功)[!！。]?$/,
    maxLength: 40,
    zone: 'any',
  },
  {
    // A portal's menu of channel names set apart by single spaces, ten and more to a line, at the page's head or
    // foot ("资讯 要闻 视点 外贸 统计 标准 科技 市场 宁波 织里 盛泽 …"): no sentence, only names of sections.
    id: 'site-chrome.word-menu',
    reason: 'site-chrome',
    pattern: /^(?:[\u4e00-\u9fff]{2,4}[ \u3000]{1,3}){9,40}[\u4e00-\u9fff]{2,4}$/,
    maxLength: 240,
    zone: 'edge',
  },
  {
    // A channel's menu bar as text, its items set apart by "|": "首頁 | 專題首頁 | 要聞播報 | 世博動態 | 臺灣與世博 |
    // …" (four items or more, each a few words; a speaker's sentence holds no such run of bars), or two
    // and more after a leading bar ("| OA办公系统入口(外网) | OA办公系统入口(政务网)": no sentence opens with one)
    id: 'site-chrome.menu-bar',
    reason: 'site-chrome',
    // — or set apart by spaces, two home pages first ("四川农业大学首页 成都校区首页 都江堰校区首页 四川农业大学校园新闻")
    // (an item opens and closes on a character that is no space, an empty one is spaces alone: the spaces round a bar
    // are the bar's one way only, or the ways to split them would grow exponentially with the items on a crafted line)
    pattern: /^(?:\s{0,3}[^\s|｜。，,！？!?](?:[^|｜。，,！？!?]{0,14}[^\s|｜。，,！？!?])?\s{0,3}[|｜]|\s{0,6}[|｜]){3,16}[^|｜。，,！？!?]{0,16}$|^[|｜](?:\s{0,3}[^\s|｜。，,！？!?](?:[^|｜。，,！？!?]{0,14}[^\s|｜。，,！？!?])?\s{0,3}[|｜]|\s{0,6}[|｜]){1,16}[^|｜。，,！？!?]{1,16}$|^(?:[^\s|｜。，,！？!?]{1,14}首页\s{1,4}){2,6}[^\s|｜。，,！？!?]{0,16}(?:\s{1,4}[^\s|｜。，,！？!?]{1,16}){0,4}$/,
    maxLength: 200,
    zone: 'any',
  },
  {
    // A page's feedback box and a video player's error, as text: "此页面有问题吗?", "帮助我们改进GOV.MO",
    // "* 必填项", "提交", "未能播放Youtube視頻".
    id: 'site-chrome.page-widget',
    reason: 'site-chrome',
    pattern: /^(?:点击查看(?:下一张|上一张|大图))?\s{0,2}loading\.{0,3}\s{0,2}\d{1,3}\s{0,2}of\s{0,2}\d{1,3}$|^此(?:页面|网页|頁面|網頁)有问题吗\s{0,2}[?？]?$|^帮助我们改进\s{0,2}[\w.\u4e00-\u9fff]{0,20}$|^[*＊]\s{0,2}(?:必填项|为必填项)$|^提交(?:反馈)?$|^(?:未能|无法|不能)播放\s{0,2}[\w\u4e00-\u9fff]{0,10}(?:视频|音频)$/,
    maxLength: 30,
    zone: 'any',
  },
  {
    // A separator left alone on a line by a page's layout ("|" under a signature), or a rule of
    // asterisks, equals signs or tildes under a press release's headline ("*****************").
    id: 'site-chrome.bare-separator',
    reason: 'site-chrome',
    // (and an image a page-to-text copy left as an empty Markdown image, "![]() |")
    pattern: /^[|｜¦丨]{1,3}$|^[*＊=＝~～_\-—─]{5,120}$|^!\[[^\]\n]{0,40}\]\([^)\s]{0,200}\)\s{0,2}[|｜]?$/,
    maxLength: 120,
    zone: 'any',
  },
  {
    // A media player's label left where a picture or a video stood: "△点击视频", "▶点击播放视频", a lone "图片".
    id: 'site-chrome.media-label',
    reason: 'site-chrome',
    pattern: /^[△▲▼▶►]?\s{0,2}(?:点击|点此)(?:观看|播放)?(?:视频|音频)$|^(?:图片|视频|音频|[Ii]mages?|[Pp]hotos?)$/,
    maxLength: 12,
    zone: 'any',
  },
  {
    // An image's file name left as a line of text where the picture stood ("高一(1)班林书瑶.jpg"), or the
    // name a camera, a chat app or a desktop gave it, numbered, without its suffix ("新建文件夹-10-2",
    // "微信图片_20230512093011", "DSC_0123"), or the words its uploader joined by underscores ("2015_Xinjiang_24Hour_Exhibit8",
    // or a year and a word, "2014_exhibition"),
    // or the query a WeChat picture's address left where the picture stood ("640?wx_fmt=jpeg&from=appmsg").
    id: 'site-chrome.image-file',
    reason: 'site-chrome',
    pattern: /^[^\s。！？!?，,；;：:]{1,40}(?:\s?[（(]\d{1,3}[)）])?\.(?:jpe?g|png|gif|webp|bmp)$|^\d{2,4}\?wx_fmt=(?:jpeg|jpg|png|gif|webp|other)(?:&[a-z_]{1,12}=[A-Za-z0-9_]{1,16}){0,4}$|^(?:新建文件夹|未命名|未标题|微信图片|QQ图片|QQ截图|IMG|DSCN?|DSCF)[\s_-]?[0-9][0-9_-]{0,30}$|^[A-Za-z0-9]{1,20}(?:_[A-Za-z0-9]{1,20}){2,6}$|^\d{4}_[a-z]{3,20}$/i,
    maxLength: 50,
    zone: 'any',
  },
  {
    // A picture's markup left as a line of text, its data inline ("<image>data:image/s3,"s3://crabby-images/68122/68122065deed4be43d6ef2755923a76388b84d2d" alt=""</image>",
    // "<img src=…>"): a page that lost its picture to a copy keeps the tag.
    id: 'site-chrome.image-tag',
    reason: 'site-chrome',
    pattern: /^<image>[^<>]{0,500}<\/image>$|^<img\s[^<>]{0,500}\/?>$/i,
    maxLength: 520,
    zone: 'any',
  },
  {
    // A gallery's label where the pictures stood: "活动图片", "现场照片", "图片欣赏"; or a picture's
    // zoom control: "放大圖片", "点击放大", "查看大图".
    id: 'site-chrome.picture-label',
    reason: 'site-chrome',
    pattern: /^(?:活动|现场|現場|相关|相關|精彩|部分)(?:图片|圖片|照片|剪影|掠影)(?:展示|欣赏|欣賞|集锦|集錦)?$|^(?:图片|圖片|照片)(?:展示|欣赏|欣賞|集锦|集錦)$|^(?:点击|點擊)(?:图片|圖片)?放大$|^放大(?:图片|圖片)$|^(?:点击|點擊)?查看(?:大图|原图)$/,
    maxLength: 8,
    zone: 'any',
  },
  {
    // What a page shows where a plugin it embeds cannot play: "此页面上的内容需要较新版本的 Adobe
    // Flash Player。", "获取 Adobe Flash Player", "您的浏览器不支持该视频".
    id: 'site-chrome.player-notice',
    reason: 'site-chrome',
    pattern: /^(?:获取|下载|安装|Get)?\s?(?:Adobe\s?)?Flash\s?Player$|需要[^。]{0,12}Flash\s?Player|浏览器(?:暂)?不支持[^。]{0,8}(?:视频|音频|播放|插件|Flash|HTML5)/i,
    maxLength: 60,
    zone: 'any',
  },
  {
    // An image's id left as a line after the text ("23AA286"): letters and digits mixed, no word.
    id: 'site-chrome.image-id',
    reason: 'site-chrome',
    pattern: /^(?=[A-Za-z]{0,15}[0-9])(?=[0-9]{0,15}[A-Za-z])[A-Za-z0-9]{6,16}$/,
    maxLength: 16,
    zone: 'tail',
  },
  {
    // A page's label over the text it holds: "国旗下讲话内容", "讲话全文", "发言正文:", a press page's "文字实录:",
    // a lecture page's "【讲座全文】".
    id: 'site-chrome.genre-content-label',
    reason: 'site-chrome',
    pattern: /^[\u4e00-\u9fff]{0,8}(?:讲话|講話|致辞|致辭|发言|發言|演讲|演講|主持词|主持詞|讲稿|講稿|党课|黨課)稿?(?:内容|內容|全文|正文|原文)[:：]?$|^(?:以下(?:是|为))?(?:文字|现场|图文)实录[:：。]$|^【(?:讲座|講座|报告|報告|讲课|講課|课程|課程)?(?:全文|正文)】$/,
    maxLength: 16,
    zone: 'any',
  },
  {
    // A Q&A page's next question, numbered with a dingbat: "❷ 赞美退休的诗句有哪些" (a speech's own
    // points are not questions).
    id: 'site-chrome.qa-question',
    reason: 'site-chrome',
    pattern: /^[❶-❿➊-➓]\s{0,2}[^。！!]{2,40}(?:有哪些|是什么|怎么写|如何写|怎么办|为什么|有什么)[?？]?$/,
    maxLength: 48,
    zone: 'any',
  },
  {
    // A forum's footer: "GMT+8, 2025-1-10 17:08", "Powered by ScienceNet.cn", "Powered by Discuz! X3.4".
    id: 'site-chrome.forum-footer',
    reason: 'site-chrome',
    pattern: /^GMT\s?[+-]\s?\d{1,2}\s?[,，]\s{0,2}\d{4}-\d{1,2}-\d{1,2}\s{1,2}\d{1,2}:\d{2}$|^Powered by\s[A-Za-z0-9.!]{2,30}(?:\s[A-Za-z0-9.!]{1,10}){0,2}$/,
    maxLength: 60,
    zone: 'tail',
  },
  {
    // A site's domain in brackets over the text, with its column: "【wenmi.jxxyjl.com--发言稿】".
    id: 'watermark.domain-tag',
    reason: 'watermark',
    pattern: /^[【\[]\s{0,2}[A-Za-z0-9][A-Za-z0-9.\-]{2,40}\.(?:com|cn|net|org|cc|top|vip)(?:\.cn)?\s{0,2}(?:[-—–]{1,2}\s{0,2}[\u4e00-\u9fff]{2,10})?\s{0,2}[】\]]$/,
    maxLength: 60,
    zone: 'any',
  },
  {
    // A wiki's page chrome (MediaWiki): "出自维基百科,自由的百科全书", "出自KMU e-News", "跳转到: 导航, 搜索",
    // "跳转到导航 跳转到搜索", an image's link "Image:09-8.jpg".
    id: 'site-chrome.wiki',
    reason: 'site-chrome',
    pattern: /^出自[^。！？!?，,：:《》“”"]{2,24}(?:[，,]\s{0,2}自由的百科全书)?$|^跳转到\s{0,2}[:：]?\s{0,2}导航\s{0,2}[，,、]?\s{0,2}(?:跳转到)?\s{0,2}搜索$|^(?:Image|File|文件|图像)[:：][^\s:：]{1,40}\.(?:jpe?g|png|gif|svg)$/i,
    maxLength: 40,
    zone: 'preamble',
  },
  {
    // A list or bookshelf button as text: "+ 加入清单", "＋加入书架".
    id: 'site-chrome.list-button',
    reason: 'site-chrome',
    pattern: /^[+＋]\s{0,2}(?:加入|添加到?)(?:清单|书架|收藏|购物车|文集)$/,
    maxLength: 12,
    zone: 'any',
  },
  {
    // A language-learning site's lesson furniture over the text it studies: its word-lookup widget "(单词翻译:单击)",
    // the translation's label "汉英译文如下:", the passage's number "Passage 3".
    id: 'site-chrome.lesson-furniture',
    reason: 'site-chrome',
    pattern: /^[（(]\s{0,2}(?:单词翻译|划词翻译|双击翻译)\s{0,2}[:：]?[^()（）]{0,6}[)）]$|^(?:汉英|英汉|中英|英中)(?:译文|翻译|对照)(?:如下)?\s{0,2}[:：]$|^(?:Passage|Text|Lesson)\s{1,2}\d{1,2}$/,
    maxLength: 20,
    zone: 'preamble',
  },
  {
    // A bilingual page's label over the version that follows, alone on its line: "中文:", "English:".
    id: 'site-chrome.language-label',
    reason: 'site-chrome',
    pattern: /^(?:中文|英文|中文版|英文版|中文稿|英文稿|English|Chinese)\s{0,2}[:：]$/,
    maxLength: 12,
    zone: 'edge',
  },
  {
    // A whole paragraph of English under a Chinese speech: a journal database's machine
    // translation of the text it shows ("Comrades: On behalf of the Central Committee…").
    id: 'site-chrome.english-translation',
    reason: 'site-chrome',
    pattern: /^(?=[^\u3400-\u9fff]{200,}$)(?:[A-Za-z'’-]{1,30}[\s,.;:!?"“”()]{1,6}){25}/,
    maxLength: 4000,
    zone: 'any',
    speechOnly: true,
  },
  {
    // A forum poster's status before the name: "离线admin", "在线 laozhang".
    id: 'site-chrome.forum-status',
    reason: 'site-chrome',
    pattern: /^离线\s{0,2}[^\s。，,！？!?]{1,20}$|^在线\s{0,2}[A-Za-z0-9_]{2,20}$/,
    maxLength: 24,
    zone: 'any',
  },
  {
    // A forum's thread header and poster card as text, a label or a value per line (XenForo and
    // the like): "• 主题发起人 主题发起人 guest", "• 开始时间 开始时间", "管理成员", "Moderator",
    // "消息" / "402,402", "荣誉分数", "声望点数", Discuz's "主题" / "回帖" / "积分" under their counts and its
    // "[复制链接]" button, its "发新话题 回复该主题" buttons and a floor's number ("1#"), a post's "楼主 |" and "显示全部楼层";
    // the page's "后退" and "顶部" buttons.
    id: 'site-chrome.forum-card',
    reason: 'site-chrome',
    pattern:
      /^[•·]\s{0,2}(?:主题发起人|开始时间|发帖时间)(?:\s{1,3}[^\s。，,！？!?]{1,20}){0,2}$|^(?:消息|荣誉分数|声望点数|声望|威望|注册时间|最后登录|在线时间|管理成员|超级版主|版主|Moderator|Administrator|guest|后退|顶部|返回顶部|主题|回帖|帖子|积分|精华|听众|收听|粉丝|楼主\s{0,2}[|｜]?|显示全部楼层|只看该作者|倒序浏览|阅读模式)$|^\d{1,3}(?:,\d{3}){1,3}$|^\[复制链接\]$|^(?:发新话题|发表新帖|回[复覆]该主题|回[复覆]本帖)(?:\s{1,3}(?:发新话题|发表新帖|回[复覆]该主题|回[复覆]本帖))*$|^\d{1,4}\s?[#＃楼]$/i,
    maxLength: 40,
    zone: 'any',
  },
  {
    // A forum post's time and view buttons: "发表于 昨天 23:34 | 查看全部 |阅读模式".
    id: 'site-chrome.forum-post-line',
    reason: 'site-chrome',
    pattern: /^发表于\s{0,2}(?:\d{4}-\d{1,2}-\d{1,2}|昨天|前天|今天|\d{1,2}\s{0,2}(?:分钟|小时|天)前)[^|｜]{0,12}(?:\s{0,2}[|｜]\s{0,2}(?:查看全部|只看该作者|阅读模式|显示全部楼层|倒序浏览|查看:\s{0,2}\d+)){1,4}\s{0,2}$/,
    maxLength: 80,
    zone: 'any',
  },
  {
    // An address alone on a line at the page's head or foot: a permalink or the source a post was copied from,
    // or after its label ("完整报告:http://…", "分段视频:http://…") (a bare domain is a site's watermark: watermark.line);
    // an address with the page's date and the site's name or a comment link ("http://paper.wenweipo.com   [2012-11-23]
    // 我要評論", "http://www.shippingchina.com -1年 11月 30日 00:00:00国际海运网", its year lost).
    id: 'site-chrome.bare-url',
    reason: 'site-chrome',
    pattern: /^(?:(?!本文|文章|原文|链接|固定|永久|网址|网站|官网)[\u4e00-\u9fff]{2,8}\s{0,2}[:：]\s{0,2})?https?:\/\/[A-Za-z0-9.\-]{3,80}(?:\/[^\s]{0,200})?$|^www\.[A-Za-z0-9.\-]{3,80}\/[^\s]{1,200}$|^https?:\/\/[A-Za-z0-9.\-]{3,80}\/?\s{1,8}(?:[\[【(（]\d{4}-\d{1,2}-\d{1,2}[\]】)）](?:\s{1,8}[\u4e00-\u9fff]{2,6})?|-?\d{0,4}\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日(?:\s{0,2}\d{1,2}:\d{2}(?::\d{2})?)?[\u4e00-\u9fff]{0,10})$/,
    maxLength: 300,
    zone: 'edge',
  },
  {
    // A search box's hint left as text: "多个检索词,请用空格间隔。"
    id: 'site-chrome.search-hint',
    reason: 'site-chrome',
    // (or the box's label and button: "热门关键字:", "我要找信息")
    pattern: /^(?:多个)?(?:检索词|关键词|关键字)[^。]{0,8}(?:请)?用空格(?:间隔|隔开|分隔)[。.]?$|^请输入(?:检索词|关键词|关键字)$|^热门(?:关键字|关键词|搜索)\s{0,2}[:：]?$|^我要找(?:信息|资料|文章)$/,
    maxLength: 24,
    zone: 'any',
  },
  {
    // A login or payment box as text, its buttons and prompts one per line: "• 微信登录",
    // "会员登录", "请使用微信扫描二维码登录", "非会员,请先注册", "微信支付"; a footer's "友情链接"; a login
    // form's field labels on one line ("檢索: 帳戶 密碼", "用户名: 密码: 登录"); an app's header ("下載APP 下載APP",
    // "手機訪問 手機端二維碼", "茶友網首頁 個人中心").
    id: 'site-chrome.login-box',
    reason: 'site-chrome',
    pattern: /^[•·]?\s{0,2}(?:微信|QQ|手机|短信|账号|帐号|会员|用户|快捷|立即|免费)?(?:登[录陆]|注册|支付)$|^[•·]?\s{0,2}(?:找回密码|忘记密码)$|^请(?:使用|用)?(?:微信|手机|QQ|支付宝)?\s{0,2}扫(?:描|一扫)?(?:二维码)?(?:登[录陆]|注册)|^非会员[,，]?\s{0,2}请?先?(?:注册|登[录陆])|^友情链接[:：]?$|^(?:(?:检索|搜索)\s{0,2}[:：]?\s{0,3})?(?:[账帐](?:户|号)|用户名?)\s{0,2}[:：]?\s{0,3}密码\s{0,2}[:：]?(?:\s{0,3}(?:验证码|登[录陆]|注册)){0,3}$|^下载\s?APP(?:\s{1,3}下载\s?APP)?$|^(?:登[录陆]注册购买|免登[录陆]购买)(?:\s{1,3}(?:登[录陆]注册购买|免登[录陆]购买))?$|^手机访问(?:\s{1,3}手机端?二维码)?$|^[\u4e00-\u9fff]{2,10}首页\s{1,3}个人中心$/i,
    maxLength: 30,
    zone: 'any',
  },
  {
    // A site theme's default text left in its download box: "这里是自定义内容,请在【用户中心配置 - 销售配置 - 附件下载 -
    // 未登录提示】修改".
    id: 'site-chrome.theme-placeholder',
    reason: 'site-chrome',
    pattern: /^这里是自定义内容[,，]\s{0,2}请在[【\[][^】\]]{2,60}[】\]]\s{0,2}修改$/,
    maxLength: 90,
    zone: 'any',
  },
  {
    // A tipping box as text: "如果喜欢本篇内容,请赞赏鼓励哦!", "请选择打赏类型", "¥8.88", "赏赞"; a WeChat
    // article's reward button copied as text ("赞赏" / "长按" under the account's name).
    id: 'site-chrome.tipping',
    reason: 'site-chrome',
    pattern: /^(?:如果|若)?喜欢[^。]{0,12}请?(?:赞赏|打赏)|尚未有人(?:赏赞|打赏|赞赏)|^(?:请选择)?打赏(?:类型|金额|方式)?$|^(?:赏赞|赞赏|长按|喜欢此内容的人还喜欢)$|^长按(?:识别)?(?:二维码)?(?:向(?:我|作者))?赞赏$|^[¥￥]\s{0,2}\d{1,4}(?:\.\d{1,2})?$/,
    maxLength: 40,
    zone: 'any',
  },
  {
    // CMS leftovers: dedecms page-break titles ("#p#分页标题#e#"), WeChat's "— END —".
    id: 'site-chrome.cms-marker',
    reason: 'site-chrome',
    pattern: /^#p#[^#]{0,40}#e#$|^[-—–=\s]{0,6}END[-—–=\s]{0,6}$/i,
    maxLength: 30,
    zone: 'any',
  },
  {
    // A scanned book's page number between two rules, where the printed page ended
    // ("-----…-----P.71-----…-----", "======= 第12页 ======="): the archive's, never the text's.
    id: 'site-chrome.scanned-page-marker',
    reason: 'site-chrome',
    pattern: /^[-—–=_]{3,100}\s{0,2}(?:(?:P|Page|页)\s{0,2}\.?\s{0,2}\d{1,4}|第\s{0,2}\d{1,4}\s{0,2}页)\s{0,2}[-—–=_]{3,100}$/i,
    maxLength: 220,
    zone: 'any',
  },
  {
    // Unrendered template placeholders of a page counter or field: "浏览量:${art_info.hits_amount}",
    // "{title}"-style CMS templates with a label ("点赞:{{ praise }}").
    id: 'site-chrome.template-placeholder',
    reason: 'site-chrome',
    pattern: /^[^\s{}$]{0,10}\s{0,2}[:：]?\s{0,2}(?:\$\{\s{0,2}[A-Za-z_][\w.]{0,60}\s{0,2}\}|\{\{\s{0,2}[A-Za-z_][\w.]{0,60}\s{0,2}\}\}|\{\$[A-Za-z_][\w.]{0,60}\})$/,
    maxLength: 80,
    zone: 'any',
  },
  {
    // The fold of a trial copy: "---此处隐藏3111字,下载后查看---", "(以下内容已隐藏1200字)".
    id: 'paywall.hidden-words',
    reason: 'paywall',
    pattern: /(?:此处|以下|剩余|中间|部分)(?:内容)?已?隐藏了?\s{0,2}\d{1,6}\s{0,2}个?字/,
    maxLength: 60,
    zone: 'any',
  },
  {
    // A site's banner greeting its visitors: "欢迎光临邓姓之源网-…主办官网!", "您身边的文档专家,晒文网欢迎您!",
    // "好好学习,天天向上,学科吧欢迎您!", a company's "欢迎访问人人律集团-法律科技助力美好生活!", a download site's
    // "欢迎来到瑞博软件站,找素材,搜软件,就上瑞博软件站!"; a school site's welcome with its date widget
    // ("欢迎光临!今天是 2019年12月5日 星期四", the date left out or not, or after the body's name: "…水利发展中心欢迎您!今天是:", "欢迎访问…中学!今天是"); a body's site greeting its visitor first
    // ("您好!欢迎访问,中交协物流技术装备专业委员会!": no speaker says 访问 of a room), or a hijacker's bar under its code
    // ("bst3388全球奢华游戏欢迎您!").
    // It ends with the site's name (a welcome speech's "欢迎光临第十届互联网大会" goes on past 网).
    id: 'site-chrome.welcome-banner',
    reason: 'site-chrome',
    pattern: /^(?:(?:您好|你好)\s{0,2}[!！,，]\s{0,2}欢迎访问\s{0,2}[,，]?|欢迎访问\s{0,2}[,，])\s{0,2}[^。！？!?，,]{2,30}[!！。]?$|^[A-Za-z]{2,6}[0-9]{2,6}[\u4e00-\u9fff]{2,12}欢迎(?:您|你)\s{0,2}[!！。]?$|^欢迎(?:光临|访问|来到)[^。！？!?，,]{1,24}(?:网|网站|平台|文库)\s{0,2}[!！。]\s{0,2}(?:[\u4e00-\u9fff]{2,6}\s{1,3}){2,20}[\u4e00-\u9fff]{2,6}$|^(?:[•·]\s{0,2})?(?:(?:您好|你好)\s{0,2}[,，!！]?\s{0,2})?欢迎(?:光临|访问|来到|您访问|登录|登陆)[^。！？!?，,]{1,24}(?:网|网站|官网|官方网站|站)(?:\s{0,2}[-—–|｜·]\s{0,2}[^。！？!?]{1,30}(?:网|网站|官网|站))?(?:\s{0,2}[,，]\s{0,2}[^。！？!?，,]{1,20}){0,3}\s{0,2}[!！。]?$|^(?:[^。！？!?]{1,16}[,，]\s{0,2})?[\u4e00-\u9fffA-Za-z0-9]{2,12}(?:网|网站|文库|之家|吧)欢迎(?:您|你)(?:的到来|光临)?\s{0,2}[!！。]?$|^欢迎(?:光临|访问)[^。！？!?，,]{1,20}(?:集团|公司|律师事务所|律所)(?:\s{0,2}[-—–|｜·]\s{0,2}[^。！？!?，,]{1,24})?\s{0,2}[!！。]?$|^(?:[\u4e00-\u9fff]{2,24}欢迎(?:您|你)|欢迎(?:光临|访问|来到)[\u4e00-\u9fff]{2,24})\s{0,2}[!！，,]?\s{0,2}今天是\s{0,2}[:：]?\s{0,2}(?:\d{4}年\d{1,2}月\d{1,2}日)?\s{0,2}(?:星期[一二三四五六日天])?\s{0,2}$|^欢迎(?:光临|访问|您)\s{0,2}[!！，,]?\s{0,2}今天是\s{0,2}(?:\d{4}年\d{1,2}月\d{1,2}日)?\s{0,2}(?:星期[一二三四五六日天])?\s{0,2}$/,
    maxLength: 60,
    zone: 'edge',
  },
  {
    // A chatbot's answer served as the page: its note under the text it wrote ("这只是一个基础的模板,您可以根据幼儿园的具体
    // 情况…进行适当的修改和个性化。希望这个示例对您有所帮助!"). It hands its reader a template to adapt; a speaker never
    // calls his own words one.
    id: 'promo.chatbot-note',
    reason: 'promo',
    pattern: /^(?:这只是|以上(?:只)?是|这是)一(?:个|篇|份)[^。！？!?，,]{0,8}(?:模板|示例|范例|范本|样稿)[^。！？!?]{0,10}[，,]\s{0,2}(?:您|你)可以根据|^希望(?:这个|这篇|以上)(?:示例|模板|范例|范文|内容)(?:能)?对(?:您|你)有所帮助[!！。]?$/,
    maxLength: 200,
    zone: 'any',
  },
  {
    // A Markdown rule between a chatbot's framing and the text, or a page's own separator: three or more hyphens or equals
    // signs alone on a line ("---"), never a word of the text.
    id: 'site-chrome.rule-line',
    reason: 'site-chrome',
    pattern: /^(?:-{3,40}|={3,40})$/,
    maxLength: 40,
    zone: 'any',
  },
  {
    // A school's own site greets its visitors with its name in the bar over the page ("福建省福清第一中学欢迎您!"; with
    // the bar's links on its line, site-chrome.navigation's): over the salutation only, since a welcome speech may
    // close on its own "…中学欢迎您!".
    id: 'site-chrome.school-welcome',
    reason: 'site-chrome',
    pattern: /^[\u4e00-\u9fff]{2,20}(?:中学|小学|学校|学院|大学|幼儿园|中心校|附中|附小)欢迎(?:您|你)\s{0,2}[!！。]?$/,
    maxLength: 60,
    zone: 'intro',
  },
  {
    // A content system's byline and the link to the poster's profile ("Submitted by 長青人 on 2016年03月20日 12:00",
    // "檢視個人資料"), its field label over the category ("新聞類別") and its "詳情#" anchor, and a news page's
    // bracketed source tag alone on its line ("【香港政府新聞網】"): the page's.
    id: 'meta.cms-byline',
    reason: 'meta',
    pattern: /^Submitted by \S[^\n]{0,40} on \S[^\n]{3,40}$|^(?:检视|查看|檢視)个人资料$|^(?:新闻|文章|信息)(?:类别|分类)$|^详情\s{0,2}#$|^【[\u4e00-\u9fff]{2,12}(?:新闻网|新闻|日报|晚报|通讯社|电视台)】$/,
    maxLength: 90,
    zone: 'any',
  },
  {
    // A school site's entry label over a weekly talk: the term's week and the speaker, no genre
    // ("2017——2018学年下学期第九周 周启航"). The talk's own title, when it has one, names its genre or
    // its theme ("2023学年第二学期第十五周国旗下讲话" is a title, and stays).
    id: 'site-chrome.term-week-label',
    reason: 'site-chrome',
    pattern: /^\d{4}\s{0,2}[-—–~～至]{1,2}\s{0,2}\d{4}\s{0,2}学年度?\s{0,2}(?:第[一二]学期|[上下]学期)?\s{0,2}第[一二三四五六七八九十\d]{1,3}周\s{1,3}[\u4e00-\u9fff]{2,4}$/,
    maxLength: 40,
    zone: 'any',
  },
  {
    // A site's notice that it is being rebuilt or serviced, with its apology: "最新公告:网站正在改版,
    // 对您造成的不便,敬请谅解!", "本站系统升级维护中,给您带来不便敬请谅解". The site names itself
    // (本站, 网站, 本网): a speech's apology for a road closed for repairs does not.
    id: 'site-chrome.maintenance-notice',
    reason: 'site-chrome',
    pattern: /^(?:(?:最新|网站|本站)?公告\s{0,2}[:：]\s{0,2})?(?:本站|本网站?|网站)[^。！？!?，,]{0,8}(?:改版|升级|维护|调试)[^。！？!?]{0,24}(?:不便|谅解)[^。！？!?]{0,12}[!！。]?$/,
    maxLength: 70,
    zone: 'any',
  },
  {
    // A row of bare numbers at the page's head or foot, a size or count picker ("1 20 50 150 500"): five or
    // more, no words. (Three, "1 2 3", may be a pager's, which says so with a page word.)
    id: 'site-chrome.number-row',
    reason: 'site-chrome',
    pattern: /^\d{1,4}(?: \d{1,4}){4,12}$/,
    maxLength: 64,
    zone: 'edge',
  },
  {
    // A site's warning to an old browser ("检测到您当前使用浏览器版本过于老旧,会导致无法正常浏览网站;请您使用…") and its
    // download buttons ("下载Firefox"): about the reader's browser, never the page's text.
    id: 'site-chrome.old-browser-notice',
    reason: 'site-chrome',
    pattern:
      /浏览器版本(?:过于老旧|过旧|过低|太低|太旧|较低)|您(?:当前)?(?:使用)?的浏览器(?:版本)?(?:过低|过旧|太旧|太低|不受支持)|^(?:下载|升级)\s{0,2}(?:Firefox|Chrome|火狐|谷歌|谷歌浏览器|火狐浏览器|Edge|IE\s{0,2}\d{1,2})(?:浏览器)?$/i,
    maxLength: 200,
    zone: 'any',
  },
  {
    // A line of nothing but a layout's leftover marks: a header's ":" or a breadcrumb's ">" alone, a backslash a
    // template left. (Not a dash, an outline's 破折号 mark, nor a "……", which a host's script writes for what it
    // leaves out; a lone ASCII hyphen, a list's empty bullet, is none of them.) Or an HTML comment's delimiter the
    // template leaked ("-->", "<!--", "//-->").
    id: 'site-chrome.stray-marks',
    reason: 'site-chrome',
    pattern: /^[:：>》»|｜/\\·•<«]{1,3}$|^-$|^(?:\/\/\s?)?(?:<!--|-->)$/,
    maxLength: 6,
    zone: 'any',
  },
  {
    // A box the site left empty, its placeholder printed as a line: "• 暂无资讯", "暂无评论", "暂无数据".
    id: 'site-chrome.empty-box',
    reason: 'site-chrome',
    pattern: /^(?:[-•·]\s{0,2})?暂无(?:资讯|内容|数据|评论|相关(?:文章|内容|资讯)?|记录|信息)[。.!！]?$/,
    maxLength: 16,
    zone: 'any',
  },
  {
    // A reading site's notice that the browser cannot show the chapter, and its parts: "抱歉,章节内容不支持该浏览器显示~",
    // "【为了使用完整的阅读功能】", "请考虑使用〔Chrome 谷歌浏览器〕…等原生浏览器阅读!", a face "(ò﹏ò)", the link
    // "…目录+书签-->".
    id: 'site-chrome.reader-browser-notice',
    reason: 'site-chrome',
    pattern: /不支持该浏览器显示|为了使用完整的阅读功能|(?:原生|其他|其它)浏览器(?:阅读|访问|打开)|^[(（][^()（）\u4e00-\u9fff]{1,6}[)）]$|目录\s{0,2}[+＋]\s{0,2}书签\s{0,2}-*>?$/,
    maxLength: 80,
    zone: 'any',
  },
  {
    // An e-book reader's tips: "按键盘上方向键 ← 或 → 可快速上下翻页,按键盘上的 Enter 键可回到本书目录页…",
    // "————未阅读完?加入书签已便下次继续阅读!" (the site's words, on every page of every book).
    id: 'site-chrome.reader-tip',
    reason: 'site-chrome',
    pattern: /键盘上?的?\s{0,2}(?:方向键|左右键|[←→])[^。\n]{0,40}翻页|未(?:阅读|读|看)完\s{0,2}[?？!！,，]?\s{0,2}(?:请|可)?加入书签|加入书签\s{0,2}[,，]?\s{0,2}(?:以|已|方)便\s{0,2}下次(?:继续)?阅读/,
    maxLength: 160,
    zone: 'any',
  },
  {
    // A site's pointer to its own notice box: "(请认真阅读下面的提示信息)".
    id: 'site-chrome.read-notice',
    reason: 'site-chrome',
    pattern: /^[(（【[]?\s{0,2}请(?:认真|仔细|务必)?阅读(?:下面|以下|下方)的?(?:提示|说明|注意事项|声明|须知)(?:信息|内容)?\s{0,2}[)）】\]]?$/,
    maxLength: 30,
    zone: 'any',
  },
  {
    // A bare "【正文】" / "正文:" / "内容" label above the text.
    id: 'site-chrome.body-label',
    reason: 'site-chrome',
    pattern: /^[【[〔]\s{0,2}正\s{0,2}文\s{0,2}[】\]〕]$|^(?:正文|内容|正文内容)\s{0,2}[:：]$|^(?:内容|正文内容)$/,
    maxLength: 12,
    zone: 'any',
  },
  {
    id: 'site-chrome.comments',
    reason: 'site-chrome',
    pattern: /^本文献已被[^。]{0,40}收录|^评论\s?\d{1,6}$|^(?:网友评论|网友留言|用户评论|发表评论|我要评论|评论区|全部评论|热门评论|最新评论|精彩评论|留言与评论|评论与留言)|共有\s{0,2}\d{0,6}\s{0,2}条评论|请自觉遵守互联网相关(?:的)?政策法规|评论仅代表网友(?:个人)?观点|^评论(?:功能)?已关闭|(?:登[录陆]|注册)后才(?:可以|能)(?:发表)?评论|^请(?:先)?(?:登[录陆]|注册)(?:后)?(?:再)?(?:发表|参与)?评论$|^评论\s{0,2}抢沙发$|^[•·]?\s{0,2}(?:暂无评论|还没有评论|暂无数据$)|^[◎•·]?\s{0,2}欢迎(?:参与讨论|发表评论|留言)[，,]\s{0,2}请在(?:这里|此|下方)(?:发表|留下)(?:您|你)的(?:看法|观点|评论)/,
    maxLength: 80,
    zone: 'any',
  },
  {
    id: 'site-chrome.copyright',
    reason: 'site-chrome',
    // — or who runs the site: "…委员会主办      …办公室维护管理", a masthead's "农民日报社主办",
    // who built it ("技术支持:福建电信翼商云")
    pattern: /ICP备\s*\d+号|版权所有|版权声明|免责声明|^[【\[]?下载声明[】\]]?\s{0,2}[:：]?$|Copyright|©|^[^。！？!?，,]{2,40}主办\s{1,40}[^。！？!?，,]{2,40}(?:维护管理|维护|承办|协办|技术支持)$|^(?![^由]{0,20}由)[\u4e00-\u9fff]{2,20}(?:社|网|中心|委员会|宣传部|办公室|局|厅|协会|学会)主办$|^(?:技术支持|网站建设|网站制作|设计制作)\s{0,2}[:：]\s{0,2}[^。！？!?，,\s]{2,30}$|^E-?mail\s{0,2}[:：]\s{0,2}[\w.\-]{1,40}@[\w.\-]{1,40}(?:\s{1,40}(?:电话|传真)\s{0,2}[:：]\s{0,2}[\d\-]{6,20})?$/i,
    maxLength: 160,
    zone: 'edge',
  },
];

export const LINE_RULES: readonly LineRule[] = [...CORE_RULES, ...FRAME_RULES, ...VIEWER_LINE_RULES];

/** The rules' sources, each one alternative of their union (any-line-rule.ts, rule-plans.ts). */
export const LINE_RULE_SOURCES: readonly string[] = LINE_RULES.map((r) => r.pattern.source);

/** Rules whose line heads a list of links: the short title lines right below it are chrome too. */
export const RELATED_LIST_RULES = new Set(['site-chrome.related']);

/** Words that mark a promo header block at the head of a subscription pack (see head-block expansion). */
export const PROMO_WORDS = /订阅|权益|资料|会员|平台|分享|迭代|福利|独家|原创|整理|更新|倒卖|禁止|外传|仅供/;
