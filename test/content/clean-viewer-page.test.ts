// A document viewer's page cleaned in place: the layout stage joins its pages and wrapped lines
// into paragraphs and splits its flattened title off, and the verdicts it hands back to the
// page's own blocks cut exactly the page numbers, the glued banner and the footer out of the
// text nodes — the speech stays whole, and undo gives back the very same body.
import { describe, expect, it } from 'vitest';
import { harness } from './app-harness';
import { openPage, squeeze, visibleText } from './page-window';

const VIEWER = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>县工商联代表大会预备会主持词 - 文库</title></head>
<body>
<div class="top">购物车</div>
<div class="info"><span>- 31.80 KB</span></div>
<div class="doc">
<div class="page">1、精品文档,欢迎下载县工商联九届三次代表大会预备会主持词 各位代表: 县工商联九届三次代表大会,在县委的坚强领导和统战部的悉心指导下,经过各会员单位和全体代表的齐心协作,各项准备工作均已完成,明天上午正式开幕。开好这次会议,是全县非公有制经济领域的一件大事。今天下午先召开大会预备会议。本次预备会共有三项议程。下面逐项进行。一、表决大会秘书长、副秘书长人选。请会务组宣读大会秘</div>
<div class="page">2、书长人选(草案),请各位代表对上述人选提出意见,下面进行表决。二、表决会议主席团成员名单(草案)。赞成的请举手,请放下。全票通过。</div>
<p>各位代表,县工商联九届三次代表大会预备会的全部议程已经进行完毕。下面请大家按照会议安排,认真做好明天正式开会的各项</p>
<p>准备工作,确保大会开得隆重热烈、圆满成功。</p>
</div>
<div class="foot">【主持词】县工商联代表大会预备会主持词.docx</div>
</body></html>`;

describe('a document viewer cleaned in place', () => {
  it('cuts page numbers, banner and footer out of the page, keeps every sentence, and undoes exactly', async () => {
    const { window, document } = openPage(VIEWER, 'https://m.wnwk.com/doc/1.html');
    const original = document.body.innerHTML;
    const { app } = harness(window);
    const analysis = await app.clean();

    expect(analysis.isSpeech).toBe(true);
    expect(analysis.title).toBe('县工商联九届三次代表大会预备会主持词');
    // the two viewer pages are one paragraph again, joined where the page broke the word 秘书长
    expect(analysis.paragraphs.some((p) => squeeze(p).includes('请会务组宣读大会秘书长人选(草案)'))).toBe(true);
    expect(analysis.paragraphs.some((p) => squeeze(p).includes('认真做好明天正式开会的各项准备工作'))).toBe(true);
    expect(analysis.outline.map((o) => o.marker)).toEqual(['一、', '二、']);

    const seen = squeeze(visibleText(window, document.body));
    for (const noise of ['1、精品文档', '精品文档,欢迎下载', '秘2、书', '31.80KB', '.docx']) expect(seen, noise).not.toContain(squeeze(noise));
    expect(seen).toContain('请会务组宣读大会秘书长人选(草案)');
    expect(seen).toContain('县工商联九届三次代表大会预备会主持词');
    for (const p of analysis.paragraphs) expect(seen).toContain(squeeze(p));

    const named = analysis.removed.map((r) => r.text);
    expect(named).toEqual(expect.arrayContaining(['1、', '2、', '精品文档,欢迎下载']));

    await app.undo();
    expect(document.body.innerHTML).toBe(original);
  });
});
