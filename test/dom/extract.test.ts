import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/dom/extract';
import { createStaticIsHidden } from '../../src/dom/hidden-static';
import { extract, parse, SPEECH_PARAGRAPHS, templatePage, textsOf } from './html';

const asParagraphs = (texts: string[]) => texts.map((t) => `<p>${t}</p>`).join('\n');

describe('extractPage: the article container', () => {
  it('takes the article box of a template page and leaves nav, breadcrumb, sidebar and footer out', () => {
    const page = extract(templatePage(asParagraphs(SPEECH_PARAGRAPHS)));
    expect(page.container?.getAttribute('id')).toBe('content');
    expect(textsOf(page.blocks)).toEqual(SPEECH_PARAGRAPHS);
  });

  it('sets aside 相关推荐 boxes and 上一篇/下一篇 lines inside the article box as site chrome', () => {
    const article = `${asParagraphs(SPEECH_PARAGRAPHS)}
      <div class="pre-next"><p>上一篇：<a href="/a/9.html">在全县森林防火工作会议上的讲话</a></p><p>下一篇：<a href="/a/11.html">在全县春耕生产动员会上的讲话</a></p></div>
      <h3>相关推荐</h3>
      <ul><li><a href="/a/5.html">安全生产工作会议讲话稿</a></li><li><a href="/a/6.html">安全生产月动员讲话</a></li></ul>`;
    const page = extract(templatePage(article));
    expect(textsOf(page.blocks)).toEqual(SPEECH_PARAGRAPHS);
    expect(page.chrome.map((c) => c.text)).toEqual([
      '上一篇：在全县森林防火工作会议上的讲话\n下一篇：在全县春耕生产动员会上的讲话',
      '相关推荐',
      '安全生产工作会议讲话稿\n安全生产月动员讲话',
    ]);
  });

  it('reads a short speech whose wrapper opens with its 上一篇 line paragraph by paragraph (fuzz seed 1985246113)', () => {
    const wrapped = (text: string) => `<div><div><div>${text}</div></div></div>`;
    const speech = ['同志们：', '今天，我们召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。下面，我讲三点意见。', '谢谢大家！'];
    const page = extract(`<html><head><title>在全县工作会议上的讲话_讲话稿</title></head><body>
      ${[wrapped('上一篇：在全市安全生产工作会议上的讲话'), wrapped('在全县工作会议上的讲话'), ...speech.map(wrapped)].join('\n')}
    </body></html>`);
    expect(textsOf(page.blocks)).toEqual(['在全县工作会议上的讲话', ...speech]);
    expect(page.chrome.map((c) => c.text)).toEqual(['上一篇：在全市安全生产工作会议上的讲话']);
  });

  it('sets aside a nav, an aside and a footer met inside the container, and an ICP line', () => {
    const html = `<html><body><article>
      <nav><a href="/">首页</a> <a href="/list">列表</a></nav>
      ${asParagraphs(SPEECH_PARAGRAPHS)}
      <aside><p>本文作者：张三</p></aside>
      <p>苏ICP备12345678号</p>
      <footer><p>分享到：微信 微博</p></footer>
    </article></body></html>`;
    const page = extract(html);
    expect(page.container?.localName).toBe('article');
    expect(textsOf(page.blocks)).toEqual(SPEECH_PARAGRAPHS);
    expect(page.chrome.map((c) => c.element.localName)).toEqual(['nav', 'aside', 'p', 'footer']);
  });

  it('prefers the long prose over a longer list of links', () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/a/${i}.html">在全县第${i}次工作会议上的讲话稿范文全文</a></li>`).join('');
    const html = `<html><body><div class="list-box"><ul>${links}</ul></div><div class="box">${asParagraphs(SPEECH_PARAGRAPHS)}</div></body></html>`;
    const page = extract(html);
    expect(page.container?.getAttribute('class')).toBe('box');
  });

  it('takes the wrapper when the article is split into sibling sections', () => {
    const half = SPEECH_PARAGRAPHS.length / 2;
    const html = `<html><body><div class="nav"><a href="/">首页</a></div><div id="wrap">
      <div class="part">${asParagraphs(SPEECH_PARAGRAPHS.slice(0, half))}</div>
      <div class="part">${asParagraphs(SPEECH_PARAGRAPHS.slice(half))}</div></div></body></html>`;
    const page = extract(html);
    expect(page.container?.getAttribute('id')).toBe('wrap');
    expect(textsOf(page.blocks)).toEqual(SPEECH_PARAGRAPHS);
  });

  it('never takes one long paragraph for the article when every paragraph has a box of its own (issue 12, item 5)', () => {
    // shrunk by test/dom/nested-wrappers.property.test.ts: the long paragraph won alone, and the
    // salutation and the closing beside it were hidden with the site around the article
    const opening = '今天，我们召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。';
    const paragraphs = ['同志们：', opening.repeat(4), opening, '谢谢大家！'];
    for (const wrap of [(x: string) => `<div><div>${x}</div></div>`, (x: string) => `<div>${x}</div>`, (x: string) => `<div><p>${x}</p></div>`]) {
      const page = extract(`<html><head><title>在全县工作会议上的讲话_讲话稿</title></head><body>
${wrap('在全县工作会议上的讲话')}
${paragraphs.map(wrap).join('\n')}
</body></html>`);
      expect(page.container?.tagName.toLowerCase()).toBe('body');
      expect(textsOf(page.blocks)).toEqual(['在全县工作会议上的讲话', ...paragraphs]);
    }
  });

  it('still takes a box holding the whole speech as one paragraph, not the links around it', () => {
    const speech = SPEECH_PARAGRAPHS.join('');
    const page = extract(`<html><body><div class="wrap"><ul class="menu"><li><a href="/">首页</a></li><li><a href="/jh/">讲话稿</a></li><li><a href="/zj/">工作总结</a></li></ul>
<div class="show"><div class="text">${speech}</div></div></div></body></html>`);
    expect(page.container?.className).toBe('text');
  });

  it('reads the first post of a Discuz thread (td.t_f#postmessage_N), not the replies', () => {
    const post = (id: number, body: string) =>
      `<div id="post_${id}"><table><tr><td class="pls">作者${id}</td><td class="plc"><div class="pct"><div class="pcb"><div class="t_fsz"><table><tr><td class="t_f" id="postmessage_${id}">${body}</td></tr></table></div></div></div></td></tr></table></div>`;
    const speech = SPEECH_PARAGRAPHS.join('<br />\n');
    const reply = '感谢楼主分享，写得很好，学习了！'.repeat(3);
    const html = `<html><body><div id="postlist">${post(101, speech)}${post(102, reply)}${post(103, reply)}</div></body></html>`;
    const page = extract(html);
    expect(page.container?.getAttribute('id')).toBe('postmessage_101');
    expect(textsOf(page.blocks)).toEqual(SPEECH_PARAGRAPHS);
  });

  it('reads no role into atomic CSS class names or reference ids (gg, ad …)', () => {
    const html = `<html><body><article class="post">
      <h2 class="gc gd dg ay ax ge di gg gh gi">一、提高政治站位</h2>${asParagraphs(SPEECH_PARAGRAPHS)}
      <ol><li id="cite_note-GG_constitution-71">参见《安全生产法》第三条。</li></ol></article></body></html>`;
    const page = extract(html);
    expect(page.chrome).toEqual([]);
    expect(textsOf(page.blocks)).toContain('一、提高政治站位');
    expect(textsOf(page.blocks)).toContain('参见《安全生产法》第三条。');
  });

  it('takes a copyright notice for chrome only when it opens the line', () => {
    const html = `<html><body><div class="content"><p>本书作者 © 2003 张三，经授权转载于此。</p>${asParagraphs(SPEECH_PARAGRAPHS)}<p>© 2016-2023 公文汇</p></div></body></html>`;
    const page = extract(html);
    expect(page.chrome.map((c) => c.text)).toEqual(['© 2016-2023 公文汇']);
  });

  it('never takes a paragraph of the speech for chrome because of a watermark hidden in it', () => {
    // the three ways template sites hide a copyright watermark inside a paragraph
    const article = `<p>同志们：</p>
      <p>一、压实安全生产责任</p>
      <p>（一）<font color="#FFFFFF">xx.com版权所有，禁止复制</font>压实企业主体责任。企业是安全生产的责任主体。</p>
      <p>（二）强化部门监管责任。<span class="hide-wm">本文来自范文网 版权所有</span>各部门要加强日常监管。</p>
      <h3>（三）落实属地管理责任<font class="jammer">版权所有 gongwenhui.com</font></h3>
      <p>要坚持标本兼治。<span style="font-size:0">苏ICP备12345678号</span></p>`;
    const page = extract(templatePage(article, { head: '<style>.hide-wm { display: none }</style>' }));
    expect(page.chrome).toEqual([]);
    expect(textsOf(page.blocks)).toEqual([
      '同志们：',
      '一、压实安全生产责任',
      '（一）压实企业主体责任。企业是安全生产的责任主体。',
      '（二）强化部门监管责任。各部门要加强日常监管。',
      '（三）落实属地管理责任',
      '要坚持标本兼治。',
    ]);
    expect(page.hidden.map((h) => h.text)).toEqual(['xx.com版权所有，禁止复制', '本文来自范文网 版权所有', '版权所有 gongwenhui.com', '苏ICP备12345678号']);
  });

  it('cuts a notice printed into a paragraph as an element of its own, and keeps the paragraph', () => {
    const article = `<p>同志们：</p>
      <p>（一）压实企业主体责任<font>xx.com版权所有，禁止复制</font>企业是安全生产的责任主体，必须把责任落实到岗位。</p>
      <p>要聚焦重点领域<span>公文汇 禁止转载</span>，全面开展拉网式排查。</p>
      <p>要依法保护<b>版权所有者</b>的合法权益，考试期间<b>严禁抄袭</b>。</p>`;
    const page = extract(templatePage(article));
    expect(page.chrome).toEqual([]);
    expect(page.notices.map((n) => n.text)).toEqual(['xx.com版权所有，禁止复制', '公文汇 禁止转载']);
    expect(textsOf(page.blocks)).toEqual([
      '同志们：',
      '（一）压实企业主体责任企业是安全生产的责任主体，必须把责任落实到岗位。',
      '要聚焦重点领域，全面开展拉网式排查。',
      '要依法保护版权所有者的合法权益，考试期间严禁抄袭。',
    ]);
  });

  it('still takes footer lines and a box of them, line by line', () => {
    const article = `${asParagraphs(SPEECH_PARAGRAPHS)}
      <div class="bottom"><p>本站部分内容来自网络，版权归原作者所有，如有侵权请联系删除。</p><p>公文汇 版权所有 苏ICP备12345678号</p></div>`;
    const page = extract(templatePage(article));
    expect(textsOf(page.blocks)).toEqual([...SPEECH_PARAGRAPHS, '本站部分内容来自网络，版权归原作者所有，如有侵权请联系删除。']);
    expect(page.chrome.map((c) => c.text)).toEqual(['公文汇 版权所有 苏ICP备12345678号']);
  });

  it('returns no blocks, and does not throw, for an empty document', () => {
    const page = extract('');
    expect(page.blocks).toEqual([]);
    expect(page.pageTitle).toBe('');
  });
});

describe('extractPage: blocks', () => {
  it('splits a div at each <br> (one or two) and drops the empty pieces', () => {
    const page = extract(`<html><body><div id="content">${SPEECH_PARAGRAPHS.slice(0, 3).join('<br><br>')}<br>${SPEECH_PARAGRAPHS[3]}</div></body></html>`);
    expect(textsOf(page.blocks)).toEqual(SPEECH_PARAGRAPHS.slice(0, 4));
    expect(page.blocks.every((b) => b.element.getAttribute('id') === 'content')).toBe(true);
  });

  it('joins text cut into many inline elements without adding spaces', () => {
    const sentence = '各级各部门要始终把安全生产摆在突出位置。';
    const spans = [...sentence].map((c, i) => (i % 3 === 0 ? `<span>${c}</span>` : i % 3 === 1 ? `<font color="#333">${c}</font>` : `<b>${c}</b>`)).join('');
    const page = extract(`<html><body><div class="content"><p>${spans}</p><p>${SPEECH_PARAGRAPHS[1]}</p></div></body></html>`);
    expect(page.blocks[0]!.text).toBe(sentence);
    expect(page.blocks[0]!.segments).toHaveLength(sentence.length);
  });

  it('gives a block for each table cell and list item, and marks headings', () => {
    const html = `<html><body><div class="content">
      <h2>一、提高政治站位</h2>
      <table><tr><td>安全生产事关人民群众生命财产安全。</td><td>各级各部门要坚持人民至上。</td></tr></table>
      <ul><li>一是排查隐患，做到不留死角。</li><li>二是整改到位，做到闭环管理。</li></ul>
    </div></body></html>`;
    const page = extract(html);
    expect(textsOf(page.blocks)).toEqual(['一、提高政治站位', '安全生产事关人民群众生命财产安全。', '各级各部门要坚持人民至上。', '一是排查隐患，做到不留死角。', '二是整改到位，做到闭环管理。']);
    expect(page.blocks.map((b) => b.heading === true)).toEqual([true, false, false, false, false]);
    expect(page.blocks.map((b) => b.element.localName)).toEqual(['h2', 'td', 'td', 'li', 'li']);
  });

  it("keeps a div's own text apart from the paragraphs nested in it", () => {
    const page = extract(`<html><body><div class="content">同志们：<p>${SPEECH_PARAGRAPHS[1]}</p>${SPEECH_PARAGRAPHS[3]}</div></body></html>`);
    expect(textsOf(page.blocks)).toEqual(['同志们：', SPEECH_PARAGRAPHS[1], SPEECH_PARAGRAPHS[3]]);
  });

  it('skips script, style, noscript and template text', () => {
    const page = extract(`<html><body><div class="content"><p>${SPEECH_PARAGRAPHS[1]}<script>var a = "脚本";</script></p>
      <style>.x{color:red}</style><noscript>请开启脚本</noscript><template><p>模板</p></template><p>${SPEECH_PARAGRAPHS[3]}</p></div></body></html>`);
    expect(textsOf(page.blocks)).toEqual([SPEECH_PARAGRAPHS[1], SPEECH_PARAGRAPHS[3]]);
  });

  it('keeps whitespace in block text as it is (the core normalizes)', () => {
    const page = extract(`<html><body><div class="content"><p>\n  同志们：\u3000\n</p><p>${SPEECH_PARAGRAPHS[1]}</p></div></body></html>`);
    expect(page.blocks[0]!.text).toBe('\n  同志们：\u3000\n');
  });

  it('never changes the document it reads', () => {
    const html = templatePage(`${asParagraphs(SPEECH_PARAGRAPHS)}<p>建设<span style="display:none">公文汇</span>发展</p><div class="pre-next">上一篇：<a href="#">上篇</a></div>`);
    const doc = parse(html);
    const before = doc.documentElement.outerHTML;
    extractPage(doc, { isHidden: createStaticIsHidden(doc) });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
