// Generated template pages for the in-page hardening checks (issue 12, items 9–12), each a
// speech on a template host with a page script that does what real template sites do after
// load: keep adding to the article, tick, rewrite a paragraph, block copying from window
// capture listeners added in <head>, or simply be 5 MB. Written to a temp directory and served
// like the saved pages.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const HARDENING_HOST = 'www.gongwenhui.com';
export const WATERMARK = '公文汇 www.gongwenhui.com';
export const COPY_TAIL = '来源：公文汇 原文链接';
export const CHUNKS = 20;
export const EDITED_TEXT = '要抓好落实，确保各项任务在年底前全部完成。（本段已由网站更新）';
/** the generated speech page's size in bytes (issue 12 item 12: "a 5 MB page") */
export const BIG_PAGE_BYTES = 5 * 1024 * 1024;

const TITLE = '在全县安全生产工作会议上的讲话';
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const SENTENCES = [
  '同志们，安全生产事关人民群众生命财产安全，事关改革发展稳定大局，必须时刻绷紧安全这根弦。',
  '各级各部门要牢固树立安全发展理念，坚持人民至上、生命至上，把安全生产摆在更加突出的位置。',
  '要深入开展重点行业领域专项整治，紧盯危险化学品、道路交通、建筑施工、消防等重点领域。',
  '要压实企业主体责任，督促企业健全全员安全生产责任制，做到责任到人、措施到位。',
  '要加强应急救援能力建设，完善应急预案，强化应急演练，提高快速反应和协同处置能力。',
  '各级党委政府要严格落实党政同责、一岗双责，行业主管部门要管行业必须管安全。',
];

const paragraph = (seed, length = 3) =>
  Array.from({ length }, (_, i) => SENTENCES[(seed + i) % SENTENCES.length]).join('');

function page({ head = '', body, script = '' }) {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${TITLE}_致辞讲话_公文汇</title>
${head}
</head>
<body>
<div class="header"><a href="/">公文汇</a> &gt; <a href="/zcjh/">致辞讲话</a></div>
<div class="article">
<h1 class="title">${TITLE}</h1>
<div id="content" class="content">
<p>同志们：</p>
${body}
<p>${WATERMARK}</p>
</div>
</div>
<div class="footer">Copyright © 公文汇 苏ICP备12345678号</div>
${script ? `<script>${script}</script>` : ''}
</body></html>`;
}

const outlineBody = () =>
  NUMERALS.slice(0, 3)
    .map((numeral, i) => `<p>${numeral}、要${['提高认识', '突出重点', '压实责任'][i]}，切实抓好安全生产工作</p>\n<p>${paragraph(i)}</p>\n<p>${paragraph(i + 2)}</p>`)
    .join('\n');

/** The page script waits for Qinggao's mark on <html> before it starts (it plays a site's own script). */
const whenCleaned = (code) => `
(function () {
  var started = false;
  var poll = setInterval(function () {
    if (started || document.documentElement.getAttribute('data-qinggao') !== 'cleaned') return;
    started = true;
    clearInterval(poll);
    ${code}
  }, 50);
})();`;

/** Item 9: infinite scroll (a chunk with a watermark every 300 ms) and a ticker every 100 ms in the article. */
function scrollAndTickerPage() {
  const script = whenCleaned(`
    var content = document.getElementById('content');
    var ticker = document.createElement('p');
    ticker.id = 'ticker';
    content.appendChild(ticker);
    var ticks = 0;
    setInterval(function () { ticker.textContent = '本文阅读量 ' + (++ticks); }, 100);
    var chunk = 0;
    var more = setInterval(function () {
      chunk++;
      var box = document.createElement('div');
      box.className = 'chunk';
      box.innerHTML = '<p>第' + chunk + '部分：${paragraph(1, 2)}</p><p>${WATERMARK}</p>';
      content.appendChild(box);
      if (chunk >= ${CHUNKS}) clearInterval(more);
    }, 300);`);
  return page({ body: outlineBody(), script });
}

/** Item 10: copy blockers on window, capture phase, added in <head> before any content script. */
function copyTailPage() {
  const head = `<script>
window.addEventListener('copy', function (event) {
  var text = String(window.getSelection());
  event.clipboardData.setData('text/plain', text + '\\n${COPY_TAIL}');
  event.preventDefault();
}, true);
window.addEventListener('keydown', function (event) {
  if ((event.ctrlKey || event.metaKey) && (event.key === 'c' || event.key === 'C')) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);
</script>`;
  return page({ head, body: outlineBody() });
}

/** Item 11: after cleaning, the page rewrites the text node Qinggao cut a watermark out of. */
function pageEditsPage() {
  const body = `${outlineBody()}\n<p id="edited">要抓好落实。${WATERMARK}</p>`;
  const script = whenCleaned(`
    setTimeout(function () {
      var node = document.getElementById('edited').firstChild;
      node.data = '${EDITED_TEXT}';
      document.documentElement.setAttribute('data-page-edited', '1');
    }, 100);`);
  return page({ body, script });
}

/**
 * Item 12: a 5 MB speech (outline headings, paragraphs, watermarks glued in every tenth
 * paragraph) with a long-task observer the test reads back.
 */
function bigSpeechPage() {
  // Two witnesses of a blocked main thread: the long-task observer, and a 10 ms heartbeat whose
  // late beats show any task that ran in between, whoever ran it.
  const head = `<script>
window.__longTasks = [];
window.__lateBeats = [];
try {
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (entry) { window.__longTasks.push({ start: entry.startTime, duration: entry.duration }); });
  }).observe({ type: 'longtask', buffered: true });
} catch (error) { window.__longTasks = null; }
(function () {
  var last = performance.now();
  setInterval(function () {
    var now = performance.now();
    if (now - last > 60) window.__lateBeats.push({ start: last, duration: now - last });
    last = now;
  }, 10);
})();
</script>`;
  const parts = [];
  let bytes = 0;
  let n = 0;
  outer: for (const numeral of [...NUMERALS, ...NUMERALS.map((x) => `十${x}`)]) {
    const heading = `<p>${numeral}、要在第${numeral}个方面持续用力，推动安全生产形势稳定向好</p>`;
    parts.push(heading);
    bytes += Buffer.byteLength(heading);
    for (let sub = 0; sub < NUMERALS.length; sub++) {
      const subheading = `<p>（${NUMERALS[sub]}）强化第${NUMERALS[sub]}项措施</p>`;
      parts.push(subheading);
      bytes += Buffer.byteLength(subheading);
      for (let i = 0; i < 120; i++) {
        const line = `<p>${paragraph(n++, 4)}${n % 10 === 0 ? ` ${WATERMARK}` : ''}</p>`;
        parts.push(line);
        bytes += Buffer.byteLength(line);
        if (bytes >= BIG_PAGE_BYTES) break outer;
      }
    }
  }
  return page({ head, body: parts.join('\n') });
}

/**
 * @returns {{ pages: { slug: string, host: string, path: string, url: string, file: string }[], remove(): void }}
 */
export function writeHardeningPages() {
  const dir = mkdtempSync(join(tmpdir(), 'qinggao-e2e-pages-'));
  const built = {
    'scroll-ticker': scrollAndTickerPage(),
    'copy-tail': copyTailPage(),
    'page-edits': pageEditsPage(),
    'big-speech': bigSpeechPage(),
  };
  const pages = Object.entries(built).map(([slug, html]) => {
    const file = join(dir, `${slug}.html`);
    writeFileSync(file, html);
    const path = `/e2e-hardening/${slug}.html`;
    return { slug, host: HARDENING_HOST, path, url: `http://${HARDENING_HOST}${path}`, file };
  });
  return { pages, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
