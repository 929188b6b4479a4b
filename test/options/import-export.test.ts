// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { h } from 'preact';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../src/shared/settings';
import { createSettingsStore } from '../../src/shared/settings-store';
import { readSettingsFile, settingsFileName, settingsFileText } from '../../src/options/settings-file';
import { ImportExportSection, importSettings } from '../../src/options/ImportExportSection';
import { describePath, describeProblem } from '../../src/options/problem-text';
import { click, installI18n, mount, settle } from '../popup/ui-harness';
import { fakePermission, memoryStorage } from './fakes';
import { COLLECTION_KEY, createCollectionStore } from '../../src/collection/collection-store';
import { analyzed, collected, seedText, subscriptionText } from '../core/collection/speeches';

beforeAll(() => installI18n('zh_CN'));

const MINE: Settings = {
  autoClean: false,
  disabledSites: ['gwyoo.com', 'www.example.org'],
  userRules: [
    { pattern: '更多范文请关注', regex: false },
    { pattern: '本文由.{1,10}整理', regex: true },
  ],
  detectEverywhere: false,
  outlineDepth: 2,
  gongwenFormat: false,
};

describe('settings file', () => {
  it('round-trips: what is exported imports as the same settings', () => {
    expect(readSettingsFile(settingsFileText(MINE))).toEqual({ settings: MINE });
    expect(readSettingsFile('\uFEFF' + settingsFileText(MINE))).toEqual({ settings: MINE });
    expect(settingsFileName(new Date(2024, 2, 5))).toBe('qinggao-settings-2024-03-05.json');
  });

  it('lists every problem by path', () => {
    const read = readSettingsFile(
      JSON.stringify({
        autoClean: 'yes',
        gongwenFormat: 'on',
        outlineDepth: 7,
        disabledSites: ['gwyoo.com', ''],
        userRules: [{ pattern: 'ok', regex: false }, { pattern: '(', regex: true }, { text: 'x' }, { pattern: '.*', regex: true }],
      }),
    );
    expect('problems' in read && read.problems.map((p) => p.path)).toEqual([
      'autoClean',
      'gongwenFormat',
      'outlineDepth',
      'disabledSites',
      'userRules[1]',
      'userRules[2]',
      'userRules[3]',
    ]);
  });

  it('reports a file that is not JSON at its root, with where the parser stopped', () => {
    expect(readSettingsFile('{ "autoClean": true,')).toEqual({ problems: [{ path: '', message: 'not valid JSON at line 1, column 21' }] });
    expect(readSettingsFile('{\n  "autoClean": true\n  "outlineDepth": 2\n}')).toEqual({
      problems: [{ path: '', message: 'not valid JSON at line 3, column 3' }],
    });
    expect(readSettingsFile('  \n')).toEqual({ problems: [{ path: '', message: 'empty file' }] });
  });

  it('names every problem parseSettings can report in the user’s language', () => {
    const read = readSettingsFile(
      JSON.stringify({
        autoClean: 1,
        outlineDepth: 0,
        disabledSites: 'gwyoo.com',
        userRules: [{}, { pattern: ' ', regex: false }, { pattern: 'x'.repeat(501), regex: false }, { pattern: 'a|', regex: true }, { pattern: '[', regex: true }],
      }),
    );
    const problemsOf = (r: ReturnType<typeof readSettingsFile>) => ('problems' in r ? r.problems : []);
    const problems = [
      ...problemsOf(read),
      ...problemsOf(readSettingsFile('[]')),
      ...problemsOf(readSettingsFile('{"userRules": {}}')),
      ...problemsOf(readSettingsFile('not json')),
    ];
    expect(problems.length).toBe(11);
    for (const p of problems) {
      const described = describeProblem(p.message);
      expect(described, p.message).not.toBe(p.message);
      expect(described, p.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('describes paths for people who do not read JSON', () => {
    expect(describePath('')).toBe('整个文件');
    expect(describePath('userRules[2]')).toBe('自定义规则第 3 条（userRules[2]）');
    expect(describePath('outlineDepth')).toBe('提纲层级（outlineDepth）');
    expect(describePath('gongwenFormat')).toBe('复制时使用公文格式（GB/T 9704 字体字号）（gongwenFormat）');
  });
});

describe('importing', () => {
  it('replaces the settings with a valid file', async () => {
    const storage = memoryStorage();
    const store = createSettingsStore(storage);
    const outcome = await importSettings(settingsFileText(MINE), store.update, fakePermission());
    expect(outcome).toEqual({ kind: 'imported', notes: [] });
    expect(storage.data[SETTINGS_KEY]).toEqual(MINE);
  });

  it('changes nothing when the file has a problem', async () => {
    const storage = memoryStorage({ [SETTINGS_KEY]: MINE });
    const store = createSettingsStore(storage);
    const outcome = await importSettings('{"outlineDepth": 9}', store.update, fakePermission());
    expect(outcome.kind).toBe('problems');
    expect(storage.data[SETTINGS_KEY]).toEqual(MINE);
  });

  it('does not claim "detect everywhere" without the permission, and says how to get it', async () => {
    const storage = memoryStorage();
    const store = createSettingsStore(storage);
    const outcome = await importSettings(JSON.stringify({ detectEverywhere: true }), store.update, fakePermission({ granted: false }));
    expect(outcome).toEqual({ kind: 'imported', notes: ['文件里开启了“在所有网站上检测”，需要你手动勾选一次来授予权限。'] });
    expect((storage.data[SETTINGS_KEY] as Settings).detectEverywhere).toBe(false);
  });
});

describe('<ImportExportSection>', () => {
  async function section(storage = memoryStorage()) {
    const store = createSettingsStore(storage);
    const downloads: { name: string; text: string }[] = [];
    const view = await mount(
      h(ImportExportSection, {
        settings: MINE,
        update: store.update,
        permission: fakePermission(),
        download: (name: string, text: string) => downloads.push({ name, text }),
        now: () => new Date(2024, 11, 31),
      }),
    );
    return { view, downloads, storage };
  }

  async function pick(input: HTMLInputElement, content: string) {
    const file = new File([content], 'settings.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await settle(() => input.dispatchEvent(new Event('change', { bubbles: true })));
  }

  it('exports the current settings as a dated JSON file', async () => {
    const { view, downloads } = await section();
    await click(view.button('导出设置'));
    expect(downloads).toEqual([{ name: 'qinggao-settings-2024-12-31.json', text: settingsFileText(MINE) }]);
    view.unmount();
  });

  it('lists import errors by path, in Chinese, and saves nothing', async () => {
    const { view, storage } = await section();
    await pick(
      view.find<HTMLInputElement>('input[type="file"]'),
      JSON.stringify({ autoClean: 'on', userRules: [{ pattern: '(', regex: true }] }),
    );
    expect(view.find('.problems .error').textContent).toBe('文件有 2 处问题，设置没有改动：');
    expect(view.findAll('.problems li').map((li) => li.textContent)).toEqual([
      '在已知范文网站上自动净化讲话稿（autoClean）应为 true 或 false',
      expect.stringMatching(/^自定义规则第 1 条（userRules\[0\]）不是有效的正则表达式：/),
    ]);
    expect(storage.data[SETTINGS_KEY]).toBeUndefined();
    view.unmount();
  });

  // issue 12 item 18: a non-JSON file showed the parser's English ("Unexpected token 'h', …")
  it('says in Chinese that a file is not JSON, and where, without the parser\'s English', async () => {
    const { view, storage } = await section();
    const input = view.find<HTMLInputElement>('input[type="file"]');
    const shown = async (content: string) => {
      await pick(input, content);
      return view.findAll('.problems li').map((li) => li.textContent ?? '');
    };
    expect(await shown('清稿设置：自动净化 开')).toEqual(['整个文件不是 JSON 格式的文件：请选择清稿「导出设置」保存的 .json 文件']);
    expect(await shown('{\n  "autoClean": true\n  "outlineDepth": 2\n}')).toEqual([
      '整个文件不是有效的 JSON 文件：第 3 行第 3 列附近有误（可能缺了逗号、引号或括号）',
    ]);
    expect(await shown('')).toEqual(['整个文件是空的，没有任何设置']);
    for (const line of await shown('hello world')) expect(line).not.toMatch(/Unexpected|token|position|valid JSON/);
    expect(storage.data[SETTINGS_KEY]).toBeUndefined();
    view.unmount();
  });

  it('confirms a successful import', async () => {
    const { view, storage } = await section();
    await pick(view.find<HTMLInputElement>('input[type="file"]'), settingsFileText({ ...DEFAULT_SETTINGS, outlineDepth: 3 }));
    expect(view.text()).toContain('已导入设置。');
    expect((storage.data[SETTINGS_KEY] as Settings).outlineDepth).toBe(3);
    view.unmount();
  });
});

describe('the 提纲汇编 in the settings file', () => {
  const speeches = [collected(analyzed(seedText('003_3bff632dc2e1cae2.txt'))), collected(analyzed(subscriptionText('dangke-sanbufen')), '党课.docx', '')];

  it('is exported under "collection" and imported back whole', async () => {
    const storage = memoryStorage({ [COLLECTION_KEY]: speeches });
    const downloads: { name: string; text: string }[] = [];
    const view = await mount(
      h(ImportExportSection, {
        settings: MINE,
        update: createSettingsStore(storage).update,
        permission: fakePermission(),
        download: (name: string, text: string) => downloads.push({ name, text }),
        now: () => new Date(2024, 11, 31),
        collection: createCollectionStore(storage),
      }),
    );
    await click(view.button('导出设置'));
    await settle(() => undefined);
    view.unmount();
    expect(downloads).toHaveLength(1);
    expect(JSON.parse(downloads[0]!.text).collection).toEqual(speeches);

    const elsewhere = memoryStorage();
    const outcome = await importSettings(downloads[0]!.text, createSettingsStore(elsewhere).update, fakePermission(), createCollectionStore(elsewhere));
    expect(outcome).toEqual({ kind: 'imported', notes: ['提纲汇编也已导入：文件里的 2 篇讲话替换了原来的汇编。'] });
    expect(elsewhere.data[COLLECTION_KEY]).toEqual(speeches);
    expect(elsewhere.data[SETTINGS_KEY]).toEqual(MINE);
  });

  it('a file without it (from before the collection) leaves the collection as it was', async () => {
    const storage = memoryStorage({ [COLLECTION_KEY]: speeches });
    await importSettings(settingsFileText(MINE), createSettingsStore(storage).update, fakePermission(), createCollectionStore(storage));
    expect(storage.data[COLLECTION_KEY]).toEqual(speeches);
  });

  it('a damaged collection is listed by path in Chinese, and neither the settings nor the collection change', async () => {
    const storage = memoryStorage({ [COLLECTION_KEY]: speeches });
    const file = JSON.stringify({ ...MINE, outlineDepth: 9, collection: [speeches[0], { ...speeches[1], outline: [{ level: 12, marker: '一、', text: '总体要求' }] }, speeches[0]] });
    const outcome = await importSettings(file, createSettingsStore(storage).update, fakePermission(), createCollectionStore(storage));
    expect(outcome.kind === 'problems' && outcome.problems.map((p) => [describePath(p.path), describeProblem(p.message)])).toEqual([
      ['提纲层级（outlineDepth）', '应为 1 到 4 的整数'],
      ['提纲汇编第 2 篇（collection[1].outline[0]）', '提纲条目应有 level（1 到 9）、marker 和 text'],
      ['提纲汇编第 3 篇（collection[2].id）', '与前面某一篇的 id 相同'],
    ]);
    expect(storage.data[COLLECTION_KEY]).toEqual(speeches);
    expect(storage.data[SETTINGS_KEY]).toBeUndefined();
    expect(readSettingsFile(JSON.stringify({ collection: 'none' }))).toEqual({ problems: [{ path: 'collection', message: 'must be a list' }] });
    expect(describePath('collection')).toBe('提纲汇编（collection）');
  });
});
