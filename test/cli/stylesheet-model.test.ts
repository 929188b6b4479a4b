// The command line's build leaves linkedom's CSS object model out (vite.cli.config.ts,
// src/cli/no-stylesheet-model.ts): the engine reads <style> text itself, and that module's load
// alone made an ICU number formatter, ~18 ms of every HTML call. An HTML page with <style> rules
// that hide a watermark is still read as before, and nothing makes a number formatter.
import { expect, it } from 'vitest';
import { runCountingCalls } from './counting-run';

it('reads a page whose <style> hides a watermark without loading a CSS object model', () => {
  const r = runCountingCalls(
    `<!doctype html><html><head><meta charset="utf-8"><title>在全县安全生产工作会议上的讲话</title>
<style>.wm{display:none} p{margin:0 0 1em}</style></head><body><article>
<h1>在全县安全生产工作会议上的讲话</h1><p>同志们：</p>
<p>今天召开全县安全生产工作会议，主要任务是总结去年工作，安排今年任务。<span class="wm">公文汇 www.gongwenhui.com</span></p>
<p>一、提高政治站位，切实增强做好安全生产工作的责任感</p><p>安全生产事关人民群众生命财产安全，事关改革发展稳定大局。</p>
<p>二、突出重点领域，扎实开展隐患排查整治</p><p>要聚焦道路交通、建筑施工、危险化学品等重点领域，全面开展排查。</p>
</article></body></html>`,
    'Intl',
    'NumberFormat',
  );
  expect(r.status, r.stderr).toBe(0);
  expect(r.analysis.isSpeech).toBe(true);
  expect(r.analysis.paragraphs).toContain('今天召开全县安全生产工作会议，主要任务是总结去年工作，安排今年任务。');
  expect(r.analysis.paragraphs.join('\n')).not.toContain('gongwenhui');
  expect(r.analysis.outline.map((o) => o.text)).toContain('提高政治站位，切实增强做好安全生产工作的责任感');
  expect(r.calls).toBe(0);
});
