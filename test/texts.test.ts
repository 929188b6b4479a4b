// Holdout plain-text corpus (test/texts/<slug>.txt + <slug>.gold.json): documents written to
// differ from the seeds in wording, resellers, layout and tricks, so the engine is checked for
// generalising rather than for remembering the seeds. Each case is analysed with analyzeText
// and compared field by field with its gold; the meta-tests keep the gold itself honest.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../src/core';

const TEXTS_DIR = fileURLToPath(new URL('./texts/', import.meta.url));

interface GoldOutlineItem {
  level: number;
  marker: string;
  text: string;
  optional?: boolean;
}

interface TextGold {
  isSpeech: boolean;
  title: string;
  noise: string[];
  paragraphs: string[];
  outline: GoldOutlineItem[];
}

const GOLD_KEYS = ['isSpeech', 'title', 'noise', 'paragraphs', 'outline'];

// Compared with all white space removed, as the shared scorer does: line breaks, indentation
// and the spaces a removed watermark leaves behind are layout, not text.
const squeeze = (s: string): string => s.replace(/\s+/g, '');
// Zero-width characters (the set contract.md drops silently) are planted noise too; a noise
// string made only of them is checked on the raw text (`\s` covers U+FEFF but not U+200B).
const isInvisibleOnly = (s: string): boolean => /^[\u200B-\u200F\u2060\uFEFF\u00AD]+$/.test(s);

/** One outline item as a comparable line. */
const itemKey = (item: { level: number; marker: string; text: string }): string =>
  `${item.level} ${squeeze(item.marker)} ${squeeze(item.text)}`;

const slugs = existsSync(TEXTS_DIR)
  ? readdirSync(TEXTS_DIR)
      .filter((f) => f.endsWith('.gold.json'))
      .map((f) => f.replace(/\.gold\.json$/, ''))
      .sort()
  : [];

function loadCase(slug: string): { text: string; gold: TextGold } {
  return {
    text: readFileSync(join(TEXTS_DIR, `${slug}.txt`), 'utf8'),
    gold: JSON.parse(readFileSync(join(TEXTS_DIR, `${slug}.gold.json`), 'utf8')) as TextGold,
  };
}

describe('holdout text corpus: the gold itself', () => {
  it('has at least 12 cases, 3 of them non-speeches', () => {
    const golds = slugs.map((s) => loadCase(s).gold);
    expect(slugs.length).toBeGreaterThanOrEqual(12);
    expect(golds.filter((g) => !g.isSpeech).length).toBeGreaterThanOrEqual(3);
  });

  describe.each(slugs)('%s', (slug) => {
    const { text, gold } = loadCase(slug);
    const goldRaw = gold.title + gold.paragraphs.join('');
    const goldText = squeeze(goldRaw);

    it('has the seed gold shape (no source field)', () => {
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(Object.keys(gold).sort()).toEqual([...GOLD_KEYS].sort());
      expect(gold.title.trim()).not.toBe('');
      expect(gold.paragraphs.length).toBeGreaterThan(0);
      for (const p of gold.paragraphs) expect(p.trim()).not.toBe('');
      if (!gold.isSpeech) expect(gold.outline).toEqual([]);
    });

    it('plants every noise string in the .txt and none of them in the gold title or paragraphs', () => {
      expect(gold.noise.length).toBeGreaterThan(0);
      expect(gold.noise.filter((n) => !text.includes(n))).toEqual([]);
      const inGold = gold.noise.filter((n) => (isInvisibleOnly(n) ? goldRaw.includes(n) : goldText.includes(squeeze(n))));
      expect(inGold).toEqual([]);
    });

    it('takes its title and paragraphs from the .txt (noise cut out, nothing invented)', () => {
      let rest = squeeze(text);
      for (const n of gold.noise) rest = isInvisibleOnly(n) ? rest.split(n).join('') : rest.split(squeeze(n)).join('');
      expect(rest).toContain(squeeze(gold.title));
      expect(gold.paragraphs.filter((p) => !rest.includes(squeeze(p)))).toEqual([]);
    });

    it('takes every outline item from the paragraphs, in order, nesting one step at a time', () => {
      let from = 0;
      let previous = 0;
      const body = gold.paragraphs.map(squeeze);
      for (const item of gold.outline) {
        const at = body.findIndex((p, i) => i >= from && p.includes(squeeze(item.marker + item.text)));
        expect(at, `${item.marker}${item.text}`).toBeGreaterThanOrEqual(0);
        from = at;
        expect(item.level, `${item.marker}${item.text}`).toBeLessThanOrEqual(previous + 1);
        previous = item.level;
      }
    });
  });
});

describe('holdout text corpus: analyzeText against the gold', () => {
  describe.each(slugs)('%s', (slug) => {
    const { text, gold } = loadCase(slug);
    const analysis = analyzeText(text);

    it('decides isSpeech', () => {
      expect(analysis.isSpeech).toBe(gold.isSpeech);
    });

    it('finds the title', () => {
      expect(squeeze(analysis.title)).toBe(squeeze(gold.title));
    });

    it('keeps exactly the gold paragraphs', () => {
      expect(analysis.paragraphs.map(squeeze).filter(Boolean)).toEqual(gold.paragraphs.map(squeeze));
    });

    it('leaves no planted noise in the title or paragraphs', () => {
      const raw = analysis.title + analysis.paragraphs.join('');
      const out = squeeze(raw);
      const left = gold.noise.filter((n) => (isInvisibleOnly(n) ? raw.includes(n) : out.includes(squeeze(n))));
      expect(left).toEqual([]);
    });

    it('reads the outline (optional gold items neither required nor counted against)', () => {
      const optional = new Set(
        gold.outline.filter((i) => i.optional).map((i) => `${squeeze(i.marker)} ${squeeze(i.text)}`),
      );
      const got = analysis.outline
        .filter((i) => !optional.has(`${squeeze(i.marker)} ${squeeze(i.text)}`))
        .map(itemKey);
      expect(got).toEqual(gold.outline.filter((i) => !i.optional).map(itemKey));
    });
  });
});
