// isWatermarkLine reads a line's leftover words by char code, and learnBrands keeps the most
// named brands without sorting them all (a document of 30,000 "XX范文网 www.xx.com" lines names
// 30,000 brands). Their answers must be those of the regex and sort versions they replaced.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldFullWidthAscii } from '../../src/core/normalize';
import { BrandMatcher, DOMAIN_GLOBAL, isWatermarkLine, learnBrands, MAX_LEARNED_BRANDS, SITE_BRANDS } from '../../src/core/watermark';

// The version before the rewrite: a replace with a callback, then split, filter and every.
const CITED_DOMAIN = /\.(?:gov|edu|mil)(?:\.cn)?(?:\/|$)|(?:^|\.)gov\.cn|(?:^|\.)(?:12315|12345|creditchina)\./i;
const BRAND_SUFFIX = /(?:网|汇|之家|文库|范文|文秘|帮|吧|站|在线|大全|频道|社区|论坛|家园|图书馆|智库)$/;
const SLOGAN = /^[\u4e00-\u9fff]{2,12}$/;
const SLOGAN_WORD = /范文|文库|学习|资料|写作|公文|文秘|材料|网站|平台/;
function isCitedDomainByRegex(domain: string): boolean {
  const host = domain.replace(/^https?:\/\//i, '');
  return CITED_DOMAIN.test(host) || /\/[^/]/.test(host);
}
function isWatermarkLineByRegex(line: string, brands: BrandMatcher): boolean {
  if (line.length > 60) return false;
  let anchored = false;
  const folded = foldFullWidthAscii(line);
  DOMAIN_GLOBAL.lastIndex = 0;
  const withoutDomains = folded.replace(DOMAIN_GLOBAL, (d) => {
    if (isCitedDomainByRegex(d)) return d;
    anchored = true;
    return ' ';
  });
  const { text: rest, found } = brands.replaceAll(withoutDomains, ' ');
  anchored ||= found;
  if (!anchored) return /^[\u4e00-\u9fff]{1,8}(?:范文|公文|文秘|文库|写作|材料)(?:网|库|站|汇|之家)$/.test(line);
  const leftovers = rest.split(/[\s,，、|｜·\-—_:：/]+/).filter(Boolean);
  return leftovers.every((w) => (SLOGAN.test(w) && SLOGAN_WORD.test(w)) || (BRAND_SUFFIX.test(w) && w.length <= 8));
}

const RUNS = Number(process.env.QINGGAO_FUZZ_RUNS ?? 300);
const piece = fc.constantFrom(
  '公文汇', '稿子汇', '某某范文网', '范文学习文库', '讲话', '同志们', '网', '之家', '学习', '资料', '一二三四五六七八九十一二三',
  'www.gongwenhui.com', 'http://x.gov.cn/a', 'https://www.x.com/p/1', 'www.gov.cn', 'm.x.cn', 'Ｗｗｗ．ｘ．ｃｏｍ', 'ａ',
  ' ', '\u3000', '\u00a0', '\ufeff', ',', '，', '、', '|', '｜', '·', '-', '—', '_', ':', '：', '/', '。', 'a', '1', '𠀀',
);

describe('isWatermarkLine', () => {
  it('answers as the regex version did', () => {
    const brands = BrandMatcher.of([...SITE_BRANDS, '某某范文网']);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const line = parts.join('');
        expect(isWatermarkLine(line, brands)).toBe(isWatermarkLineByRegex(line, brands));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('learnBrands', () => {
  it('keeps the most named, ties in the order first named, as a stable sort of all of them does', () => {
    // more names than are kept, so that which are left out matters
    const names = Array.from({ length: 2 * MAX_LEARNED_BRANDS }, (_, i) => `${String.fromCharCode(0x4e00 + 7 * i, 0x4e01 + 7 * i)}范文网`);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: names.length - 1 }), { maxLength: 120 }), (picks) => {
        const lines = picks.map((k, i) => `${names[k]} www.site${i}.com`);
        const counts = new Map<string, number>();
        for (const k of picks) counts.set(names[k]!, (counts.get(names[k]!) ?? 0) + 1);
        const expected = [...counts].sort((a, b) => b[1] - a[1]).slice(0, MAX_LEARNED_BRANDS).map(([brand]) => brand);
        expect(learnBrands(lines)).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });
});
