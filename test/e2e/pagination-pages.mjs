// Generated paginated speeches for the 合并全部 N 页 checks: a 3-page UTF-8 speech (DedeCMS pager,
// each later page repeating the title with a page header), the same speech with a 全文阅读 link
// to its one-page full text, and a 2-page GBK one (第1页 共2页 下一页),
// on a template host, written to a temp directory and served like the saved pages (the server
// sends each page's declared charset in its header; GBK bytes stay GBK).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeGbk } from '../input/gbk-encode.mjs';

export const PAGINATION_HOST = 'www.gongwenhui.com';
const TITLE = '在全市安全生产工作会议上的讲话';

/** Each page's paragraphs; the merged speech is them all, in order. */
export const THREE_PAGE_PARTS = [
  ['同志们：', '今天召开全市安全生产工作会议，主要任务是总结去年工作，分析当前形势，部署今年任务。下面，我讲三点意见。', '一、提高政治站位，深刻认识安全生产的极端重要性', '安全生产事关人民群众生命财产安全，事关改革发展稳定大局。各级各部门要始终把安全生产摆在突出位置，坚持人民至上、生命至上。'],
  ['二、聚焦重点领域，扎实开展隐患排查整治', '（一）抓好道路交通安全。要加强重点车辆、重点路段管控，严厉打击超速超载、酒驾醉驾等违法行为。', '（二）抓好危险化学品安全。要全面排查生产、储存、运输各环节风险，落实企业主体责任。'],
  ['三、压实各方责任，确保各项措施落地见效', '各级党委政府要严格落实党政同责、一岗双责，行业主管部门要管行业必须管安全，企业要落实主体责任。', '同志们，安全生产责任重于泰山。让我们以更加务实的作风，确保全市安全生产形势持续稳定。谢谢大家！'],
];
export const GBK_PARTS = [THREE_PAGE_PARTS[0], [...THREE_PAGE_PARTS[1], ...THREE_PAGE_PARTS[2]]];

function pagerLine(stem, page, total, style, whole) {
  const href = (n) => (n === 1 ? `${stem}.html` : `${stem}_${n}.html`);
  if (style === 'next-only') return `<div class="pages">第${page}页 共${total}页${page < total ? ` <a href="${href(page + 1)}">下一页</a>` : ''}</div>`;
  const items = [`<li><a>共${total}页: </a></li>`, `<li><a href="${page > 1 ? href(page - 1) : '#'}">上一页</a></li>`];
  for (let n = 1; n <= total; n++) items.push(n === page ? `<li class="thisclass"><a href="#">${n}</a></li>` : `<li><a href="${href(n)}">${n}</a></li>`);
  items.push(`<li><a href="${page < total ? href(page + 1) : '#'}">下一页</a></li>`);
  // PHPCMS's link to the article's one-page full text
  if (whole) items.push(`<li><a href="${stem}_all.html">全文阅读</a></li>`);
  return `<div class="dede_pages"><ul class="pagelist">${items.join('')}</ul></div>`;
}

/** Page `page` of the speech; page 'all' is its one-page full text (every part, no pager). */
function pageHtml(parts, stem, page, charset, style, whole = false) {
  const header = page !== 'all' && page > 1 ? `<h2>${TITLE}</h2>\n<p>（第${page}页）</p>` : '';
  const text = page === 'all' ? parts.flat() : parts[page - 1];
  return `<!DOCTYPE html>
<html><head><meta charset="${charset}"><title>${TITLE}_致辞讲话_公文汇</title></head>
<body>
<div class="header"><a href="/">公文汇</a> &gt; <a href="/zcjh/">致辞讲话</a></div>
<div class="article">
<h1 class="title">${TITLE}</h1>
<div id="content" class="content">
${header}
${text.map((line) => `<p>${line}</p>`).join('\n')}
${page === 'all' ? '' : pagerLine(stem, page, parts.length, style, whole)}
</div>
<div class="prevnext"><a href="/e2e-pagination/122.html">上一篇：在全市经济工作会议上的讲话</a></div>
</div>
<div class="footer">Copyright 公文汇 苏ICP备12345678号</div>
</body></html>`;
}


export function writePaginationPages() {
  const dir = mkdtempSync(join(tmpdir(), 'qinggao-e2e-pagination-'));
  const files = [];
  const add = (path, body) => {
    const file = join(dir, path.replaceAll('/', '_'));
    writeFileSync(file, body);
    files.push({ slug: path, host: PAGINATION_HOST, path: `/e2e-pagination/${path}`, url: `http://${PAGINATION_HOST}/e2e-pagination/${path}`, file });
  };
  for (let page = 1; page <= 3; page++) add(page === 1 ? '123.html' : `123_${page}.html`, pageHtml(THREE_PAGE_PARTS, '123', page, 'utf-8', 'numbers'));
  for (let page = 1; page <= 2; page++) add(page === 1 ? '55.html' : `55_${page}.html`, encodeGbk(pageHtml(GBK_PARTS, '55', page, 'gbk', 'next-only')));
  // the same 3-page speech whose pager also links its one-page full text (456_all.html)
  for (let page = 1; page <= 3; page++) add(page === 1 ? '456.html' : `456_${page}.html`, pageHtml(THREE_PAGE_PARTS, '456', page, 'utf-8', 'numbers', true));
  add('456_all.html', pageHtml(THREE_PAGE_PARTS, '456', 'all', 'utf-8', 'numbers'));
  const url = (path) => files.find((file) => file.slug === path).url;
  return {
    pages: files,
    threePage: url('123.html'),
    /** page 2 of the 3-page speech: a merge started there */
    secondPage: url('123_2.html'),
    /** page 1 of the speech whose pager links its full text */
    withWholeText: url('456.html'),
    gbk: url('55.html'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
