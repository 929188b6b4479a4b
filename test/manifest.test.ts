// manifest.json against the data it must agree with: the template-site list, the permission
// set we can justify, the locales, the files it names, and the Firefox variant.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { templateSiteMatchPatterns } from '../src/core/rules/sites';
import { FIREFOX_MIN_VERSION, GECKO_ID, manifestFor } from '../scripts/extension-manifest.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const manifest = read('manifest.json');
const locales = { zh_CN: read('public/_locales/zh_CN/messages.json'), en: read('public/_locales/en/messages.json') };

/**
 * activeTab + scripting: inject on a user gesture outside the template sites; storage:
 * settings and per-tab state; contextMenus: 净化本页 / 复制提纲 / 复制全文; clipboardWrite:
 * a menu item or shortcut copies from the page without a click in it.
 */
const ALLOWED_PERMISSIONS = ['activeTab', 'clipboardWrite', 'contextMenus', 'scripting', 'storage'];

describe('manifest.json', () => {
  it('is Manifest V3 with the package version', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(read('package.json').version);
  });

  it('asks host access for exactly the template sites, and runs the content script there', () => {
    expect(manifest.host_permissions).toEqual(templateSiteMatchPatterns());
    expect(manifest.content_scripts).toHaveLength(2);
    // the first stage first: "detect everywhere" registers content_scripts[0].js for every site;
    // the engine is not declared at all (the background injects it, src/shared/engine-files.ts)
    expect(manifest.content_scripts[0]).toMatchObject({ js: ['src/content/first-stage.ts'], run_at: 'document_idle' });
    // the copy guards before any page script (issue 12 item 10), on the same sites only
    expect(manifest.content_scripts[1]).toMatchObject({ js: ['src/content/document-start.ts'], run_at: 'document_start' });
    for (const script of manifest.content_scripts) {
      expect(script.matches).toEqual(templateSiteMatchPatterns());
      expect(script.all_frames).toBeFalsy();
    }
  });

  it('asks exactly the permissions it can justify; all sites only as an optional grant', () => {
    expect([...manifest.permissions].sort()).toEqual(ALLOWED_PERMISSIONS);
    expect(manifest.optional_host_permissions).toEqual(['<all_urls>']);
    expect(manifest.optional_permissions).toBeUndefined();
  });

  it('names only files that exist', () => {
    const files = [
      manifest.background.service_worker,
      manifest.action.default_popup,
      manifest.options_ui.page,
      ...manifest.content_scripts.flatMap((script: { js: string[] }) => script.js),
    ];
    for (const file of files) expect(existsSync(join(ROOT, file)), file).toBe(true);
    const icons = [...Object.values(manifest.icons), ...Object.values(manifest.action.default_icon)] as string[];
    for (const icon of icons) expect(existsSync(join(ROOT, 'public', icon)), icon).toBe(true);
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
  });

  it('declares the shortcuts: clean (Alt+Shift+Q), copy outline (Alt+Shift+C), open popup', () => {
    expect(manifest.commands['clean-page'].suggested_key.default).toBe('Alt+Shift+Q');
    expect(manifest.commands['copy-outline'].suggested_key.default).toBe('Alt+Shift+C');
    expect(manifest.commands._execute_action).toBeDefined();
  });

  it('has every __MSG_key__ it uses in both locales, and zh_CN as the default', () => {
    expect(manifest.default_locale).toBe('zh_CN');
    const used = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    for (const [locale, messages] of Object.entries(locales)) {
      expect(used.filter((key) => !messages[key]?.message), locale).toEqual([]);
    }
  });

  it('keeps the store description within 132 characters in every locale', () => {
    for (const messages of Object.values(locales)) expect([...messages.extDescription.message].length).toBeLessThanOrEqual(132);
  });
});

describe('per-browser manifests', () => {
  it('Chrome gets manifest.json as written', () => {
    expect(manifestFor('chrome')).toEqual(manifest);
  });

  it('Firefox runs the background as a module event page and carries its gecko settings', () => {
    const firefox = manifestFor('firefox') as Record<string, any>;
    expect(firefox.background).toEqual({ scripts: [manifest.background.service_worker], type: 'module' });
    expect(firefox.minimum_chrome_version).toBeUndefined();
    expect(firefox.browser_specific_settings.gecko).toEqual({
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      data_collection_permissions: { required: ['none'] },
    });
    expect(firefox.host_permissions).toEqual(manifest.host_permissions);
    expect(firefox.permissions).toEqual(manifest.permissions);
  });
});
