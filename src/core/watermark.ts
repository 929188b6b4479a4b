// Brand-and-domain watermarks: "公文汇 www.gongwenhui.com" as its own line, glued to the end,
// start or middle of a paragraph, and bare domains dropped mid-sentence ("做 m.chayi5.com 好").
// Brands come from the site list, from the page itself (a line "XX整理，咨询QQ…" names its
// reseller; a line "XX www.xx.com" names a site), and from a generic shape (a short name ending
// in 网/汇/之家/文库… right before a domain).
import { compiledPattern } from './rules/machine-code';
import { foldFullWidthAscii, isRegExpSpaceCode } from './normalize';
import { TEMPLATE_SITES } from './rules/sites';
import { hasSentenceEnd } from './stops';

// A host name: optional scheme, labels of ASCII letters/digits/hyphens, a known top-level
// suffix, optional path. Labels are bounded, so the pattern cannot backtrack badly.
const DOMAIN_SOURCE =
  '(?:https?:\\/\\/)?(?:[a-z0-9][a-z0-9-]{0,62}\\.){1,4}(?:com|cn|net|org|la|cc|top|vip|info|xyz|site|wang|ltd|co)(?:\\.cn)?(?:\\/[\\w./?=&%-]{0,80})?';
export const DOMAIN_GLOBAL = new RegExp(DOMAIN_SOURCE, 'gi');
/** DOMAIN_GLOBAL, compiled to machine code (machine-code.ts) and set to read from the start. */
function domainsFromStart(): RegExp {
  const domains = compiledPattern(DOMAIN_GLOBAL);
  domains.lastIndex = 0;
  return domains;
}
const DOMAIN_ONLY = new RegExp(`^${DOMAIN_SOURCE}$`, 'i');

// Government and school sites are cited in speeches on purpose ("登录中国政府网www.gov.cn").
const CITED_DOMAIN = /\.(?:gov|edu|mil)(?:\.cn)?(?:\/|$)|(?:^|\.)gov\.cn|(?:^|\.)(?:12315|12345|creditchina)\./i;

/** Endings of template-site names ("XX范文网", "公文汇", "公务员之家", "写写帮"). */
const BRAND_SUFFIX = /(?:网|汇|之家|文库|范文|文秘|帮|吧|站|在线|大全|频道|社区|论坛|家园|图书馆|智库)$/;
/** Slogans that follow a brand ("稿子汇,范文学习文库"): 2 to 12 ideographs (isSlogan) with one of these words. */
const SLOGAN_WORD = /范文|文库|学习|资料|写作|公文|文秘|材料|网站|平台/;

/** The slogan a site writes after its brand: "，范文学习文库", "·公文资料库". */
const BRAND_SLOGAN = /^[,，、·|｜]\s*[\u4e00-\u9fff]{0,8}?(?:范文|文库)[\u4e00-\u9fff]{0,4}?(?:文库|资料库|范文网)/;

/** A page toolbar ("打印 | 收藏 | 分享") is no banner. */
const TOOLBAR_WORD = /^(?:打印|收藏|分享|举报|评论|复制|下载|纠错|关闭|首页)/;
/** What follows a reseller's name on its banner line. */
const PROMO_SLOGAN = /更新|订阅|原创|精品|盗版|侵权|专注|材料|资料|打包|会员|分享/;
const SENTENCE_END = /[。！？!?；;…]$/;
const LOOK_BEHIND = 40;

export const SITE_BRANDS: readonly string[] = [...new Set(TEMPLATE_SITES.flatMap((s) => s.brands))];

/** Matchers built lately, by their brand list: a host's pages name the same brands, and building
 * (and compiling) the alternation of some hundred names for every page cost more than using it. */
const RECENT_MATCHERS = new Map<string, BrandMatcher>();
const RECENT_MATCHERS_KEPT = 16;

/**
 * The brands of one document, compiled once. A brand is looked for where its first character
 * stands: one bit per UTF-16 unit says whether any brand opens with it, and only there are the
 * brands opening with it compared, longest first. This is the leftmost-first answer of the
 * alternation of every brand (longest first) that it replaces, without trying each brand at
 * every position: a document naming thousands of brands for itself, or a long paragraph full of
 * characters no brand opens with, costs about one look per character.
 */
export class BrandMatcher {
  readonly brands: readonly string[];
  /** brands by their first UTF-16 unit, longest first (ties in the order given) */
  private readonly byFirst = new Map<number, string[]>();
  /** one bit per UTF-16 unit: some brand opens with it */
  private readonly opens = new Uint32Array(2048);
  /** brands by their last UTF-16 unit, in the same order */
  private readonly byLast = new Map<number, string[]>();

  /** The matcher of `brands`, shared with the last pages that named the same ones. */
  static of(brands: readonly string[]): BrandMatcher {
    const key = brands.join('\n');
    const known = RECENT_MATCHERS.get(key);
    if (known) return known;
    const matcher = new BrandMatcher(brands);
    if (RECENT_MATCHERS.size >= RECENT_MATCHERS_KEPT) RECENT_MATCHERS.delete(RECENT_MATCHERS.keys().next().value!);
    RECENT_MATCHERS.set(key, matcher);
    return matcher;
  }

  constructor(brands: readonly string[]) {
    this.brands = [...new Set(brands)].filter(Boolean).sort((a, b) => b.length - a.length);
    for (const brand of this.brands) {
      const c = brand.charCodeAt(0);
      const list = this.byFirst.get(c);
      if (list) list.push(brand);
      else this.byFirst.set(c, [brand]);
      this.opens[c >>> 5]! |= 1 << (c & 31);
      const last = brand.charCodeAt(brand.length - 1);
      const ending = this.byLast.get(last);
      if (ending) ending.push(brand);
      else this.byLast.set(last, [brand]);
    }
  }

  /**
   * The first position from `at` on where some brand's first character stands (text.length when
   * none). The scan is a small method of its own, called once per candidate: the loops that call
   * it run once per document, and a long line's characters are not walked one call at a time by
   * code the engine has not optimised yet.
   */
  private nextOpening(text: string, at: number): number {
    const opens = this.opens;
    for (; at < text.length; at++) {
      const c = text.charCodeAt(at);
      if ((opens[c >>> 5]! & (1 << (c & 31))) !== 0) return at;
    }
    return at;
  }

  /** The brand that starts at `at` (a position nextOpening gave), if any (the longest of those that do). */
  private brandAt(text: string, at: number): string | undefined {
    for (const brand of this.byFirst.get(text.charCodeAt(at))!) if (text.startsWith(brand, at)) return brand;
    return undefined;
  }

  /** The longest brand that ends `text` (the first of the longest, in the order given), if any. */
  brandEnding(text: string): string | undefined {
    const list = this.byLast.get(text.charCodeAt(text.length - 1));
    return list?.find((brand) => text.endsWith(brand));
  }

  /** Every occurrence, left to right, without overlaps. */
  occurrences(text: string): { at: number; brand: string }[] {
    const found: { at: number; brand: string }[] = [];
    for (let at = this.nextOpening(text, 0); at < text.length; at = this.nextOpening(text, at)) {
      const brand = this.brandAt(text, at);
      if (brand === undefined) at++;
      else {
        found.push({ at, brand });
        at += brand.length;
      }
    }
    return found;
  }

  replaceAll(text: string, replacement: string): { text: string; found: boolean } {
    let out = '';
    let from = 0;
    let found = false;
    for (let at = this.nextOpening(text, 0); at < text.length; at = this.nextOpening(text, at)) {
      const brand = this.brandAt(text, at);
      if (brand === undefined) at++;
      else {
        out += text.slice(from, at) + replacement;
        at += brand.length;
        from = at;
        found = true;
      }
    }
    return found ? { text: out + text.slice(from), found } : { text, found };
  }

  /** A quick look for any brand's first character: most lines hold none. */
  mayOccurIn(text: string): boolean {
    return this.nextOpening(text, 0) < text.length;
  }
}

export interface Span {
  start: number;
  end: number;
}

/** Brands a document names for itself: resellers ("酷乐文行整理，咨询QQ…") and "XX www.xx.com" lines. */
export function learnBrands(lines: readonly string[], edgeLines: readonly string[] = []): string[] {
  const learned = new Counter();
  // At the head and foot of a pack: "笔杆子材料库 · 每日更新", "云笺文稿坊出品 · 盗版必究",
  // "关注公众号【笔耕云集】…" name the reseller.
  for (const line of edgeLines) {
    if (line.length > 40) continue;
    const signed = /^([\u4e00-\u9fffA-Za-z0-9]{3,10}?)(?:整理|出品|原创|制作)?\s*[·｜|]\s*\S/.exec(line);
    if (signed && PROMO_SLOGAN.test(line) && !TOOLBAR_WORD.test(signed[1]!)) learned.add(signed[1]!);
    const account = /公众号\s*[【「“]([^】」”]{2,10})[】」”]/.exec(line);
    if (account) learned.add(account[1]!);
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const reseller = mayNameReseller(line) ? RESELLER.exec(line) : null;
    if (reseller) learned.add(reseller[1]!);
    // a domain has a dot: most lines need no look for one
    if (line.length <= 60 && line.includes('.')) {
      const domains = domainsFromStart();
      const m = domains.exec(line);
      if (m && !isCitedDomain(m[0])) {
        const before = line.slice(0, m.index).trim();
        const name = SITE_NAME_BEFORE_DOMAIN.exec(before);
        if (name && BRAND_SUFFIX.test(name[1]!)) learned.add(name[1]!);
      }
    }
  }
  return learned.mostNamed(MAX_LEARNED_BRANDS);
}

/** "酷乐文行整理，咨询QQ…": a reseller's name, what it did, then how to reach it. */
const RESELLER = /^([\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?:整理|编辑|制作|出品)[，,、\s]*(?:咨询|联系|加|QQ|微信|V信)/i;
/** The first characters of RESELLER's verbs (整理, 编辑, 制作, 出品). */
const [ZHENG, BIAN, ZHI, CHU] = [...'整编制出'].map((c) => c.charCodeAt(0));
const isResellerVerbOpen = (c: number): boolean => c === ZHENG || c === BIAN || c === ZHI || c === CHU;
/** The name before RESELLER's verb is 2 to 12 units long, so the verb opens at one of these. */
const RESELLER_VERB_FIRST = 2;
const RESELLER_VERB_LAST = 12;

/** Whether RESELLER may match: one of its verbs opens where a name of 2 to 12 units ends (no regex run on most lines). */
function mayNameReseller(line: string): boolean {
  const last = Math.min(RESELLER_VERB_LAST, line.length - 2);
  for (let i = RESELLER_VERB_FIRST; i <= last; i++) if (isResellerVerbOpen(line.charCodeAt(i))) return true;
  return false;
}

/** What stands before the domain on a "XX范文网 www.xx.com" line: the site's name. */
const SITE_NAME_BEFORE_DOMAIN = /^([\u4e00-\u9fff]{2,10})[\s,，|｜·\-—:：]*$/;

/** A document names itself with one or two brands; a page of 6,000 "XX范文网 www.xx.com" lines is
 * no document's stamp, and every brand learned is tried at every brand-like spot of every line. */
export const MAX_LEARNED_BRANDS = 16;

/** How often each brand was named; the most named first, ties in the order first named. */
class Counter {
  private readonly counts = new Map<string, number>();
  add(brand: string): void {
    this.counts.set(brand, (this.counts.get(brand) ?? 0) + 1);
  }
  /** The `limit` most named, kept sorted while the counts are read once (a document may name
   * thousands of brands once each: no sort of them all). */
  mostNamed(limit: number): string[] {
    const top: [string, number][] = [];
    if (limit <= 0) return [];
    for (const entry of this.counts) {
      // only a count above the last kept one gets in (ties keep the order first named)
      if (top.length === limit && entry[1] <= top[limit - 1]![1]) continue;
      let at = top.length;
      while (at > 0 && top[at - 1]![1] < entry[1]) at--;
      top.splice(at, 0, entry);
      if (top.length > limit) top.pop();
    }
    return top.map(([brand]) => brand);
  }
}

/** Government sites, and full links with a path, are what an author wrote; a site's stamp is a
 * bare host name ("www.gongwenhui.com"). */
function isCitedDomain(domain: string): boolean {
  const first = domain.charCodeAt(0);
  const host = first === 0x68 || first === 0x48 ? domain.replace(SCHEME, '') : domain; // h, H
  return CITED_DOMAIN.test(host) || (host.includes('/') && PATH_STEP.test(host));
}
const SCHEME = /^https?:\/\//i;
const PATH_STEP = /\/[^/]/;

function isDomainMatchClean(text: string, start: number, end: number): boolean {
  // Part of a longer ASCII token (an e-mail, a file name, a version number): not a watermark.
  const before = text[start - 1];
  const after = text[end];
  return !(before && /[A-Za-z0-9@._-]/.test(before)) && !(after && /[A-Za-z0-9@_-]/.test(after));
}

/**
 * Whether a whole line is a watermark: only brands, domains and slogans, with at least one
 * domain or known brand — "公文汇 www.gongwenhui.com", "稿子汇,范文学习文库", "公务员之家".
 */
export function isWatermarkLine(line: string, brands: BrandMatcher): boolean {
  if (line.length > 60) return false;
  let anchored = false;
  const folded = foldFullWidthAscii(line);
  // Each domain that is no citation becomes a space; a domain has a dot: most lines need no look for one.
  let withoutDomains = folded;
  if (folded.includes('.')) {
    let kept = '';
    let from = 0;
    const domains = domainsFromStart();
    for (let m = domains.exec(folded); m; m = domains.exec(folded)) {
      if (isCitedDomain(m[0])) continue;
      anchored = true;
      kept += folded.slice(from, m.index) + ' ';
      from = m.index + m[0].length;
    }
    if (anchored) withoutDomains = kept + folded.slice(from);
  }
  const { text: rest, found } = brands.replaceAll(withoutDomains, ' ');
  anchored ||= found;
  if (!anchored) return isGenericBrandLine(line);
  // What is left, word by word (split at spaces and separators), must be slogans or site names.
  for (let at = 0; at < rest.length; ) {
    while (at < rest.length && isWordSeparator(rest.charCodeAt(at))) at++;
    const start = at;
    while (at < rest.length && !isWordSeparator(rest.charCodeAt(at))) at++;
    if (at > start && !isBrandWord(rest.slice(start, at))) return false;
  }
  return true;
}

/** A slogan ("范文学习文库") or a site's name ("某某范文网"). */
function isBrandWord(word: string): boolean {
  return (isSlogan(word) && SLOGAN_WORD.test(word)) || (word.length <= 8 && BRAND_SUFFIX.test(word));
}

/** 2 to 12 ideographs (/^[\u4e00-\u9fff]{2,12}$/, without a regex run). */
function isSlogan(word: string): boolean {
  if (word.length < 2 || word.length > 12) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) return false;
  }
  return true;
}

/** What separates the words of a watermark line: /[\s,，、|｜·\-—_:：/]/ by char code (one bit each). */
const WORD_SEPARATORS = new Uint32Array(2048);
for (const c of ',，、|｜·-—_:：/') WORD_SEPARATORS[c.charCodeAt(0) >>> 5]! |= 1 << (c.charCodeAt(0) & 31);
function isWordSeparator(c: number): boolean {
  return (WORD_SEPARATORS[c >>> 5]! & (1 << (c & 31))) !== 0 || isRegExpSpaceCode(c);
}

/** A line that is nothing but a template-site name: "XX范文网", "XX公文网". */
function isGenericBrandLine(line: string): boolean {
  return /^[\u4e00-\u9fff]{1,8}(?:范文|公文|文秘|文库|写作|材料)(?:网|库|站|汇|之家)$/.test(line);
}

/**
 * Watermark fragments inside a paragraph that also holds speech text. Returns spans to cut,
 * each covering the fragment and the spaces that glued it in.
 */
// Brand shapes no list knows, glued to the end of a paragraph: Latin letters + a template-site
// suffix ("…的责任感UNJS范文网"), or a Chinese name + such a suffix after a sentence end
// ("…工作。某某公文网"), or any "…网" a space sets apart after a sentence end. A bare 网 glued
// to the text is not enough ("加快建设5G网", "互联网").
const LATIN_BRAND = '[A-Za-z][A-Za-z0-9]{1,11}(?:范文网|公文网|文秘网|范文|文库|写作网|材料网)';
const GLUED_LATIN_BRAND = new RegExp(`${LATIN_BRAND}\\s*$`);
const LATIN_BRAND_BEFORE = new RegExp(`${LATIN_BRAND}$`);
const LATIN_BRAND_AFTER = new RegExp(`^${LATIN_BRAND}`);
const GLUED_CJK_BRAND = /[。！？!?](?:\s*([\u4e00-\u9fff]{1,8}(?:范文网|公文网|文秘网|文库|范文大全))|\s+([\u4e00-\u9fff]{2,6}网))\s*$/;

/** A Latin brand and a domain (its top-level name) need a letter, full-width or not. */
const LETTER = /[A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A]/;
/** How far from a line's end a glued brand is looked for. */
const TAIL = 40;

/** Whether a fragment may stand in `text`: a letter, a known brand, or the 文 every name of
 * GLUED_CJK_BRAND holds in the tail it is looked for in. Most lines of prose hold none. */
function mayHoldFragment(text: string, brands: BrandMatcher): boolean {
  return LETTER.test(text) || text.includes('文', text.length - TAIL) || text.trimEnd().endsWith('网') || brands.mayOccurIn(text);
}

export function findWatermarkFragments(text: string, brands: BrandMatcher): Span[] {
  const spans: Span[] = [];
  // a Latin brand, a brand after a sentence end, a domain, a known brand: most lines hold none
  if (!mayHoldFragment(text, brands)) return spans;
  // Matched on a folded copy (same offsets), so full-width domains and letters count too.
  const folded = foldFullWidthAscii(text);
  const tail = folded.slice(-TAIL);
  const offset = text.length - tail.length;
  const latin = GLUED_LATIN_BRAND.exec(tail);
  if (latin && latin.index + offset > 0) spans.push({ start: offset + latin.index, end: text.length });
  const cjk = compiledPattern(GLUED_CJK_BRAND).exec(tail);
  if (cjk) spans.push({ start: offset + cjk.index + cjk[0].indexOf((cjk[1] ?? cjk[2])!), end: text.length });
  const domains = domainsFromStart();
  for (let m = domains.exec(folded); m; m = domains.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    // A stamp pasted twice runs its domain into the next brand ("www.unjs.comUNJS范文网").
    const brandFollows = LATIN_BRAND_AFTER.test(folded.slice(end, end + 24));
    if (isCitedDomain(m[0]) || (!isDomainMatchClean(folded, start, end) && !brandFollows)) continue;
    // Only inside Chinese text: a domain in an English sentence is prose.
    if (!/[\u4e00-\u9fff]/.test(text)) continue;
    spans.push(widenOverBrand(text, { start, end }, brands));
  }
  const bounds = contentBounds(text);
  for (const { at, brand } of brands.occurrences(text)) {
    const span = brandFragmentSpan(text, at, brand, bounds);
    if (span) spans.push(span);
  }
  return mergeSpans(spans).map((s) => swallowGlue(text, s));
}

/** Extends a domain span left over the brand name written before it ("公文汇 www…"). */
function widenOverBrand(text: string, span: Span, brands: BrandMatcher): Span {
  let start = span.start;
  let end = span.end;
  // Only the few characters before the domain matter (a bounded look keeps many matches linear),
  // without the glue before the domain. Read by code: every domain in a long document asks.
  const windowStart = Math.max(0, start - LOOK_BEHIND);
  let headEnd = start;
  while (headEnd > windowStart && isGlueBeforeDomain(text.charCodeAt(headEnd - 1))) headEnd--;
  const head = text.slice(windowStart, headEnd);
  const run = cjkRunBefore(head);
  const latin = LATIN_BRAND_BEFORE.exec(head);
  if (latin) start = windowStart + latin.index;
  else if (run) {
    const runStartInHead = head.length - run.length;
    const runStart = windowStart + runStartInHead;
    const beforeRun = head.slice(0, runStartInHead).trimEnd();
    const afterBoundary = runStart === 0 || (beforeRun === '' && windowStart === 0) || SENTENCE_END.test(beforeRun);
    const known = brands.brandEnding(run);
    // A short unknown name counts only in a trailing watermark ("…。 某某 www.x.com"): mid-text,
    // the words before a bare domain are prose ("要做 m.x.com 好" keeps "要做").
    if (afterBoundary && (known === run || BRAND_SUFFIX.test(run) || (isBlankAfter(text, end) && run.length <= 6))) start = runStart;
    else if (known) start = windowStart + head.length - known.length;
  }
  // A slogan or brand written after the domain: "www.x.com 范文学习文库" (it needs glue first).
  const tail = isGlueAfterDomain(text.charCodeAt(end)) ? BRAND_AFTER_DOMAIN.exec(text.slice(end, end + LOOK_BEHIND)) : null;
  if (tail && (brands.brands.includes(tail[1]!) || (SLOGAN_WORD.test(tail[1]!) && tail.index + tail[0].length === text.length - end))) {
    end += tail[0].length;
  }
  return { start, end };
}

/** A brand, slogan or name written after a domain, with the glue before it. */
const BRAND_AFTER_DOMAIN = /^[\s,，|｜·]+([\u4e00-\u9fff]{2,12})(?=$|[\s。！？!?])/;

/** What glues a brand to the domain after it: /[\s,，|｜·:：\-—]/ by code. */
function isGlueBeforeDomain(c: number): boolean {
  return isGlueAfterDomain(c) || c === 0x3a || c === 0xff1a || c === 0x2d || c === 0x2014;
}

/** What glues a brand written after a domain: /[\s,，|｜·]/ by code. */
function isGlueAfterDomain(c: number): boolean {
  return c === 0x2c || c === 0xff0c || c === 0x7c || c === 0xff5c || c === 0xb7 || isRegExpSpaceCode(c);
}

/** The ideographs that end `head`, twelve at most (/[\u4e00-\u9fff]{1,12}$/ by code); '' when none. */
function cjkRunBefore(head: string): string {
  let from = head.length;
  while (from > 0 && head.length - from < 12) {
    const c = head.charCodeAt(from - 1);
    if (c < 0x4e00 || c > 0x9fff) break;
    from--;
  }
  return head.slice(from);
}

/** Nothing but white space after `end`. */
function isBlankAfter(text: string, end: number): boolean {
  for (let i = end; i < text.length; i++) if (!isRegExpSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * A known brand counts as a glued watermark when it stands apart from the prose: after a
 * sentence end or at the paragraph start, and followed by a space, a sentence end or nothing —
 * or between two spaces mid-sentence. A brand inside a phrase ("打造公务员之家") is prose.
 */
function brandFragmentSpan(text: string, at: number, brand: string, bounds: Span): Span | null {
  let end = at + brand.length;
  // A brand with its slogan ("稿子汇,范文学习文库") is never prose, wherever it is glued in.
  const withSlogan = BRAND_SLOGAN.exec(text.slice(end, end + 16));
  if (withSlogan) return { start: at, end: end + withSlogan[0].length };
  // "稿子汇,范文学习文库" at the end of a paragraph: take the slogan with it.
  if (text.length - end <= 16) {
    const slogan = /^[,，、\s]*([\u4e00-\u9fff]{2,12})\s*$/.exec(text.slice(end));
    if (slogan && SLOGAN_WORD.test(slogan[1]!)) end = text.length;
  }
  const atStart = at <= bounds.start;
  const atEnd = end >= bounds.end;
  const prev = text[at - 1] ?? '';
  const next = text[end] ?? '';
  // the last character before the brand that is not a space
  let k = at - 1;
  while (k >= 0 && /\s/.test(text[k]!)) k--;
  const leftOk = atStart || SENTENCE_END.test(text[k] ?? '') || /\s/.test(prev);
  const rightOk = atEnd || /\s/.test(next) || hasSentenceEnd(next);
  const standsApart = /\s/.test(prev) && /\s/.test(next);
  if (!(leftOk && rightOk) && !standsApart) return null;
  // Keep the brand when it is the whole paragraph: the line rules decide about whole lines.
  if (atStart && atEnd) return null;
  return { start: at, end };
}

/** Where the non-space text of a paragraph starts and ends. */
function contentBounds(text: string): Span {
  let start = 0;
  let end = text.length;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

const OPENING = '（(【[〔';
const CLOSING = '）)】]〕';

/** Takes the spaces around a cut with it, so "做 m.x.com 好" becomes "做好"; and the brackets
 * that held nothing else, so "…。（公文汇 www.x.com）" leaves no "（）". */
function swallowGlue(text: string, span: Span): Span {
  let { start, end } = span;
  while (start > 0 && /\s/.test(text[start - 1]!)) start--;
  while (end < text.length && /\s/.test(text[end]!)) end++;
  const open = OPENING.indexOf(text[start - 1] ?? '');
  if (open !== -1 && text[end] === CLOSING[open]) {
    start--;
    end++;
    while (start > 0 && /\s/.test(text[start - 1]!)) start--;
  }
  // Between two words of an English phrase a single space must stay.
  if (start > 0 && end < text.length && /[A-Za-z0-9]/.test(text[start - 1]!) && /[A-Za-z0-9]/.test(text[end]!)) end = Math.max(span.end, end - 1);
  return { start, end };
}

export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

export function isDomainOnly(text: string): boolean {
  return DOMAIN_ONLY.test(text.trim());
}

/** A reseller's contact glued after the last sentence: "…负责同志。客服微信：gwyoo2024". */
const GLUED_CONTACT = /[。！？!?]\s*((?:客服|咨询|联系|加)?(?:微信|QQ|V信|VX|WX)(?:号|群)?\s*[:：]\s*[A-Za-z0-9_-]{5,20})\s*$/i;

export function findGluedContact(text: string): Span[] {
  const tail = text.slice(-60);
  const m = compiledPattern(GLUED_CONTACT).exec(tail);
  if (!m) return [];
  const start = text.length - tail.length + m.index + m[0].indexOf(m[1]!);
  return [{ start, end: text.length }];
}

