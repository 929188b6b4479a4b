// Every user-facing string exists in every language, with the same placeholders, and every key
// the code or the manifest asks for is defined (a missing key shows up as the raw key in the UI).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const LOCALES = ['zh_CN', 'en'] as const;

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const messages = Object.fromEntries(
  LOCALES.map((lang) => [lang, JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, Entry>]),
) as Record<(typeof LOCALES)[number], Record<string, Entry>>;

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

// The code and the manifest sources (manifest.json at the root, the build script that adjusts it).
const SOURCES = [
  ...filesUnder(join(ROOT, 'src'), /\.(ts|tsx|html|json)$/),
  ...filesUnder(join(ROOT, 'scripts'), /\.(mjs|ts)$/),
  join(ROOT, 'manifest.json'),
].map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

/** Placeholder names used in a message: "$COUNT$" → "count" (Chrome matches them case-insensitively). */
function usedPlaceholders(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
}

function keysUsedIn(text: string): string[] {
  const found = new Set<string>();
  // t('key', …), getMessage('key'), __MSG_key__
  for (const m of text.matchAll(/\b(?:t|getMessage)\(\s*['"]([A-Za-z0-9_@]+)['"]/g)) found.add(m[1]!);
  for (const m of text.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)) found.add(m[1]!);
  // keys kept in typed tables ({ watermark: 'reasonWatermark' }, t(open ? 'a' : 'b')): any string
  // literal shaped like one of our key families
  for (const m of text.matchAll(/['"]((?:popup|options|reason|notice|menu|command)[A-Z][A-Za-z0-9]*)['"]/g)) found.add(m[1]!);
  return [...found];
}

describe('locales', () => {
  it('zh_CN (the default) and en have the same keys, each with a non-empty message', () => {
    const zh = Object.keys(messages.zh_CN).sort();
    const en = Object.keys(messages.en).sort();
    expect(en).toEqual(zh);
    for (const lang of LOCALES) {
      for (const [key, entry] of Object.entries(messages[lang])) {
        expect(typeof entry.message === 'string' && entry.message.trim() !== '', `${lang}/${key}`).toBe(true);
      }
    }
  });

  it('keys are valid Chrome message names and unique regardless of case', () => {
    const keys = Object.keys(messages.zh_CN);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
    expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(keys.length);
  });

  it('placeholders are defined where used, used where defined, and the same in every language', () => {
    for (const key of Object.keys(messages.zh_CN)) {
      const contents = LOCALES.map((lang) => {
        const entry = messages[lang][key]!;
        const defined = Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase()).sort();
        expect([...new Set(usedPlaceholders(entry.message))], `${lang}/${key} uses exactly its placeholders`).toEqual(defined);
        return Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([n, p]) => [n.toLowerCase(), p.content]));
      });
      expect(contents[1], `${key}: en placeholders match zh_CN`).toEqual(contents[0]);
    }
  });

  it('every key used in the source or the manifest exists', () => {
    const missing = SOURCES.flatMap(({ path, text }) =>
      keysUsedIn(text)
        .filter((key) => !(key in messages.zh_CN))
        .map((key) => `${key} (${path})`),
    );
    expect(missing).toEqual([]);
  });

  it('the scan sees real usage: each popup, options and reason string is used somewhere', () => {
    const used = new Set(SOURCES.flatMap(({ text }) => keysUsedIn(text)));
    const unused = Object.keys(messages.zh_CN).filter((key) => /^(popup|options|reason)[A-Z]/.test(key) && !used.has(key));
    expect(unused).toEqual([]);
    // and it would notice a missing one
    expect(keysUsedIn("t('popupNoSuchString')")).toEqual(['popupNoSuchString']);
  });
});
