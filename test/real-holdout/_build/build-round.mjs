// Shared by every holdout round: writes NN-slug/gold.json, derived from NN-slug/page.txt through
// the steps in the round's _build/specs.mjs, then runs scripts/check-holdout-gold.mjs on the round.
// page.txt itself is never written here (see ../README.md for how it was made).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** @param {string} round the round's folder  @param {Record<string, any>} specs its specs */
export function buildRound(round, specs) {
  let bad = 0;
  const slugs = Object.keys(specs).sort();
  for (const slug of slugs) {
    const s = specs[slug];
    const pagePath = join(round, slug, 'page.txt');
    if (!existsSync(pagePath)) { console.log(`${slug}: no page.txt`); bad++; continue; }
    const page = readFileSync(pagePath, 'utf8');
    const problems = [];
    const gold = { source: s.source, host: new URL(s.source).host, isSpeech: s.isSpeech, title: s.title, noise: [], paragraphs: [], outline: [] };
    if (s.isSpeech) {
      let text = page;
      for (const [from, to] of s.replace ?? []) {
        if (!text.includes(from)) problems.push(`replace not found: ${JSON.stringify(from)}`);
        text = text.split(from).join(to);
      }
      const noise = [...s.noise];
      for (const rx of s.regexCut ?? []) {
        const re = new RegExp(rx, 'g');
        const hits = [...new Set(text.match(re) ?? [])];
        if (!hits.length) problems.push(`regex matched nothing: ${rx}`);
        for (const h of hits) if (!noise.includes(h)) noise.push(h);
        text = text.replace(re, '');
      }
      // Hard wraps (PDF text in a document viewer): the lines from the one starting with `from` to the
      // one ending with `to` are one paragraph; their line breaks go.
      for (const [from, to] of s.join ?? []) {
        const a = text.indexOf(from), b = a < 0 ? -1 : text.indexOf(to, a);
        if (a < 0 || b < 0) { problems.push(`join not found: ${JSON.stringify(from)} … ${JSON.stringify(to)}`); continue; }
        text = text.slice(0, a) + text.slice(a, b).replace(/\n/g, '') + text.slice(b);
      }
      const drop = new Set(s.dropLines ?? []);
      const used = new Set();
      for (const line of text.split('\n')) {
        const t = line.trim();
        if (!t) continue;
        if (drop.has(t)) { used.add(t); continue; }
        gold.paragraphs.push(t);
      }
      for (const d of drop) if (!used.has(d)) problems.push(`drop line not found: ${JSON.stringify(d)}`);
      gold.noise = noise;
      gold.outline = s.outline;
    }
    writeFileSync(join(round, slug, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
    if (problems.length) { bad++; console.log(`${slug}:\n  ${problems.join('\n  ')}`); }
  }
  console.log(`${slugs.length} specs, ${bad} with build problems`);
  execFileSync('node', [resolve(round, '../../../scripts/check-holdout-gold.mjs'), round], { stdio: 'inherit' });
}
