// Known 范文 / 公文 template sites (../shared/docs/noise.md). The extension gets host access to
// exactly these (manifest.json is checked against this list by a test); their brand names feed
// the watermark rules. `brands` are the names the site glues into its text; a site whose brand
// we have not seen in its pages has none (its domain still matches), so no guess can eat prose.

export interface TemplateSite {
  /** registrable domain; subdomains (www., m., mip.) match too */
  domain: string;
  brands: string[];
  /** what the site does to pages, for the options page and the README */
  note?: string;
}

export const TEMPLATE_SITES: readonly TemplateSite[] = [
  { domain: 'gongwenhui.com', brands: ['公文汇'] },
  { domain: 'gaozihui.com', brands: ['稿子汇'] },
  { domain: 'gwyoo.com', brands: ['公务员之家'] },
  { domain: 'diyifanwen.com', brands: ['第一范文网', '第一范文'] },
  { domain: 'fanwenq.com', brands: [] },
  { domain: 'wenmi.com', brands: ['文秘帮'] },
  { domain: 'haoword.com', brands: [] },
  { domain: 'ruiwen.com', brands: ['瑞文网'] },
  { domain: '21ks.net', brands: [] },
  { domain: 'fwsir.com', brands: ['范文先生网'] },
  { domain: 'oh100.com', brands: [] },
  { domain: 'yjbys.com', brands: ['应届毕业生网'] },
  { domain: 'unjs.com', brands: [] },
  { domain: 'xuexila.com', brands: ['学习啦'] },
  { domain: 'xuexi.la', brands: ['学习啦'] },
  { domain: '51test.net', brands: ['无忧考网'] },
  { domain: 'cspengbo.com', brands: [] },
  { domain: 'fanwenda.com', brands: [] },
  { domain: 'duanmeiwen.com', brands: [] },
  { domain: 'liuxue86.com', brands: ['出国留学网'] },
  { domain: 'ahsrst.cn', brands: [] },
  { domain: '850500.com', brands: [] },
  { domain: 'kt250.com', brands: [] },
  { domain: 'wenxm.cn', brands: [] },
  { domain: 'xiexiebang.com', brands: ['写写帮文库', '写写帮'] },
  { domain: 'wenmijiayuan.com', brands: [] },
  { domain: '99wenmi.com', brands: [] },
  { domain: 'pxwst.com', brands: [] },
  { domain: 'chayi5.com', brands: [] },
  { domain: 'laomiw.com', brands: ['老秘网'], note: 'Discuz forum: jammer strings inside posts' },
  { domain: '360doc.com', brands: ['个人图书馆', '360doc'], note: 'copy opens a login layer and adds a copy tail' },
  { domain: 'doc.mbalib.com', brands: ['MBA智库文档', 'MBA智库'] },
];

/** The registrable domain of a host when it is a known template site, else undefined. */
export function templateSiteOf(host: string | undefined): TemplateSite | undefined {
  if (!host) return undefined;
  const h = host.toLowerCase().replace(/\.$/, '');
  return TEMPLATE_SITES.find((s) => h === s.domain || h.endsWith('.' + s.domain));
}

/** Match patterns for manifest `host_permissions` / content-script `matches`. */
export function templateSiteMatchPatterns(): string[] {
  return TEMPLATE_SITES.flatMap((s) => [`*://${s.domain}/*`, `*://*.${s.domain}/*`]);
}
