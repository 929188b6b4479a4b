// Whole-line noise rules, as data. A line (one source block, normalized) is noise when a rule's
// pattern matches it, the line is no longer than `maxLength`, and the line sits in the rule's zone.
// Every rule carries lines it must match and speech sentences it must not: test/core/rules.test.ts
// checks both, and that each pattern is safe from catastrophic backtracking (no nested
// quantifiers; every repetition over "any character" is bounded).
import type { RemovedReason } from '../types';

/**
 * - `any`: anywhere in the document;
 * - `preamble`: before the speech body starts (above the salutation / first prose paragraph);
 * - `edge`: within the first or last few blocks (promo headers and footers of subscription packs);
 * - `tail`: within the last few blocks only (copy tails: "作者：… 链接：… 来源：…").
 */
export type Zone = 'any' | 'preamble' | 'edge' | 'tail';

export interface LineRule {
  id: string;
  reason: RemovedReason;
  pattern: RegExp;
  maxLength: number;
  zone: Zone;
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

const NOT_SENTENCE = '[^。！？]';

export const LINE_RULES: readonly LineRule[] = [
  // ── paywall: membership nags and the boxes that hold them ──────────────────────────────
  {
    id: 'paywall.copy-needs-membership',
    reason: 'paywall',
    pattern: new RegExp(`(?:复制|下载|查看|阅读|全文)${NOT_SENTENCE}{0,20}(?:赞助|开通|升级|购买|加入|充值|成为)${NOT_SENTENCE}{0,8}(?:VIP|会员)`, 'i'),
    maxLength: 120,
    zone: 'any',
    examples: ['内容仅供学习,如需复制请赞助VIP会员,赞助后即可全站范文免费复制!', '下载本文需开通VIP会员', '查看完整内容请升级为会员'],
    nonExamples: [],
  },
  {
    id: 'paywall.become-member',
    reason: 'paywall',
    pattern: /(?:赞助|开通|升级|购买|加入|成为|充值)(?:VIP|年费|终身|超级)?(?:会员|VIP)|VIP(?:会员)?(?:专享|免费|畅读|下载|查看)/i,
    maxLength: 40,
    zone: 'any',
    examples: ['赞助会员请点击:开通会员', '开通VIP查看全文', '加入VIP免费专享', 'VIP会员专享'],
    nonExamples: [],
  },
  {
    id: 'paywall.preview-ended',
    reason: 'paywall',
    pattern: /全文预览已结束|(?:预览|试读)已结束|已阅读\s*\d+\s*页[^。]{0,6}还剩\s*\d+\s*页/,
    maxLength: 80,
    zone: 'any',
    examples: ['全文预览已结束', '已阅读3页，还剩5页未读', '试读已结束，请购买后阅读'],
    nonExamples: [],
  },
  {
    id: 'paywall.read-or-download',
    reason: 'paywall',
    pattern:
      /^(?:点击)?(?:继续(?:免费)?阅读|阅读全文|查看全文|展开全文|查看完整内容|下载本文|下载全文|下载文档|下载word文档|免费下载|立即下载|复制全文|一键复制)[^。]{0,20}$/i,
    maxLength: 30,
    zone: 'any',
    examples: ['继续免费阅读', '点击复制全文', '下载本文', '展开全文 ∨', '下载word文档'],
    nonExamples: [],
  },
  {
    id: 'paywall.login-or-remaining',
    reason: 'paywall',
    pattern: /^展开(?:剩余|全文|阅读)|(?:剩余|还有|还剩)\s*\d+\s*(?:字|页|%)\s*(?:未读|未显示)|登录后(?:即可)?(?:查看|阅读|复制|下载)|(?:完整|全部|剩余)内容请?(?:下载|登录|开通|购买)|(?:会员|付费)(?:专享|可见|内容)|试读结束/,
    maxLength: 60,
    zone: 'any',
    examples: ['展开剩余78%', '剩余2000字未读', '登录后即可复制全文', '完整内容请下载后查看', '试读结束，下载后阅读全文'],
    nonExamples: [],
  },
  {
    id: 'paywall.download-cost',
    reason: 'paywall',
    pattern: /下载(?:所需|需要)?(?:积分|金币|下载券|下载币|点数)\s*[:：]?\s*\d+/,
    maxLength: 60,
    zone: 'any',
    examples: ['下载积分：5金币', '下载所需金币：3'],
    nonExamples: [],
  },
  {
    // The close button of a paywall box, left behind as text.
    id: 'paywall.close-button',
    reason: 'paywall',
    pattern: /^(?:[×✕✖╳]|\[?关闭\]?|【关闭】)$/,
    maxLength: 4,
    zone: 'any',
    examples: ['×', '✕', '关闭', '【关闭】'],
    nonExamples: [],
  },

  // ── promo: subscription-pack headers, "下面是小编…" wrappers ────────────────────────────
  {
    id: 'promo.study-only',
    reason: 'promo',
    pattern: /仅供(?:学习|参考|个人学习|学习交流|学习参考)[^。]{0,12}(?:禁止|请勿|严禁|不得)(?:外传|转载|传播|倒卖|商用)|禁止外传|^(?:内容|本文|资料)?仅供(?:学习|参考|学习参考|学习交流)(?:使用)?[!！。]?$/,
    maxLength: 60,
    zone: 'any',
    examples: ['仅供学习 禁止外传', '禁止外传', '仅供参考', '本文仅供学习交流使用，请勿转载'],
    nonExamples: [],
  },
  {
    id: 'promo.subscribe',
    reason: 'promo',
    pattern: /订阅[^。]{0,10}(?:立享|即享|畅享|尊享|可享|即可获得)|(?:立享|即享|畅享)[^。]{0,6}(?:权益|资料|会员)/,
    maxLength: 60,
    zone: 'edge',
    examples: ['现在订阅立享前3年的所有权益和资料', '订阅后即可获得全部资料'],
    nonExamples: [],
  },
  {
    id: 'promo.resale',
    reason: 'promo',
    pattern: /打击倒卖|举报倒卖|严禁倒卖|倒卖(?:会员)?资料|(?:免费)?赠送[^。]{0,8}会员/,
    maxLength: 60,
    zone: 'edge',
    examples: ['【打击倒卖活动】', '举报倒卖会员资料的人，举报成功免费赠送一年会员材料！'],
    nonExamples: [],
  },
  {
    // Resellers' slogans at the head and foot of their packs.
    id: 'promo.reseller-slogan',
    reason: 'promo',
    pattern:
      /每日更新|持续更新|实时更新|一次订阅|一站式打包|原创精品|精品材料|独家原创|原创首发|【独家(?:原创)?】|盗版必究|翻版必究|侵权必删|侵权必究|转载请注明|仅限会员|专注[^。]{0,8}(?:写作|公文|材料|范文)|(?:严禁|禁止|请勿|不得)[^。]{0,6}(?:倒卖|转卖|外传)/,
    maxLength: 40,
    zone: 'edge',
    examples: ['笔杆子材料库 · 每日更新', '云笺文稿坊出品 · 盗版必究', '材料狗整理 侵权必删', '【独家原创】', '笔耕云集 · 专注公文写作十年', '（本材料仅限会员使用，严禁转发、倒卖）'],
    nonExamples: ['严禁转发涉密文件，严守保密纪律。'],
  },
  {
    id: 'promo.editor-wrapper',
    reason: 'promo',
    pattern: /^(?:下面|以下)(?:是|为)(?:小编|本站|编辑|我们)[^。]{0,50}(?:整理|带来|收集|精心|准备|推荐|分享|搜集)|^以上(?:是|就是|为)(?:小编|本站|编辑)/,
    maxLength: 160,
    zone: 'any',
    examples: ['下面是小编为大家整理的在全县工作会议上的讲话，仅供参考，欢迎大家阅读。', '以上是小编为大家准备的3篇讲话稿，希望对你有所帮助。'],
    nonExamples: [],
  },
  {
    // Template-site intros: "讲话稿是…。下面是小编收集整理的…，欢迎阅读与收藏。" A speaker never
    // says 小编, so the whole paragraph is the site's.
    id: 'promo.editor-intro',
    reason: 'promo',
    pattern: /(?:下面|以下|以上)(?:是|为|就是)?小编|小编(?:为|给)?(?:大家|您|你)?(?:精心|收集|搜集)?(?:整理|收集|带来|推荐|准备|分享)/,
    maxLength: 300,
    zone: 'any',
    examples: [
      '讲话稿是在一定的场合发表的讲话文稿。下面是小编收集整理的开学典礼讲话稿，欢迎阅读与收藏。',
      '以上就是小编整理的全部内容，希望对大家有所帮助。',
    ],
    nonExamples: [],
  },
  {
    // The site's sign-off on its own short line: "希望对大家有所帮助。" "欢迎阅读与借鉴。"
    id: 'promo.sign-off',
    reason: 'promo',
    pattern: /^(?:希望|但愿)(?:能)?对(?:大家|您|你)(?:有所)?(?:帮助|启发)|^欢迎(?:大家)?(?:阅读|借鉴|参考|收藏)(?:与|和)?(?:借鉴|参考|收藏|分享)?[。！!]?$|^以上(?:就)?是本(?:期|次|篇|文)[^。]{0,10}(?:分享|内容|推送)/,
    maxLength: 40,
    zone: 'edge',
    examples: ['希望对大家有所帮助。', '欢迎大家阅读与借鉴。', '欢迎阅读！', '以上就是本期分享的全部内容，希望对大家有所帮助！'],
    nonExamples: ['希望这次培训能对大家有所帮助！', '我们热烈欢迎大家分享经验。'],
  },
  {
    id: 'promo.more-on-site',
    reason: 'promo',
    pattern: /更多(?:关于|精彩|相关|优秀)?[^。]{0,30}(?:敬请关注|请关注|请点击|请访问|欢迎访问|尽在)/,
    maxLength: 80,
    zone: 'any',
    examples: ['更多关于讲话稿的范文，敬请关注第一范文网', '更多精彩范文请访问本站'],
    nonExamples: [],
  },
  {
    id: 'promo.follow-account',
    reason: 'promo',
    pattern: /(?:关注|搜索|添加)[^。]{0,6}(?:微信)?公众号[^。]{0,12}(?:【|“|「|领取|获取|回复)|扫码(?:领取|关注|下载|获取|进群)|微信扫[一描]扫/,
    maxLength: 80,
    zone: 'any',
    examples: ['关注公众号【公文写作】获取更多材料', '微信扫码领取全套讲话稿', '微信扫一扫，获取更多资料'],
    nonExamples: [],
  },

  // ── contact lines of resellers ──────────────────────────────────────────────────────────
  {
    id: 'contact.qq-number',
    reason: 'contact',
    pattern: /(?:QQ|扣扣)\s*(?:群|号)?\s*[:：]?\s*\d{5,12}/i,
    maxLength: 60,
    zone: 'any',
    examples: ['酷乐文行整理，咨询QQ206157060', 'QQ：123456789'],
    nonExamples: [],
  },
  {
    id: 'contact.group',
    reason: 'contact',
    pattern: /(?:QQ|微信|Q)群\s*(?:号)?\s*[:：]|(?:会员|交流|资料|VIP)群\s*[:：]/i,
    maxLength: 80,
    zone: 'any',
    examples: ['会员群：                      免费QQ群：', '资料交流群：123'],
    nonExamples: [],
  },
  {
    id: 'contact.wechat-id',
    reason: 'contact',
    pattern: /(?:微信|V信|vx|wx)\s*(?:号)?\s*[:：]\s*[A-Za-z0-9_-]{5,}/i,
    maxLength: 60,
    zone: 'any',
    examples: ['微信：gwxz2023', '如需定制请加微信: abc_12345'],
    nonExamples: [],
  },
  {
    // "加V：bgz_cailiao 领取全套", "添加微信 clg_2024 获取更多年终总结"
    id: 'contact.add-me',
    reason: 'contact',
    pattern: /(?:加|添加|联系)\s*(?:V|Ｖ|微信|VX|WX|QQ|扣扣)(?:号)?\s*[:：]?\s*[A-Za-z0-9_-]{4,}|(?:加|添加)\s*(?:V|Ｖ|微信)[^。]{0,12}(?:领取|获取|获得|索取)/i,
    maxLength: 50,
    zone: 'any',
    examples: ['加V：bgz_cailiao 领取全套', '添加微信 clg_2024 获取更多年终总结', '更多党课讲稿、心得体会，加V：bgz_cailiao'],
    nonExamples: [],
  },
  {
    id: 'contact.consult',
    reason: 'contact',
    pattern: /(?:咨询|客服|联系)(?:QQ|微信|电话|方式)/i,
    maxLength: 40,
    zone: 'edge',
    examples: ['资料咨询微信', '客服QQ'],
    nonExamples: [],
  },

  // ── meta lines under the title ──────────────────────────────────────────────────────────
  {
    id: 'meta.published',
    reason: 'meta',
    pattern: /^(?:发布|发表|上传|更新|录入|编辑)?(?:时间|日期)\s*[:：]\s*\d{4}/,
    maxLength: 120,
    zone: 'preamble',
    examples: ['时间:2021-04-23 致辞讲话 我要投稿', '时间:2022-11-30 09:04:00', '发布时间：2023-05-06 来源：网友投稿'],
    nonExamples: [],
  },
  {
    id: 'meta.date-first',
    reason: 'meta',
    pattern: /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:来源|作者|浏览|编辑|发布|阅读|点击|栏目)/,
    maxLength: 120,
    zone: 'preamble',
    examples: ['2023-05-06 10:20 来源：网友投稿 作者：佚名', '2022年3月1日 发布'],
    nonExamples: ['2023年，全县实现地区生产总值增长。'],
  },
  {
    // Discuz forums stamp edited posts: "本帖最后由 秘书老张 于 2023-4-12 09:35 编辑".
    id: 'meta.forum-edited',
    reason: 'meta',
    pattern: /^本帖最后由\s*\S{1,30}\s*于\s*\d{4}-\d{1,2}-\d{1,2}/,
    maxLength: 80,
    zone: 'any',
    examples: ['本帖最后由 秘书老张 于 2023-4-12 09:35 编辑'],
    nonExamples: [],
  },
  {
    // Mobile pages: "2023-02-16 14:08:51 讲话稿" (date, time, category).
    id: 'meta.date-time',
    reason: 'meta',
    pattern: /^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+[^\s。！？]{1,12}){0,3}$/,
    maxLength: 60,
    zone: 'preamble',
    examples: ['2023-02-16 14:08:51 讲话稿', '2022-11-30 09:04'],
    nonExamples: [],
  },
  {
    id: 'meta.labels',
    reason: 'meta',
    pattern: /^(?:来源|作者|浏览|点击|阅读|上传人|上传者|文档编号|页数|大小|字数|栏目|所属栏目|分类|责任编辑|编辑)\s*[:：]/,
    maxLength: 120,
    zone: 'preamble',
    examples: ['来源：网友投稿 作者：佚名 浏览：123次', '上传人：wenmi 文档编号：12345'],
    nonExamples: [],
  },
  {
    id: 'meta.counters',
    reason: 'meta',
    pattern: /(?:浏览|阅读|点击|人气)(?:次数|量)?\s*[:：]?\s*\d+\s*次?[^。]{0,30}(?:来源|作者|时间|日期)\s*[:：]|(?:来源|作者)\s*[:：][^。]{0,30}(?:浏览|阅读|点击|时间|日期)\s*[:：]/,
    maxLength: 120,
    zone: 'any',
    examples: ['作者：佚名 浏览：88次 时间：2023-01-01', '浏览次数：32 来源：网友投稿'],
    nonExamples: [],
  },

  // ── breadcrumbs ─────────────────────────────────────────────────────────────────────────
  {
    id: 'breadcrumb.location',
    reason: 'breadcrumb',
    pattern: /^(?:当前位置|您的位置|你的位置|您现在的位置|所在位置|现在位置)(?:是)?\s*[:：]|^(?:首页|主页|网站首页)\s*[>›»＞→/]/,
    maxLength: 100,
    zone: 'any',
    examples: ['当前位置: 首页 > 公务范文 > 致辞讲话', '首页 > 讲话稿 > 领导讲话', '您的位置：首页 › 范文', '您现在的位置是：网站首页 > 讲话稿'],
    nonExamples: [],
  },

  // ── site chrome left inside the article box ─────────────────────────────────────────────
  {
    id: 'site-chrome.navigation',
    reason: 'site-chrome',
    pattern: /^(?:上一篇|下一篇|上一页|下一页|返回列表|返回首页|本文标签|文章标签|打印本文|关闭窗口|分享到|【打印】|【关闭】|【收藏】)/,
    maxLength: 80,
    zone: 'any',
    examples: ['上一篇：在全市安全生产工作会议上的讲话', '分享到：', '返回列表'],
    nonExamples: [],
  },
  {
    // The heading of a list of links to other articles; the short title lines under it go too
    // (see RELATED_LIST_RULES).
    id: 'site-chrome.related',
    reason: 'site-chrome',
    pattern: /^(?:相关推荐|相关文章|相关范文|热门文章|热门范文|猜你喜欢|推荐阅读|延伸阅读|热门推荐|相关阅读|相关专题|精彩推荐|最新文章)|看了[^。]{1,40}的人(?:还|也)(?:看了|在看|喜欢)|^(?:大家|网友)(?:都在看|还看了|还喜欢)/,
    maxLength: 60,
    zone: 'any',
    examples: ['相关推荐', '看了“表彰大会讲话”的人还看了：', '猜你喜欢：'],
    nonExamples: [],
  },
  {
    // What a site's copy handler appends ("著作权归作者所有…链接：…来源：…"), found in pasted text.
    id: 'watermark.copy-tail',
    reason: 'watermark',
    pattern: /著作权归作者所有|商业转载请联系|非商业转载请注明|转载请注明(?:出处|来源)|^(?:原文)?(?:链接|地址|出处)\s*[:：]\s*(?:https?:\/\/|www\.)|^本文(?:链接|地址)\s*[:：]/i,
    maxLength: 120,
    zone: 'any',
    examples: ['著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。', '链接：https://www.gongwenhui.com/a/123.html', '本文链接：www.fwsir.com/x.html'],
    nonExamples: [],
  },
  {
    // "【本文来源：无忧考网 www.51test.net】": the site stamping its name on the article.
    id: 'watermark.source-stamp',
    reason: 'watermark',
    pattern: /^[【\[（(]\s*(?:本文|文章|原文)?(?:来源|出处|转载自|来自|摘自)\s*[:：][^。]{0,40}[】\]）)]$|^(?:本文|文章|原文)(?:来源|出处|转载自|来自)\s*[:：][^。]{0,40}$/,
    maxLength: 60,
    zone: 'any',
    examples: ['【本文来源：无忧考网 www.51test.net】', '文章来源：公文汇', '（来源：第一范文网）'],
    nonExamples: [],
  },
  {
    // The labelled lines of a copy tail at the end of pasted text: "作者：… 来源：…".
    id: 'watermark.copy-tail-labels',
    reason: 'watermark',
    pattern: /^(?:作者|来源|链接|出处|原文链接|原文地址|文章来源|本文来源)\s*[:：]\s*\S/,
    maxLength: 80,
    zone: 'tail',
    examples: ['作者：公文笔记本', '来源：临江日报'],
    nonExamples: [],
  },
  {
    id: 'site-chrome.disclaimer',
    reason: 'site-chrome',
    pattern: /如有侵权|侵权请?联系|联系(?:我们)?删除|文章来源于网络|来源于网络[，,]|本文来自网络|本文(?:由|系)?[^。]{0,10}(?:网友|用户)(?:投稿|上传|发布)|本站(?:仅|只)提供/,
    maxLength: 120,
    zone: 'edge',
    examples: ['本文来源于网络，如有侵权请联系删除', '本文由网友投稿，不代表本站观点'],
    nonExamples: [],
  },
  {
    id: 'site-chrome.font-size',
    reason: 'site-chrome',
    pattern: /^【?(?:字号|字体)\s*[:：]?\s*[大中小](?:\s*[大中小]){1,2}】?|^(?:收藏本文|复制链接|打印本页|推荐给朋友|我要投稿|我要评论)/,
    maxLength: 40,
    zone: 'any',
    examples: ['【字体：大 中 小】', '字号：大 中 小', '我要投稿'],
    nonExamples: [],
  },
  {
    id: 'site-chrome.copyright',
    reason: 'site-chrome',
    pattern: /ICP备\s*\d+号|版权所有|版权声明|免责声明|Copyright|©/i,
    maxLength: 160,
    zone: 'edge',
    examples: ['版权声明：本站内容均来自网友投稿', 'Copyright © 2023 公文汇 豫ICP备12345678号'],
    nonExamples: [],
  },
];

/** Rules whose line heads a list of links: the short title lines right below it are chrome too. */
export const RELATED_LIST_RULES = new Set(['site-chrome.related']);

/** Words that mark a promo header block at the head of a subscription pack (see head-block expansion). */
export const PROMO_WORDS = /订阅|权益|资料|会员|平台|分享|迭代|福利|独家|原创|整理|更新|倒卖|禁止|外传|仅供/;
