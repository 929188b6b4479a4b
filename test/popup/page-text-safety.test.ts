// @vitest-environment happy-dom
// Page text is data, never markup: whatever a template site puts in its title, headings or junk
// must reach the popup as literal text (no element, no handler, no request).
import { beforeAll, describe, expect, it } from 'vitest';
import { h } from 'preact';
import { AnalysisView } from '../../src/popup/AnalysisView';
import { installI18n, mount } from './ui-harness';
import { recordingClipboard, speechAnalysis } from './fixtures';

beforeAll(() => installI18n('zh_CN'));

const SCRIPT = '<script>window.__pwned = 1</script>';
const IMAGE = '<img src=x onerror="window.__pwned = 2">';
const BOLD = '<b>加粗</b>&amp;';

describe('page text in the popup', () => {
  it('appears as literal text in the title, meta, outline, removed list and status', async () => {
    const analysis = speechAnalysis({
      title: `讲话 ${SCRIPT}`,
      meta: { date: IMAGE, host: 'evil.example' },
      outline: [
        { level: 1, marker: '一、', text: IMAGE },
        { level: 2, marker: '<i>', text: BOLD },
      ],
      removed: [
        { text: SCRIPT, reason: 'promo' },
        { text: IMAGE, reason: 'hidden' },
      ],
    });
    const view = await mount(
      h(AnalysisView, {
        analysis,
        busy: false,
        status: IMAGE,
        onReport: () => undefined,
        onClean: () => undefined,
        onUndo: () => undefined,
        clipboard: recordingClipboard(),
        outlineDepth: 4,
        onOutlineDepthChange: () => undefined,
        outlineIndent: '  ',
        onOutlineIndentChange: () => undefined,
      }),
    );
    const root = view.container;
    expect(root.querySelector('script, img, b, i')).toBeNull();
    expect(root.querySelector('[onerror]')).toBeNull();
    expect(view.find('.page-title').textContent).toBe(`讲话 ${SCRIPT}`);
    expect(view.find('.fact').textContent).toBe(IMAGE);
    expect(view.findAll('.outline-text').map((e) => e.textContent)).toEqual([IMAGE, BOLD]);
    expect(view.findAll('.outline-marker').map((e) => e.textContent)).toEqual(['一、', '<i>']);
    expect(view.findAll('.removed-text').map((e) => e.textContent)).toEqual([SCRIPT, IMAGE]);
    expect(view.find('.status-bar').textContent).toBe(IMAGE);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
    view.unmount();
  });
});
