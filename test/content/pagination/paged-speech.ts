// A speech split over pages the way template sites split it — each page repeating the title and
// carrying the pager — served by a real local HTTP server, for the merge tests.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const TITLE = '在全市安全生产工作会议上的讲话';

/** The speech's parts, one per page: a heading-rank item and its paragraphs. */
export const PARTS: string[][] = [
  [
    '同志们：',
    '今天召开全市安全生产工作会议，主要任务是总结去年工作，分析当前形势，部署今年任务。下面，我讲三点意见。',
    '一、提高政治站位，深刻认识安全生产的极端重要性',
    '安全生产事关人民群众生命财产安全，事关改革发展稳定大局。各级各部门要始终把安全生产摆在突出位置，坚持人民至上、生命至上。',
  ],
  [
    '二、聚焦重点领域，扎实开展隐患排查整治',
    '（一）抓好道路交通安全。要加强重点车辆、重点路段管控，严厉打击超速超载、酒驾醉驾等违法行为。',
    '（二）抓好危险化学品安全。要全面排查生产、储存、运输各环节风险，落实企业主体责任。',
  ],
  [
    '三、压实各方责任，确保各项措施落地见效',
    '各级党委政府要严格落实党政同责、一岗双责，行业主管部门要管行业必须管安全，企业要落实主体责任。',
    '同志们，安全生产责任重于泰山。让我们以更加务实的作风，确保全市安全生产形势持续稳定。谢谢大家！',
  ],
];

/**
 * The pager line of page `page` of `total`, DedeCMS style (共N页: 上一页 1 2 3 下一页), with
 * PHPCMS's 全文阅读 link to `<stem>_all.html` when `whole`; 'whole-only' is a page that links
 * only its full text, with no count.
 */
function pager(stem: string, page: number, total: number, style: PagerStyle, whole: boolean): string {
  const href = (n: number): string => (n === 1 ? `${stem}.html` : `${stem}_${n}.html`);
  const wholeLink = whole ? ` <a href="${stem}_all.html">全文阅读</a>` : '';
  if (style === 'whole-only') return `<div class="more">${wholeLink}</div>`;
  if (style === 'next-only') {
    const next = page < total ? ` <a href="${href(page + 1)}">下一页</a>` : '';
    return `<div class="pages">第${page}页 共${total}页${next}${wholeLink}</div>`;
  }
  const items = [`<li><a>共${total}页: </a></li>`, `<li><a href="${page > 1 ? href(page - 1) : '#'}">上一页</a></li>`];
  for (let n = 1; n <= total; n++) items.push(n === page ? `<li class="thisclass"><a href="#">${n}</a></li>` : `<li><a href="${href(n)}">${n}</a></li>`);
  items.push(`<li><a href="${page < total ? href(page + 1) : '#'}">下一页</a></li>`);
  if (whole) items.push(`<li>${wholeLink}</li>`);
  return `<div class="dede_pages"><ul class="pagelist">${items.join('')}</ul></div>`;
}

type PagerStyle = 'numbers' | 'next-only' | 'whole-only';

export interface PagedSpeechOptions {
  stem: string;
  parts?: string[][];
  charset?: 'utf-8' | 'gbk';
  style?: PagerStyle;
  /** the pager links the one-page full text (<stem>_all.html) */
  whole?: boolean;
}

/** A page of the article as the site prints it: nav, title, info line, the text box, 上一篇/下一篇, footer. */
function articlePage(title: string, charset: 'utf-8' | 'gbk' | undefined, content: string, prevNext: boolean): string {
  const links = prevNext
    ? `\n  <div class="prevnext"><a href="/jianghua/122.html">上一篇：在全市经济工作会议上的讲话</a> <a href="/jianghua/124.html">下一篇：在全市防汛工作会议上的讲话</a></div>`
    : '';
  return `<!DOCTYPE html>
<html><head><meta charset="${charset ?? 'utf-8'}"><title>${title}</title></head>
<body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/jianghua/">领导讲话</a></div>
<div class="article">
  <h1>${TITLE}</h1>
  <div class="info">时间：2023-12-01 来源：范文网</div>
  <div id="content" class="content">
${content}
  </div>${links}
</div>
<div class="footer">Copyright (c) 范文网</div>
</body></html>`;
}

/** Page `page` (1-based) of the paged speech. */
export function pagedSpeechPage(page: number, options: PagedSpeechOptions): string {
  const parts = options.parts ?? PARTS;
  const paragraphs = parts[page - 1]!.map((line) => `<p>${line}</p>`).join('\n');
  // later pages repeat the title at the top of their text, with a page header
  const header = page > 1 ? `<h2>${TITLE}</h2>\n<p class="page-head">（第${page}页）</p>` : '';
  const content = `${header}\n${paragraphs}\n${pager(options.stem, page, parts.length, options.style ?? 'numbers', options.whole ?? false)}`;
  return articlePage(`${TITLE}_领导讲话_范文网`, options.charset, content, true);
}

/** The one-page full text of the paged speech (<stem>_all.html): every part, no pager. */
export function wholeSpeechPage(options: { parts?: string[][]; charset?: 'utf-8' | 'gbk' } = {}): string {
  const parts = options.parts ?? PARTS;
  return articlePage(`${TITLE}（全文）_领导讲话_范文网`, options.charset, parts.flat().map((line) => `<p>${line}</p>`).join('\n'), false);
}

export interface Served {
  origin: string;
  /** what the server was asked for, in order */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `routes` (path → [content type, body] or a redirect) on 127.0.0.1. */
export async function serve(routes: Record<string, { type: string; body: string | Uint8Array } | { redirect: (origin: string) => string }>): Promise<Served> {
  const requests: string[] = [];
  let origin = '';
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const route = routes[request.url ?? ''];
    if (!route) {
      response.writeHead(404).end();
    } else if ('redirect' in route) {
      response.writeHead(302, { location: route.redirect(origin) }).end();
    } else {
      response.writeHead(200, { 'content-type': route.type }).end(route.body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export { encodeGbk } from '../../input/gbk-encode.mjs';
