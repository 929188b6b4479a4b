// Test helpers: HTML text → Document (linkedom, as the CLI parses), and the page extracted
// with the static hidden check.
import { parseHtmlDocument } from '../../src/cli/parse-html';
import { extractPage } from '../../src/dom/extract';
import { createStaticIsHidden } from '../../src/dom/hidden-static';
import type { ExtractedPage, PageBlock } from '../../src/dom/types';

export const parse = parseHtmlDocument;

export function extract(html: string): ExtractedPage {
  const doc = parse(html);
  return extractPage(doc, { isHidden: createStaticIsHidden(doc) });
}

/** Block texts with whitespace squeezed, as a reader sees them. */
export const textsOf = (blocks: PageBlock[]): string[] => blocks.map((b) => b.text.replace(/\s+/g, ' ').trim());

/** A page in the shape of the template sites: header, nav, breadcrumb, article, sidebar, footer. */
export function templatePage(article: string, options: { title?: string; docTitle?: string; head?: string } = {}): string {
  const title = options.title ?? '在全县安全生产工作会议上的讲话';
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${options.docTitle ?? `${title}_致辞讲话_公文汇`}</title>${options.head ?? ''}</head>
<body>
<div class="header"><h1 class="logo"><a href="/">公文汇</a></h1>
  <ul class="nav"><li><a href="/">首页</a></li><li><a href="/gwfw/">公务范文</a></li><li><a href="/zcjh/">致辞讲话</a></li><li><a href="/gzzj/">工作总结</a></li></ul></div>
<div class="main">
  <div class="left">
    <div class="position">当前位置: <a href="/">首页</a> &gt; <a href="/gwfw/">公务范文</a> &gt; 致辞讲话</div>
    <div class="article">
      <h2 class="title">${title}</h2>
      <div class="info">时间:2021-04-23 致辞讲话 <a href="/tougao">我要投稿</a></div>
      <div id="content" class="content">${article}</div>
    </div>
  </div>
  <div class="sidebar">
    <h3>热门文章</h3>
    <ul><li><a href="/a/1.html">在全市经济工作会议上的讲话</a></li><li><a href="/a/2.html">在党史学习教育动员大会上的讲话</a></li>
    <li><a href="/a/3.html">在全县信访工作会议上的讲话</a></li><li><a href="/a/4.html">在县委理论学习中心组学习会上的发言</a></li></ul>
  </div>
</div>
<div class="footer"><p>Copyright © 2016-2023 公文汇 版权所有 <a href="https://beian.miit.gov.cn/">苏ICP备12345678号</a></p></div>
</body></html>`;
}

/** A speech body as template sites carry it: salutation, headings, paragraphs. */
export const SPEECH_PARAGRAPHS = [
  '同志们：',
  '今天召开全县安全生产工作会议，主要任务是贯彻落实上级关于安全生产工作的部署要求，总结去年工作，安排今年任务。',
  '一、提高政治站位，切实增强做好安全生产工作的责任感',
  '安全生产事关人民群众生命财产安全，事关改革发展稳定大局。各级各部门要始终把安全生产摆在突出位置，坚持人民至上、生命至上。',
  '二、突出重点领域，扎实开展隐患排查整治',
  '要聚焦道路交通、建筑施工、危险化学品、消防等重点领域，全面开展拉网式排查，做到不留死角、不留盲区。',
];
