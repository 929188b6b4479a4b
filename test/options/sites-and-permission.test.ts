// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { h } from 'preact';
import { TEMPLATE_SITES } from '../../src/core/rules/sites';
import { DEFAULT_SETTINGS, SETTINGS_KEY, isSiteDisabled, type Settings } from '../../src/shared/settings';
import { createSettingsStore } from '../../src/shared/settings-store';
import { otherDisabledSites, setSiteEnabled } from '../../src/options/site-switches';
import { OptionsApp } from '../../src/options/OptionsApp';
import { click, installI18n, mount, settle } from '../popup/ui-harness';
import { fakePermission, fakePreviewSource, memoryStorage } from './fakes';

beforeAll(() => installI18n('zh_CN'));

describe('site switches', () => {
  it('switching a site off lists its domain; on again clears it and its subdomains', () => {
    const off = setSiteEnabled(DEFAULT_SETTINGS, 'gwyoo.com', false);
    expect(isSiteDisabled(off, 'www.gwyoo.com')).toBe(true);
    const withSub = { ...off, disabledSites: [...off.disabledSites, 'm.gwyoo.com', 'example.org'] };
    expect(setSiteEnabled(withSub, 'gwyoo.com', true).disabledSites).toEqual(['example.org']);
  });

  it('lists switched-off hosts that are not a known site domain', () => {
    const s = { ...DEFAULT_SETTINGS, disabledSites: ['gwyoo.com', 'www.ruiwen.com', 'example.org'] };
    expect(otherDisabledSites(s)).toEqual(['www.ruiwen.com', 'example.org']);
  });
});

async function optionsPage(stored: Partial<Settings>, permission = fakePermission()) {
  const storage = memoryStorage({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, ...stored } });
  const view = await mount(
    h(OptionsApp, {
      store: createSettingsStore(storage),
      permission,
      previewSource: fakePreviewSource(),
      download: () => undefined,
    }),
  );
  await settle();
  const saved = () => storage.data[SETTINGS_KEY] as Settings;
  return { view, saved, storage, permission };
}

describe('<OptionsApp>', () => {
  it('lists every known template site with a switch, and saves a site switched off', async () => {
    const { view, saved } = await optionsPage({});
    const boxes = view.findAll<HTMLInputElement>('.site-list input[type="checkbox"]');
    expect(boxes).toHaveLength(TEMPLATE_SITES.length);
    expect(boxes.every((b) => b.checked)).toBe(true);
    const gwyoo = view.findAll('.site-list label').find((l) => l.textContent?.startsWith('gwyoo.com'))!;
    expect(gwyoo.textContent).toBe('gwyoo.com公务员之家');
    await click(gwyoo.querySelector('input')!);
    expect(saved().disabledSites).toEqual(['gwyoo.com']);
    view.unmount();
  });

  it('says the one network request Qinggao makes: the pages of 合并全部 N 页, on the click', async () => {
    const { view } = await optionsPage({});
    const section = view.findAll('section').find((s) => s.querySelector('h2')?.textContent === '网络请求');
    expect(section?.textContent).toContain('合并全部 N 页');
    expect(section?.textContent).toContain('不访问其他网站');
    view.unmount();
  });

  // issue 12 item 18: 13 of the 32 sites showed a bare domain (no brand seen in their pages)
  it('shows every known site with its Chinese name', async () => {
    const { view } = await optionsPage({});
    const names = view.findAll('.site-list label').map((label) => label.querySelector('.site-brand')?.textContent ?? '');
    expect(names).toHaveLength(TEMPLATE_SITES.length);
    const unnamed = TEMPLATE_SITES.filter((_, i) => !/\p{Script=Han}/u.test(names[i]!)).map((site) => site.domain);
    expect(unnamed).toEqual([]);
    const label = (domain: string) => view.findAll('.site-list label').find((l) => l.textContent?.startsWith(domain))!.textContent;
    expect(label('fanwenq.com')).toBe('fanwenq.com范文圈');
    expect(label('doc.mbalib.com')).toBe('doc.mbalib.comMBA智库文档');
    view.unmount();
  });

  it('shows other switched-off hosts with a remove button that re-enables them', async () => {
    const { view, saved } = await optionsPage({ disabledSites: ['www.ruiwen.com'] });
    expect(view.findAll('.removable-list .site-domain').map((e) => e.textContent)).toEqual(['www.ruiwen.com']);
    await click(view.find('button[aria-label="从列表移除 www.ruiwen.com（恢复自动净化）"]'));
    expect(saved().disabledSites).toEqual([]);
    expect(view.container.querySelector('.removable-list .site-domain')).toBeNull();
    view.unmount();
  });

  it('turns auto-clean off', async () => {
    const { view, saved } = await optionsPage({});
    const toggle = view.findAll('label.switch-row').find((l) => l.textContent === '在已知范文网站上自动净化讲话稿')!;
    await click(toggle.querySelector('input')!);
    expect(saved().autoClean).toBe(false);
    expect(view.find('.site-list').classList.contains('dimmed')).toBe(true);
    view.unmount();
  });

  it('asks for all-sites access in the click itself, and saves only when granted', async () => {
    const { view, saved, permission } = await optionsPage({});
    const box = view.findAll('label.switch-row').find((l) => l.textContent === '在所有网站上检测')!.querySelector('input')!;
    box.click(); // the request must happen synchronously inside the click, before any await
    expect(permission.calls).toEqual(['request']);
    await settle();
    expect(saved().detectEverywhere).toBe(true);
    expect(box.checked).toBe(true);

    await click(box);
    expect(permission.calls).toEqual(['request', 'remove']);
    expect(saved().detectEverywhere).toBe(false);
    view.unmount();
  });

  it('stays off and says so when the user refuses the permission', async () => {
    const { view, saved } = await optionsPage({}, fakePermission({ userSays: false }));
    const box = view.findAll('label.switch-row').find((l) => l.textContent === '在所有网站上检测')!.querySelector('input')!;
    await click(box);
    expect(box.checked).toBe(false);
    expect(saved().detectEverywhere).toBe(false);
    expect(view.text()).toContain('浏览器没有授予权限，此项保持关闭。');
    view.unmount();
  });

  it('warns when the setting is on but the permission was taken back', async () => {
    const { view } = await optionsPage({ detectEverywhere: true }, fakePermission({ granted: false }));
    expect(view.text()).toContain('访问所有网站的权限已被收回');
    view.unmount();
  });

  it('adds and removes a user rule', async () => {
    const { view, saved } = await optionsPage({ userRules: [{ pattern: '扫码关注', regex: false }] });
    expect(view.findAll('.rule-list li').map((li) => li.textContent)).toEqual(['文字扫码关注移除']);
    await click(view.find('button[aria-label="删除规则“扫码关注”"]'));
    expect(saved().userRules).toEqual([]);
    expect(view.text()).toContain('还没有自定义规则。');
    view.unmount();
  });

  it('follows changes saved elsewhere (a site switched off from the page)', async () => {
    const { view, storage } = await optionsPage({});
    await settle(() => createSettingsStore(storage).update((s) => ({ ...s, disabledSites: ['m.gongwenhui.com'] })));
    expect(view.findAll('.removable-list .site-domain').map((e) => e.textContent)).toEqual(['m.gongwenhui.com']);
    view.unmount();
  });
});
