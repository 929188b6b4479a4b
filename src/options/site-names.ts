// The Chinese name each known template site goes by, for the options page's site list. Display
// only: the watermark rules read `brands` in core/rules/sites.ts (names seen glued into pages),
// which a site may not have. Names as the sites print them in their titles, headers and
// watermarks (test/pages).
const SITE_NAMES: Readonly<Record<string, string>> = {
  'gongwenhui.com': '公文汇',
  'gaozihui.com': '稿子汇',
  'gwyoo.com': '公务员之家',
  'diyifanwen.com': '第一范文网',
  'fanwenq.com': '范文圈',
  'wenmi.com': '文秘帮',
  'haoword.com': '好范文网',
  'ruiwen.com': '瑞文网',
  '21ks.net': '21世纪考试网',
  'fwsir.com': '范文先生网',
  'oh100.com': '大学生必备网',
  'yjbys.com': '应届毕业生网',
  'unjs.com': 'UNJS范文网',
  'xuexila.com': '学习啦',
  'xuexi.la': '学习啦',
  '51test.net': '无忧考网',
  'cspengbo.com': '范文参考',
  'fanwenda.com': '范文达',
  'duanmeiwen.com': '短美文',
  'liuxue86.com': '出国留学网',
  'ahsrst.cn': '人事考试网',
  '850500.com': '实用范文网',
  'kt250.com': '范文网',
  'wenxm.cn': '文星网',
  'xiexiebang.com': '写写帮文库',
  'wenmijiayuan.com': '文秘家园',
  '99wenmi.com': '99文秘网',
  'pxwst.com': '文书网',
  'chayi5.com': '差异网',
  'laomiw.com': '老秘网',
  '360doc.com': '360个人图书馆',
  'doc.mbalib.com': 'MBA智库文档',
};

/** The site's Chinese name, else its first brand, else nothing (a site added without one). */
export function siteNameOf(site: { domain: string; brands: readonly string[] }): string | undefined {
  return SITE_NAMES[site.domain] ?? site.brands[0];
}
