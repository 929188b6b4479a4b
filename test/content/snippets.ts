// Small template pages for behaviour tests: a gongwenhui-style article with a watermark line,
// a glued brand and a copy-blocking body. The speech is the DOM tests' one, two paragraphs longer.
import { SPEECH_PARAGRAPHS } from '../dom/html';

export const SPEECH_LINES = [
  ...SPEECH_PARAGRAPHS,
  '三、压实各方责任，确保各项措施落地见效',
  '各级党委政府要严格落实党政同责、一岗双责，行业主管部门要管行业必须管安全，企业要落实主体责任。同志们，让我们以更加务实的作风，确保全县安全生产形势持续稳定。',
];

export const WATERMARK = '公文汇 www.gongwenhui.com';

export function blockedSpeechPage(options: { bodyAttributes?: string; extra?: string } = {}): string {
  const paragraphs = SPEECH_LINES.map((line) => `<p>${line}</p>`).join('\n');
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>在全县安全生产工作会议上的讲话_致辞讲话_公文汇</title>
<style>body { user-select: none; } .content ::selection { background: transparent; }</style></head>
<body ${options.bodyAttributes ?? 'oncopy="return false" onselectstart="return false" oncontextmenu="return false"'}>
<div class="header"><a href="/">公文汇</a> <a href="/zcjh/">致辞讲话</a> <input id="search" type="text"></div>
<div class="article">
  <h2 class="title">在全县安全生产工作会议上的讲话</h2>
  <div id="content" class="content" ondragstart="return false" onmousedown="return false">
${paragraphs}
<p>${WATERMARK}</p>
${options.extra ?? ''}
  </div>
</div>
<div class="footer">Copyright © 公文汇 苏ICP备12345678号</div>
</body></html>`;
}

/** Puts a whole page into the test's document, as a fresh load would (no state from earlier). */
export function loadPage(html: string): void {
  document.documentElement.removeAttribute('data-qinggao');
  document.head.innerHTML = /<head>([\s\S]*)<\/head>/.exec(html)![1]!;
  document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)![1]!;
}
