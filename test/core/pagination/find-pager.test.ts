import { describe, expect, it } from 'vitest';
import { findArticlePager, pagerLabelOf, statedPageCount, type PagerLink } from '../../../src/core/pagination/index';

/** The links of one pager line, each with the line's text, as the DOM adapter reads them. */
function pagerLine(links: [text: string, href: string][], extra = ''): PagerLink[] {
  const lineText = [extra, ...links.map(([text]) => text)].join(' ').trim();
  return links.map(([text, href]) => ({ text, href, lineText }));
}

const pagesOf = (pageUrl: string, links: PagerLink[]) => findArticlePager(pageUrl, links)?.pages.map((p) => p.page);

describe('pagers of the article itself, by site style', () => {
  it('DedeCMS: 共3页: 上一页 1 2 3 下一页 with …_2.html', () => {
    const pager = findArticlePager(
      'http://www.fanwen.example/jianghua/20231201/12345.html',
      pagerLine(
        [['上一页', '#'], ['1', '#'], ['2', '12345_2.html'], ['3', '12345_3.html'], ['下一页', '12345_2.html']],
        '共3页:',
      ),
    );
    expect(pager).toEqual({
      current: 1,
      total: 3,
      pages: [
        { page: 2, url: 'http://www.fanwen.example/jianghua/20231201/12345_2.html' },
        { page: 3, url: 'http://www.fanwen.example/jianghua/20231201/12345_3.html' },
      ],
    });
  });

  it('PHPCMS: absolute links in #pages, 上一页 1 2 下一页', () => {
    const base = 'https://www.wenmi.example/article/2023/1201/987654';
    const pager = findArticlePager(
      `${base}.html`,
      pagerLine([['上一页', `${base}.html`], ['1', `${base}.html`], ['2', `${base}_2.html`], ['下一页', `${base}_2.html`]]),
    );
    expect(pager?.pages).toEqual([{ page: 2, url: `${base}_2.html` }]);
    expect(pager?.total).toBe(2);
  });

  it('EmpireCMS: [1] [2] [3] 下一页 尾页', () => {
    const links = pagerLine([['[1]', '/a/4567.html'], ['[2]', '/a/4567_2.html'], ['[3]', '/a/4567_3.html'], ['下一页', '/a/4567_2.html'], ['尾页', '/a/4567_3.html']]);
    expect(pagesOf('https://gw.example/a/4567.html', links)).toEqual([2, 3]);
  });

  it('a hyphen before the page: /article/88-2.html', () => {
    const links = pagerLine([['1', '/article/88.html'], ['2', '/article/88-2.html'], ['下一页 >', '/article/88-2.html']]);
    expect(pagesOf('http://speech.example/article/88.html', links)).toEqual([2]);
  });

  it('a page parameter: show.asp?id=123&page=2', () => {
    const links = pagerLine([['首页', 'show.asp?id=123&page=1'], ['2', 'show.asp?id=123&page=2'], ['3', 'show.asp?id=123&page=3'], ['尾页', 'show.asp?id=123&page=3']]);
    const pager = findArticlePager('http://old.example/news/show.asp?id=123', links);
    expect(pager?.pages.map((p) => p.url)).toEqual(['http://old.example/news/show.asp?id=123&page=2', 'http://old.example/news/show.asp?id=123&page=3']);
  });

  it('Discuz: thread-123-2-1.html beside thread-123-1-1.html', () => {
    const links = pagerLine([['2', 'thread-2231-2-1.html'], ['3', 'thread-2231-3-1.html'], ['下一页', 'thread-2231-2-1.html']]);
    const pager = findArticlePager('https://bbs.example/thread-2231-1-1.html', links);
    expect(pager?.pages.map((p) => p.page)).toEqual([2, 3]);
    expect(pager?.current).toBe(1);
  });

  it('WordPress <!--nextpage-->: /2023/12/post-name/2/', () => {
    const links = pagerLine([['2', 'https://blog.example/2023/12/lingdao-jianghua/2/'], ['3', 'https://blog.example/2023/12/lingdao-jianghua/3/']], '页码：1');
    expect(pagesOf('https://blog.example/2023/12/lingdao-jianghua/', links)).toEqual([2, 3]);
  });

  it('第1页 共3页 下一页: the count is read from the line, the link from the pager', () => {
    const pager = findArticlePager('http://www.gov.example/art/2023/12/1/art_1229_5566.html', pagerLine([['下一页', 'art_1229_5566_2.html']], '第1页 共3页'));
    expect(pager).toMatchObject({ current: 1, total: 3, pages: [{ page: 2, url: 'http://www.gov.example/art/2023/12/1/art_1229_5566_2.html' }] });
  });

  it('第二页 第三页 in Chinese numerals', () => {
    const links = pagerLine([['第一页', '/x/9.html'], ['第二页', '/x/9_2.html'], ['第三页', '/x/9_3.html']]);
    expect(pagesOf('http://cn.example/x/9.html', links)).toEqual([2, 3]);
  });

  it('on page 2: the first and third pages are the others', () => {
    const links = pagerLine([['上一页', '12345.html'], ['1', '12345.html'], ['2', '#'], ['3', '12345_3.html'], ['下一页', '12345_3.html']]);
    const pager = findArticlePager('http://www.fanwen.example/a/12345_2.html', links);
    expect(pager?.current).toBe(2);
    expect(pager?.pages.map((p) => p.page)).toEqual([1, 3]);
  });

  it('全文阅读 leading to the one-page full text of the same article', () => {
    const pager = findArticlePager('http://m.example/a/321.html', [
      ...pagerLine([['2', '321_2.html'], ['下一页', '321_2.html']]),
      { text: '全文阅读', href: '321_all.html' },
    ]);
    expect(pager?.whole).toBe('http://m.example/a/321_all.html');
    expect(findArticlePager('http://m.example/a/321_all.html', pagerLine([['2', '321_2.html']]))).toBeUndefined();
  });
});

describe('look-alikes that are not the article\'s pager', () => {
  const article = 'http://www.fanwen.example/jianghua/12345.html';

  it('上一篇 / 下一篇 to other articles', () => {
    const links = [
      { text: '上一篇：在全县安全生产工作会议上的讲话', href: '12344.html' },
      { text: '下一篇', href: '12346.html' },
      { text: '上一篇', href: '12344.html' },
    ];
    expect(findArticlePager(article, links)).toBeUndefined();
  });

  it('a list of related articles (相关范文), even with numbered ids', () => {
    const links = [
      { text: '在全市经济工作会议上的讲话', href: '12340.html' },
      { text: '2', href: '/jianghua/2.html' },
      { text: '在全区防汛工作会议上的讲话', href: '12345_2.html' }, // a title, not a pager label
    ];
    expect(findArticlePager(article, links)).toBeUndefined();
  });

  it('a list page\'s own pager (index_2.html, list_12_2.html)', () => {
    const links = pagerLine([['1', 'index.html'], ['2', 'index_2.html'], ['3', 'index_3.html'], ['下一页', 'index_2.html']], '共120页');
    expect(findArticlePager('http://www.fanwen.example/jianghua/index.html', links)).toBeUndefined();
    const list = pagerLine([['2', 'list_12_2.html'], ['下一页', 'list_12_2.html']]);
    expect(findArticlePager('http://www.fanwen.example/jianghua/list_12_1.html', list)).toBeUndefined();
  });

  it('a category pager (第2页 of a list) shown on the article page', () => {
    const links = pagerLine([['1', '/jianghua/list_5_1.html'], ['第2页', '/jianghua/list_5_2.html'], ['下一页', '/jianghua/list_5_2.html']], '共56页');
    expect(findArticlePager(article, links)).toBeUndefined();
  });

  it('the same path on another host, or another scheme', () => {
    const links = pagerLine([['2', 'http://mirror.example/jianghua/12345_2.html'], ['下一页', 'https://www.fanwen.example/jianghua/12345_2.html']]);
    expect(findArticlePager(article, links)).toBeUndefined();
  });

  it('a login link labelled as the next page', () => {
    const links = pagerLine([['下一页', '/member/login.php?gourl=/jianghua/12345_2.html'], ['2', 'javascript:login(2)']]);
    expect(findArticlePager(article, links)).toBeUndefined();
  });

  it('a number that disagrees with its address, or a year folder, is not a page', () => {
    expect(findArticlePager(article, [{ text: '3', href: '12345_2.html' }])).toBeUndefined();
    const dated = 'https://blog.example/2023/12/';
    expect(findArticlePager(dated, [{ text: '11', href: 'https://blog.example/2023/11/' }])).toBeUndefined();
  });
});

describe('pager labels', () => {
  it('names pages and steps, not articles', () => {
    expect(pagerLabelOf('2')).toEqual({ kind: 'number', page: 2 });
    expect(pagerLabelOf('[3]')).toEqual({ kind: 'number', page: 3 });
    expect(pagerLabelOf('第十二页')).toEqual({ kind: 'number', page: 12 });
    expect(pagerLabelOf('下一页')).toEqual({ kind: 'step' });
    expect(pagerLabelOf('下页 »')).toEqual({ kind: 'step' });
    expect(pagerLabelOf('阅读全文>>')).toEqual({ kind: 'whole' });
    for (const text of ['下一篇', '上一篇：关于……的讲话', '第2篇', '2023', '更多范文']) expect(pagerLabelOf(text), text).toBeUndefined();
  });

  it('reads the stated count', () => {
    expect(statedPageCount('第1页 共3页')).toBe(3);
    expect(statedPageCount('共 12 页: 上一页 1 2')).toBe(12);
    expect(statedPageCount('1/4页')).toBe(4);
    expect(statedPageCount('上一页 1 2 下一页')).toBeUndefined();
  });
});
