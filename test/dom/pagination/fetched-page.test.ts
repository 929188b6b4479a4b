// A fetched page of the article, read for merging: login pages refused, the body copied with
// everything active taken out, the repeated title taken out and named; the charset of the answer.
import { describe, expect, it } from 'vitest';
import { decodeFetchedPage, headerCharset, isLoginPage, readArticlePager, readFetchedPage } from '../../../src/dom/pagination/index';
import { parse } from '../html';

const TITLE = '在全市安全生产工作会议上的讲话';
const page2 = `<!DOCTYPE html><html><head><title>${TITLE}</title></head><body>
<div class="nav"><a href="/">首页</a></div>
<div id="content">
<h2>${TITLE}（2）</h2>
<p>二、聚焦重点领域，扎实开展隐患排查整治</p>
<p onclick="steal()">（一）抓好道路交通安全。要加强重点车辆、重点路段管控，严厉打击超速超载等违法行为。<img src="/track.gif"><script>steal()</script></p>
<p>（二）抓好危险化学品安全。要全面排查生产、储存、运输各环节风险。<iframe src="/ad.html"></iframe><a href="javascript:steal()">链接</a></p>
<form action="/comment"><input name="c"></form>
<div class="pages"><a href="123.html">1</a> <a href="123_3.html">3</a> <a href="123_3.html">下一页</a></div>
</div></body></html>`;

describe('a fetched page', () => {
  it('is copied for the live page with nothing that runs, loads or submits, its repeated title named', () => {
    const into = parse('<html><body></body></html>');
    const read = readFetchedPage(parse(page2), 'http://fanwen.example/a/123_2.html', into, [TITLE]);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const box = into.createElement('div');
    box.append(read.body);
    expect(box.querySelector('script, img, iframe, form, input, [onclick]')).toBeNull();
    expect(box.querySelector('a[href^="javascript"]')).toBeNull();
    expect(box.textContent).toContain('二、聚焦重点领域');
    expect(box.textContent).not.toContain(`${TITLE}（2）`);
    expect(read.repeatedTitles).toEqual([`${TITLE}（2）`]);
    expect(read.links.map((l) => `${l.text} ${l.href}`)).toContain('3 http://fanwen.example/a/123_3.html');
  });

  it('is refused when it is a login page: a password field, or an address that names a login', () => {
    const login = parse('<html><body><form><input name="u"><input type="password" name="p"></form></body></html>');
    expect(isLoginPage(login, 'http://fanwen.example/a/123_2.html')).toBe(true);
    expect(readFetchedPage(login, 'http://fanwen.example/a/123_2.html', parse('<html></html>'))).toEqual({ ok: false, reason: 'login' });
    const plain = parse(page2);
    expect(isLoginPage(plain, 'http://fanwen.example/member/login.php?gourl=/a/123_2.html')).toBe(true);
    expect(isLoginPage(plain, 'http://fanwen.example/user/signin')).toBe(true);
    expect(isLoginPage(plain, 'http://fanwen.example/a/123_2.html')).toBe(false);
    expect(isLoginPage(plain, 'http://fanwen.example/blog/loginfo-zongjie.html')).toBe(false);
  });

  it('is decoded by the charset its header declares, else by its bytes', () => {
    const gbk = new Uint8Array([0xbd, 0xb2, 0xbb, 0xb0, 0xb8, 0xe5]); // 讲话稿
    expect(headerCharset('text/html; charset=GBK')).toBe('gbk');
    expect(headerCharset('text/html')).toBeUndefined();
    expect(decodeFetchedPage(gbk, 'text/html; charset=gb2312')).toBe('讲话稿');
    expect(decodeFetchedPage(gbk, 'text/html')).toBe('讲话稿'); // not UTF-8: read as GB18030
    expect(decodeFetchedPage(new TextEncoder().encode('讲话稿'), 'text/html; charset=gbk')).toBe('讲话稿'); // the header lies
  });
});

describe('the pager in a document', () => {
  it('is found with its links, a list of other articles beside it is not', () => {
    const doc = parse(`<html><body><div id="content"><p>正文</p>
<div class="pages">共3页: <a href="#">1</a> <a href="123_2.html">2</a> <a href="123_3.html">3</a> <a href="123_2.html">下一页</a></div></div>
<ul class="related"><li><a href="124.html">在全市经济工作会议上的讲话</a></li><li><a href="list_2.html">下一页</a></li></ul></body></html>`);
    const pager = readArticlePager(doc, 'http://fanwen.example/a/123.html');
    expect(pager?.total).toBe(3);
    expect(pager?.pages.map((p) => p.page)).toEqual([2, 3]);
    expect(pager?.linkElements.map((a) => a.textContent)).toEqual(['2', '3', '下一页']);
    expect(readArticlePager(doc, 'http://fanwen.example/a/list_1.html')).toBeUndefined();
  });
});
