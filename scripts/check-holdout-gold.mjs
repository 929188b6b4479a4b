#!/usr/bin/env node
// Checks hand-written gold against its page, as shared/corpus/real-text/_build/build.py does:
//   node scripts/check-holdout-gold.mjs test/real-holdout/round-1 [more case folders or roots]
// For every case folder (gold.json + page.txt):
// - every noise string occurs in page.txt and is not blank;
// - no noise string survives in title + paragraphs (compared with whitespace removed, as the scorer does);
// - the title occurs in the page, no later than the first paragraph, and the paragraphs occur in page
//   order; inside a title or paragraph only characters covered by a noise string may be skipped
//   (a glued watermark, a pinyin annotation, a page number);
// - every outline marker + text occurs, in order, in the paragraphs; levels are 1..6;
// - non-speech: empty outline, paragraphs and noise; speech: at least one paragraph.
// Exits 1 when it finds a problem. It never changes anything.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ZW = /[\u200B-\u200F\u2060\uFEFF\u00AD]/g;
const norm = s => String(s ?? '').replace(ZW, '').replace(/\s+/g, '');

function caseDirs(p) {
  if (!statSync(p).isDirectory()) return [];
  if (existsSync(join(p, 'gold.json'))) return [p];
  return readdirSync(p).sort().flatMap(f => caseDirs(join(p, f)));
}

// The page as code points without whitespace/zero-width characters, each flagged when a noise
// string covers it.
function pageSeq(page, noise) {
  const chars = [...page];
  const covered = new Uint8Array(chars.length);
  // offsets of code points in the UTF-16 string
  const cpAt = new Map();
  let u = 0;
  chars.forEach((c, i) => { cpAt.set(u, i); u += c.length; });
  for (const n of noise) {
    if (!n) continue;
    for (let k = page.indexOf(n); k >= 0; k = page.indexOf(n, k + 1)) {
      const start = cpAt.get(k), len = [...n].length;
      for (let i = start; i < start + len; i++) covered[i] = 1;
    }
  }
  const seq = [];
  chars.forEach((c, i) => { if (!/\s/.test(c) && !ZW.test(c)) seq.push({ c, cov: covered[i] }); ZW.lastIndex = 0; });
  return seq;
}

// Finds target (normalised) in seq at or after `from`, skipping only covered characters inside it.
// Returns [start, end) or null.
function find(seq, target, from) {
  const t = [...target];
  if (!t.length) return [from, from];
  for (let i = from; i < seq.length; i++) {
    if (seq[i].c !== t[0]) continue;
    let k = i, j = 0;
    while (j < t.length && k < seq.length) {
      if (seq[k].c === t[j]) { j++; k++; } else if (seq[k].cov) k++; else break;
    }
    if (j === t.length) return [i, k];
  }
  return null;
}

function check(dir) {
  const problems = [];
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
  const pagePath = join(dir, 'page.txt');
  if (!existsSync(pagePath)) return ['page.txt missing'];
  const page = readFileSync(pagePath, 'utf8');
  for (const k of ['source', 'host', 'isSpeech', 'title', 'noise', 'paragraphs', 'outline']) if (!(k in gold)) problems.push(`missing field ${k}`);
  try { if (new URL(gold.source).host !== gold.host) problems.push(`host ${gold.host} is not the host of ${gold.source}`); } catch { problems.push(`bad source ${gold.source}`); }
  if (!gold.isSpeech) {
    if (gold.outline.length) problems.push('non-speech with outline');
    if (gold.paragraphs.length || gold.noise.length) problems.push('non-speech with paragraphs or noise');
    return problems;
  }
  if (!gold.paragraphs.length) problems.push('speech without paragraphs');
  const body = norm(gold.title) + gold.paragraphs.map(norm).join('');
  for (const n of gold.noise) {
    if (!norm(n)) { problems.push(`blank noise string: ${JSON.stringify(n)}`); continue; }
    if (!page.includes(n)) problems.push(`noise not in page: ${JSON.stringify(n)}`);
    if (body.includes(norm(n))) problems.push(`noise survives in gold text: ${JSON.stringify(n)}`);
  }
  const seq = pageSeq(page, gold.noise);
  let pos = 0, firstPara = null;
  for (const p of gold.paragraphs) {
    const hit = find(seq, norm(p), pos);
    if (!hit) { problems.push(`paragraph out of order or not in page: ${JSON.stringify(p.slice(0, 30))}`); continue; }
    if (firstPara === null) firstPara = hit[0];
    pos = hit[1];
  }
  if (gold.title) {
    const hit = find(seq, norm(gold.title), 0);
    if (!hit) problems.push(`title not in page: ${JSON.stringify(gold.title)}`);
    else if (firstPara !== null && hit[0] > firstPara) problems.push('title first occurs after the first paragraph');
  }
  const joined = gold.paragraphs.map(norm).join('\u0001');
  let opos = 0;
  for (const o of gold.outline) {
    const needle = norm(o.marker) + norm(o.text);
    const k = joined.indexOf(needle, opos);
    if (!norm(o.marker) || !norm(o.text)) problems.push(`empty outline marker or text: ${JSON.stringify(o)}`);
    if (k < 0) problems.push(`outline item not found in order: ${o.marker}${o.text.slice(0, 12)}`);
    else opos = k + 1;
    if (!(Number.isInteger(o.level) && o.level >= 1 && o.level <= 6)) problems.push(`bad level ${JSON.stringify(o)}`);
    if ('optional' in o && typeof o.optional !== 'boolean') problems.push(`optional must be boolean: ${JSON.stringify(o)}`);
  }
  return problems;
}

const roots = process.argv.slice(2);
if (!roots.length) { console.error('usage: check-holdout-gold.mjs CASE_OR_ROOT...'); process.exit(2); }
const dirs = roots.flatMap(caseDirs);
let count = 0;
for (const d of dirs) {
  const problems = check(d);
  count += problems.length;
  if (problems.length) console.log(`${d.split('/').pop()}:\n  ${problems.join('\n  ')}`);
}
console.log(`${dirs.length} cases, ${count} problems`);
process.exit(count ? 1 : 0);
