import { describe, expect, it } from 'vitest';
import { findArticlePager, mergesByPages, planMerge, speechTextLength, wholeTextSuffices, type PagerLink } from '../../../src/core/pagination/index';

function pagerLine(links: [text: string, href: string][], extra = ''): PagerLink[] {
  const lineText = [extra, ...links.map(([text]) => text)].join(' ').trim();
  return links.map(([text, href]) => ({ text, href, lineText }));
}

const planOf = (pageUrl: string, links: PagerLink[]) => {
  const pager = findArticlePager(pageUrl, links);
  return pager && planMerge(pager);
};

describe('one-page full-text links of real pager styles', () => {
  it('PHPCMS: 上一页 1 2 3 下一页 显示全文 with 123_all.html', () => {
    const base = 'https://www.wenmi.example/jianghua/2023/1201/4567';
    const plan = planOf(
      `${base}.html`,
      pagerLine([['上一页', `${base}.html`], ['1', `${base}.html`], ['2', `${base}_2.html`], ['3', `${base}_3.html`], ['下一页', `${base}_2.html`], ['显示全文', `${base}_all.html`]]),
    );
    expect(plan).toEqual({
      current: 1,
      total: 3,
      whole: `${base}_all.html`,
      before: [],
      after: [
        { page: 2, url: `${base}_2.html` },
        { page: 3, url: `${base}_3.html` },
      ],
    });
  });

  it('PHPCMS mobile: 123-p1.html with 单页阅读 → 123-all.html, pages 123-p2.html', () => {
    const plan = planOf('http://m.fanwen.example/a/9911-p1.html', pagerLine([['下一页', '9911-p2.html'], ['尾页', '9911-p3.html'], ['单页阅读', '9911-all.html']], '1/3'));
    expect(plan?.whole).toBe('http://m.fanwen.example/a/9911-all.html');
    expect(plan?.after.map((p) => p.page)).toEqual([2, 3]);
  });

  it('news portals: 000001221881_1.shtml → _all.shtml (单页浏览), 3540093.html → 3540093_all.html (全文)', () => {
    const it168 = planOf('http://tech.portal.example/a2011/0722/1221/000001221881_1.shtml', pagerLine([['2', '000001221881_2.shtml'], ['单页浏览', '000001221881_all.shtml']]));
    expect(it168?.whole).toBe('http://tech.portal.example/a2011/0722/1221/000001221881_all.shtml');
    expect(it168?.after).toEqual([{ page: 2, url: 'http://tech.portal.example/a2011/0722/1221/000001221881_2.shtml' }]);
    const zol = planOf('http://vga.portal.example/354/3540093.html', pagerLine([['[2]', '3540093_2.html'], ['全文', '3540093_all.html']]));
    expect(zol?.whole).toBe('http://vga.portal.example/354/3540093_all.html');
  });

  it('a page that links only its full text: a plan with the full text and nothing page by page', () => {
    const plan = planOf('http://www.fanwen.example/jianghua/777.html', [{ text: '阅读全文>>', href: '777_all.html' }]);
    expect(plan).toEqual({ current: 1, total: 1, whole: 'http://www.fanwen.example/jianghua/777_all.html', before: [], after: [] });
    expect(plan && mergesByPages(plan)).toBe(false);
  });

  it('a "full text" link to another article, another host or a paywall is no full text of this one', () => {
    const article = 'http://www.fanwen.example/jianghua/777.html';
    expect(planOf(article, [{ text: '查看全文', href: '778_all.html' }])).toBeUndefined();
    expect(planOf(article, [{ text: '全文阅读', href: 'http://mirror.example/jianghua/777_all.html' }])).toBeUndefined();
    expect(planOf(article, [{ text: '查看全文', href: '/vip/' }])).toBeUndefined();
    expect(planOf(article, [{ text: '开通VIP查看全文', href: '/vip/777_all.html' }])).toBeUndefined();
  });
});

describe('merging from a later page', () => {
  const links = (page: number) =>
    pagerLine([
      ['上一页', page === 2 ? '12345.html' : `12345_${page - 1}.html`],
      ['1', '12345.html'],
      ['2', '12345_2.html'],
      ['3', '12345_3.html'],
      ['4', '12345_4.html'],
      ['下一页', `12345_${page + 1}.html`],
    ]);

  it('on page 3 of 4 with every page linked: pages 1 and 2 go before, page 4 after', () => {
    const plan = planOf('http://www.fanwen.example/a/12345_3.html', links(3));
    expect(plan?.current).toBe(3);
    expect(plan?.before.map((p) => p.page)).toEqual([1, 2]);
    expect(plan?.after.map((p) => p.page)).toEqual([4]);
  });

  it('on the last page: only pages before it', () => {
    const plan = planOf('http://www.fanwen.example/a/12345_4.html', links(4).slice(0, 5));
    expect(plan?.before.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(plan?.after).toEqual([]);
  });

  it('no page-by-page merge when an opening page is not linked (上一页 only): the full text still may be', () => {
    const only = pagerLine([['上一页', '12345_2.html'], ['下一页', '12345_4.html']], '第3页 共4页');
    expect(planOf('http://www.fanwen.example/a/12345_3.html', only)).toBeUndefined();
    const withWhole = [...only, { text: '全文阅读', href: '12345_all.html' }];
    expect(planOf('http://www.fanwen.example/a/12345_3.html', withWhole)).toEqual({
      current: 3,
      total: 4,
      whole: 'http://www.fanwen.example/a/12345_all.html',
      before: [],
      after: [],
    });
  });

  it('no page-by-page merge from past page 20 (its opening pages alone are more than a merge fetches)', () => {
    const pages = Array.from({ length: 24 }, (_, i) => [String(i + 1), i === 0 ? '8.html' : `8_${i + 1}.html`] as [string, string]);
    expect(planOf('http://www.fanwen.example/a/8_22.html', pagerLine(pages))).toBeUndefined();
    expect(planOf('http://www.fanwen.example/a/8_20.html', pagerLine(pages))?.before).toHaveLength(19);
  });
});

describe('whether the full text can stand in for the page', () => {
  const page = ['同志们：', '今天召开全市安全生产工作会议。下面，我讲三点意见。', '一、提高政治站位'];
  const more = [...page, '二、聚焦重点领域', '（一）抓好道路交通安全。', '三、压实各方责任'];

  it('counts the speech text, whitespace aside', () => {
    expect(speechTextLength(['一、 提高', '　政治站位\n'])).toBe(8);
  });

  it('a speech with more text than the page: yes', () => {
    expect(wholeTextSuffices({ paragraphs: page }, { isSpeech: true, paragraphs: more })).toBe(true);
  });

  it('the page again, a shorter preview, or no speech at all: no', () => {
    expect(wholeTextSuffices({ paragraphs: page }, { isSpeech: true, paragraphs: page })).toBe(false);
    expect(wholeTextSuffices({ paragraphs: page }, { isSpeech: true, paragraphs: page.slice(0, 2) })).toBe(false);
    expect(wholeTextSuffices({ paragraphs: page }, { isSpeech: false, paragraphs: [...more, '会员登录'] })).toBe(false);
  });
});
