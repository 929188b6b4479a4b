// A user rule saved in the options page applies to pages already open (issue 12 item 18): the
// content script hears the settings change and reads the page again with the new rules.
import { describe, expect, it } from 'vitest';
import { createPageNotice } from '../../src/content/page-notice';
import { harness } from './app-harness';
import { FakeClock } from './fake-clock';
import { openPage, readableText } from './page-window';
import { blockedSpeechPage } from './snippets';

const SIGNATURE = '会后请各乡镇把会议精神传达到每一个村组。';

function page() {
  const { window, document } = openPage(blockedSpeechPage({ extra: `<p>${SIGNATURE}</p>` }));
  const notice = createPageNotice(document, { notice: 'noticeLabel', close: 'noticeClose' }, new FakeClock());
  const h = harness(window, { notice });
  return { ...h, document, notice, article: () => readableText(document.querySelector('#content')!) };
}

describe('new user rules on an open page', () => {
  it('a cleaned page is cleaned again with them at once, and says so', async () => {
    const { app, settings, article, document, notice } = page();
    await app.clean();
    expect(article()).toContain(SIGNATURE);

    settings.current = { ...settings.current, userRules: [{ pattern: SIGNATURE, regex: false }] };
    await app.settingsChanged(settings.current);
    expect(article()).not.toContain(SIGNATURE);
    expect(app.cleaned).toBe(true);
    expect(document.documentElement.getAttribute('data-qinggao')).toBe('cleaned');
    const removed = (await app.analyze()).removed.map((r) => r.text);
    expect(removed).toContain(SIGNATURE);
    expect(notice.root?.textContent).toContain(`noticeRulesApplied(${removed.length})`);

    // and a rule taken out again gives the text back
    settings.current = { ...settings.current, userRules: [] };
    await app.settingsChanged(settings.current);
    expect(article()).toContain(SIGNATURE);
  });

  it('an analyzed page reports its new removed list; other setting changes do nothing', async () => {
    const { app, settings, states, article } = page();
    settings.current = { ...settings.current, autoClean: false };
    await app.autoRun();
    expect(states).toHaveLength(1);
    await app.settingsChanged({ ...settings.current, outlineDepth: 2 });
    expect(states).toHaveLength(1);

    settings.current = { ...settings.current, userRules: [{ pattern: SIGNATURE, regex: false }] };
    await app.settingsChanged(settings.current);
    expect(states).toHaveLength(2);
    expect(states[1]!.removedCount).toBeGreaterThan(states[0]!.removedCount);
    expect(article()).toContain(SIGNATURE); // analyzed, not cleaned
  });

  it('a page not read yet stays as it is', async () => {
    const { app, settings, states } = page();
    await app.settingsChanged({ ...settings.current, userRules: [{ pattern: SIGNATURE, regex: false }] });
    expect(states).toHaveLength(0);
  });
});
