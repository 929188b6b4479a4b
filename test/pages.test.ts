// Meta-tests on the saved-page corpus (test/pages/<slug>/page.html + gold.json): a gold file
// that cannot be right (noise that is not on the page, noise that is also gold text, an outline
// item that is not in the body, a host we do not treat as a template site) would make the
// score meaningless, so it fails here before anything is scored against it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { templateSiteOf } from '../src/core/rules/sites';

const PAGES_DIR = fileURLToPath(new URL('./pages/', import.meta.url));

interface GoldOutlineItem {
  level: number;
  marker: string;
  text: string;
  optional?: boolean;
}

interface Gold {
  host: string;
  isSpeech: boolean;
  title: string;
  noise: string[];
  paragraphs: string[];
  outline: GoldOutlineItem[];
  /** explicit opt-out for a page served by a host that is not in TEMPLATE_SITES */
  templateSite?: boolean;
  /** left by scripts/add-page.mjs on a draft; a reviewed case has no DRAFT note */
  note?: string;
}

const GOLD_KEYS = new Set(['host', 'isSpeech', 'title', 'noise', 'paragraphs', 'outline', 'templateSite', 'note', 'source']);
const ITEM_KEYS = new Set(['level', 'marker', 'text', 'optional']);

// The scorer compares with all whitespace removed (score.mjs `norm`); so do we.
// Zero-width characters too: the scorer's engine drops them silently (contract.md).
const squeeze = (s: string): string => s.replace(/[\s\u200B-\u200F\u2060\uFEFF\u00AD]+/g, '');

/** Decode a saved page the way a browser would: by the charset it declares. */
function decodePage(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
  const label = /^(gbk|gb2312|gb18030|x-gbk)$/.test(declared) ? 'gb18030' : 'utf-8';
  return new TextDecoder(label, { fatal: true }).decode(bytes);
}

/** All text a page holds in its DOM (hidden text included; scripts and styles are code, not text). */
function pageText(html: string): string {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll('script, style, noscript, template')) el.remove();
  return document.documentElement.textContent ?? '';
}

function isCaseDir(name: string): boolean {
  const dir = join(PAGES_DIR, name);
  return statSync(dir).isDirectory() && !name.startsWith('.') && !name.startsWith('_');
}

const slugs = existsSync(PAGES_DIR) ? readdirSync(PAGES_DIR).filter(isCaseDir).sort() : [];

describe('saved-page corpus', () => {
  it('has enough cases, speeches and non-speeches', () => {
    const golds = slugs.map((s) => JSON.parse(readFileSync(join(PAGES_DIR, s, 'gold.json'), 'utf8')) as Gold);
    expect(slugs.length).toBeGreaterThanOrEqual(14);
    expect(golds.filter((g) => !g.isSpeech).length).toBeGreaterThanOrEqual(2);
  });

  describe.each(slugs)('%s', (slug) => {
    const dir = join(PAGES_DIR, slug);

    it('is a page.html + gold.json folder with a kebab-case name', () => {
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(existsSync(join(dir, 'page.html'))).toBe(true);
      expect(existsSync(join(dir, 'gold.json'))).toBe(true);
    });

    const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
    const text = squeeze(pageText(decodePage(readFileSync(join(dir, 'page.html')))));
    const goldText = squeeze(gold.title + gold.paragraphs.join(''));

    it('has a gold.json of the contract shape', () => {
      expect(Object.keys(gold).filter((k) => !GOLD_KEYS.has(k))).toEqual([]);
      expect(typeof gold.host).toBe('string');
      expect(gold.host).toMatch(/^[a-z0-9.-]+\.[a-z]+$/);
      expect(typeof gold.isSpeech).toBe('boolean');
      expect(typeof gold.title).toBe('string');
      expect(gold.title.trim()).not.toBe('');
      for (const list of [gold.noise, gold.paragraphs]) {
        expect(Array.isArray(list)).toBe(true);
        for (const s of list) expect(typeof s === 'string' && s.length > 0).toBe(true);
      }
      expect(gold.paragraphs.length).toBeGreaterThan(0);
      expect(Array.isArray(gold.outline)).toBe(true);
      for (const item of gold.outline) {
        expect(Object.keys(item).filter((k) => !ITEM_KEYS.has(k))).toEqual([]);
        expect(Number.isInteger(item.level) && item.level >= 1).toBe(true);
        expect(item.marker.trim()).not.toBe('');
        expect(item.text.trim()).not.toBe('');
        if ('optional' in item) expect(item.optional).toBe(true);
      }
    });

    it('is reviewed, not an add-page draft', () => {
      expect(gold.note ?? '').not.toMatch(/^DRAFT/);
    });

    it('is served by a known template site, or says it is not one', () => {
      if (gold.templateSite === false) expect(templateSiteOf(gold.host)).toBeUndefined();
      else expect(templateSiteOf(gold.host)?.domain).toBeTruthy();
    });

    it('plants every noise string on the page, and none of them in the gold text', () => {
      const missing = gold.noise.filter((n) => !text.includes(squeeze(n)) && !(squeeze(n) === '' && text.includes(n)));
      expect(missing).toEqual([]);
      // whitespace-only strings (zero-width characters) are checked as they are
      const inGold = gold.noise.filter((n) => (squeeze(n) ? goldText.includes(squeeze(n)) : goldText.includes(n)));
      expect(inGold).toEqual([]);
    });

    it('has its title and every gold paragraph on the page', () => {
      // gold paragraphs are page text with noise cut out, so each noise-free run must be there
      expect(text).toContain(squeeze(gold.title));
      const absent = gold.paragraphs.filter((p) => !text.includes(squeeze(p)) && !fitsAroundNoise(squeeze(p), text));
      expect(absent).toEqual([]);
    });

    it('takes every outline item from the body, in document order', () => {
      let from = 0;
      const body = gold.paragraphs.map(squeeze);
      for (const item of gold.outline) {
        const needle = squeeze(item.marker + item.text);
        const at = body.findIndex((p, i) => i >= from && p.includes(needle));
        expect(at, `${item.marker}${item.text}`).toBeGreaterThanOrEqual(0);
        from = at;
      }
    });

    it('nests outline levels one step at a time', () => {
      if (!gold.isSpeech) expect(gold.outline).toEqual([]);
      let previous = 0;
      for (const item of gold.outline) {
        expect(item.level, `${item.marker}${item.text}`).toBeLessThanOrEqual(previous + 1);
        previous = item.level;
      }
    });
  });
});

/**
 * A gold paragraph whose page text has noise glued inside it (a watermark between two
 * sentences, jammer junk mid-word) is not one substring of the page; it must still be the
 * page text with some runs cut out. Checked greedily: each piece of the paragraph, in order,
 * must be found after the previous one, pieces split at the points where the page diverges.
 */
function fitsAroundNoise(paragraph: string, text: string): boolean {
  let start = -1;
  // anchor on the paragraph's first 2 characters (a watermark may follow the marker: "一、<span
  // hidden>…</span>正视差距"), then walk forward tolerating inserted runs
  const head = paragraph.slice(0, 2);
  for (let anchor = text.indexOf(head); anchor >= 0; anchor = text.indexOf(head, anchor + 1)) {
    let i = 0;
    let j = anchor;
    let skipped = 0;
    while (i < paragraph.length && j < text.length && skipped <= 200) {
      if (paragraph[i] === text[j]) {
        i++;
        j++;
      } else {
        j++;
        skipped++;
      }
    }
    if (i === paragraph.length) {
      start = anchor;
      break;
    }
  }
  return start >= 0;
}
