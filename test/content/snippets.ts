// Small template pages for behaviour tests: a gongwenhui-style article with a watermark line,
// a glued brand and a copy-blocking body.
export const SPEECH_LINES = [
  '同志们：',
  '今天召开全县安全生产工作会议，主要任务是贯彻落实上级关于安全生产工作的部署要求，总结去年工作，安排今年任务。',
  '一、提高政治站位，切实增强做好安全生产工作的责任感',
  '安全生产事关人民群众生命财产安全，事关改革发展稳定大局。各级各部门要始终把安全生产摆在突出位置，坚持人民至上、生命至上。',
  '二、突出重点领域，扎实开展隐患排查整治',
  '要聚焦道路交通、建筑施工、危险化学品、消防等重点领域，全面开展拉网式排查，做到不留死角、不留盲区。',
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
