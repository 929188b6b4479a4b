// Every regular expression in src/ is checked for super-linear matching (ReDoS) by recheck:
// the literals, found by parsing the sources, and the ones built at run time, caught as the
// engine runs on the seeds, the saved texts and the saved pages (every construction site in the
// sources must be seen built). A pattern recheck calls vulnerable, or cannot decide on, is
// either rewritten or listed in bounded-patterns.ts with the reason its time stays bounded on
// what can reach it — and that reason is proved here: recheck's own attack string, pumped to
// about 100 KB, is fed to the code that runs the pattern, which must finish (a hang is caught by
// the test's time limit) and only ever remove text.
// Run by `npm run test:redos` (part of `npm test`); not in the default Vitest run, as recheck
// takes minutes over some 1,200 patterns on a fresh checkout (its verdicts are cached after).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOUNDED_PATTERNS, type BoundedPattern } from './bounded-patterns';
import { regexesInSources, type RegexConstruction } from './regex-sources';
import { catchRegexConstructions, type BuiltRegex } from './run-time-regexes';
import { verdictOf, type Verdict } from './recheck-cache';

const ROOT = join(__dirname, '../..');
const SHARED = join(ROOT, '../shared');
const RECHECK_TIMEOUT_MS = 10_000;
const PROOF_SIZE = 100_000;

/** Construction sites that never run a pattern on text, with the reason. */
const NOT_RUN: Record<string, string> = {
  'src/core/user-rules.ts': "isJavaScriptRegex compiles the user's pattern to tell bad syntax from syntax RE2 lacks; it is never run",
};

interface Pattern {
  source: string;
  flags: string;
  /** file:line of each place it is written or built */
  sites: string[];
  /** the names it is built under at run time (RegexConstruction.name) */
  names: string[];
}

const { literals, constructions } = regexesInSources();
let built: BuiltRegex[] = [];
let patterns: Pattern[] = [];
const verdicts = new Map<Pattern, Verdict>();

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

beforeAll(async () => {
  const catcher = catchRegexConstructions(ROOT);
  try {
    // every file that builds a RegExp, loaded while RegExp is wrapped, then the engine run on real input
    for (const file of new Set(constructions.map((c) => c.file))) await import(/* @vite-ignore */ join(ROOT, file));
    const { analyzeText } = await import('../../src/core/index');
    const { analyzeInput } = await import('../../src/cli/analyze-input');
    const { compileUserRules } = await import('../../src/core/user-rules');
    const { textMayHoldSpeech } = await import('../../src/core/speech-sniff');
    const texts = [...filesUnder(join(SHARED, 'fixtures/seeds'), /\.txt$/), ...filesUnder(join(ROOT, 'test/texts'), /\.txt$/)];
    // the line rules' dispatched union, on every line (the analysis asks it only of some)
    const { mayMatchLineRule: anyLineRule } = await import('../../src/core/rules/any-line-rule');
    for (const file of texts) {
      const text = readFileSync(file, 'utf8');
      analyzeText(text);
      textMayHoldSpeech(text); // the content script's first stage asks this before the engine loads
      for (const line of text.split('\n')) anyLineRule(line.trim());
    }
    for (const page of filesUnder(join(ROOT, 'test/pages'), /^page\.html$/)) {
      const gold = JSON.parse(readFileSync(join(page, '../gold.json'), 'utf8')) as { host?: string };
      analyzeInput('page.html', readFileSync(page), gold.host ? { host: gold.host } : {});
    }
    compileUserRules([{ pattern: '(?<=本文)来自', regex: true }]);
    // a page's planted brands, compiled into one pattern per page that names them (no saved text is a hijacked page)
    const { plantedBrandsOf } = await import('../../src/core/planted-brand');
    plantedBrandsOf(['K星体育同学们:', '结识一位K星体育良师益友。', '让书香K星体育,伴随我们成长。']);
  } finally {
    catcher.stop();
  }
  built = catcher.built;
  const byKey = new Map<string, Pattern>();
  const add = (source: string, flags: string, site: string, name?: string) => {
    const key = `${flags}\u0000${source}`;
    const pattern = byKey.get(key) ?? { source, flags, sites: [], names: [] };
    if (!pattern.sites.includes(site)) pattern.sites.push(site);
    if (name && !pattern.names.includes(name)) pattern.names.push(name);
    byKey.set(key, pattern);
  };
  const constructionAt = new Map(constructions.map((c) => [siteKey(c), c]));
  for (const l of literals) add(l.source, l.flags, `${l.file}:${l.line}`);
  for (const b of built) if (!NOT_RUN[b.site.replace(/:\d+$/, '')]) add(b.source, b.flags, b.site, constructionAt.get(b.site)?.name);
  patterns = [...byKey.values()];
  // one at a time: recheck's fuzzer and its time limit make its verdicts depend on the CPU it gets, and
  // two checks side by side (one per core) turned patterns it calls linear alone into timeouts and finds
  for (const pattern of patterns) verdicts.set(pattern, await verdictOf(pattern.source, pattern.flags, RECHECK_TIMEOUT_MS));
}, 1_800_000);

afterAll(() => {
  const flagged = patterns.filter((p) => verdicts.get(p)!.status !== 'safe');
  // QINGGAO_REDOS_REPORT=FILE writes the flagged patterns as JSON (a start for bounded-patterns.ts)
  const report = process.env.QINGGAO_REDOS_REPORT;
  if (report) writeFileSync(report, JSON.stringify(flagged.map((p) => ({ ...p, verdict: verdicts.get(p) })), null, 1));
  console.log(`${literals.length} literals, ${built.length} built at run time, ${patterns.length} distinct patterns; ${flagged.length} flagged, ${BOUNDED_PATTERNS.length} listed with a bound`);
});

const siteKey = (c: RegexConstruction) => `${c.file}:${c.line}`;

describe('every regular expression in src/', () => {
  it('is found: literals by parsing, and every place a RegExp is built was seen building one', () => {
    expect(literals.length).toBeGreaterThan(300);
    const seen = new Set(built.map((b) => b.site));
    const unseen = constructions.filter((c) => !seen.has(siteKey(c)) && !NOT_RUN[c.file]).map((c) => `${siteKey(c)} ${c.text}`);
    expect(unseen, 'built somewhere the run above never reached: add an input that reaches it').toEqual([]);
  });

  it('is linear for recheck, has bounded repetition only, or is listed in bounded-patterns.ts with its bound', () => {
    const unlisted = patterns
      .filter((p) => verdicts.get(p)!.status !== 'safe' && !boundOf(p) && !repetitionIsBounded(p.source))
      .map((p) => `${p.sites.join(', ')}${p.names.length ? ` (${p.names.join(', ')})` : ''}: /${p.source}/${p.flags} — ${verdicts.get(p)!.complexity ?? verdicts.get(p)!.error}`);
    expect(unlisted).toEqual([]);
  });

  // (one recheck finds linear stays listed: whether it decides in time depends on the machine)
  it('lists no bound for a pattern that is gone', () => {
    const listed = BOUNDED_PATTERNS.filter((b) => !patterns.some((p) => matchesBound(p, b)));
    expect(listed.map((b) => `${b.file}: ${b.built ?? b.source}`)).toEqual([]);
  });
});

/** No *, + or {n,} anywhere (a character class's * or + counts too: on the safe side). From any
 * start such a pattern reads a stretch bounded by its counts, so its time is linear in the text;
 * recheck's fuzzer, which treats counts as unbounded, may still call it polynomial. Its worst
 * case is proved below all the same. */
function repetitionIsBounded(source: string): boolean {
  return !/(?<!\\)[*+]|\{\d+,\}/.test(source);
}

function matchesBound(pattern: Pattern, bound: BoundedPattern): boolean {
  if (!pattern.sites.some((s) => s.startsWith(`${bound.file}:`))) return false;
  return bound.built !== undefined ? pattern.names.includes(bound.built) : pattern.source === bound.source;
}

function boundOf(pattern: Pattern): BoundedPattern | undefined {
  return BOUNDED_PATTERNS.find((b) => matchesBound(pattern, b));
}

/** recheck's attack pumped to about `size` characters; for an undecided pattern, its own characters repeated. */
function worstCase(pattern: Pattern, size: number): string {
  const attack = verdicts.get(pattern)!.attack;
  if (!attack) {
    const chars = [...new Set(pattern.source.replace(/\\[dswDSWbB]|[\\^$.*+?()[\]{}|]/g, ''))].join('') || 'a';
    return chars.repeat(Math.ceil(size / chars.length));
  }
  const unit = attack.pumps.reduce((n, p) => n + p.pump.length, 0) || 1;
  const times = Math.ceil(size / unit);
  return attack.pumps.map((p) => p.prefix + p.pump.repeat(times)).join('') + attack.suffix;
}

const bare = (s: string) => s.replace(/\s+/g, '');

function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const ch of needle) {
    at = haystack.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

async function provedOn(file: string, attack: string): Promise<void> {
  const { analyzeText } = await import('../../src/core/index');
  const { analyzeInput } = await import('../../src/cli/analyze-input');
  if (file.startsWith('src/core/')) {
    const analysis = analyzeText(attack);
    expect(isSubsequence(bare(analysis.title + analysis.paragraphs.join('')), bare(attack)), file).toBe(true);
  } else {
    const escaped = attack.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
    const page = `<!doctype html><html><head><meta charset="utf-8"><title>${escaped}</title><style>p{color:#000}</style></head><body><h1>${escaped}</h1><div class="content"><p style="font-size:${escaped}">${escaped}</p><p>同志们，今天我们召开会议。</p></div></body></html>`;
    const analysis = analyzeInput('page.html', new TextEncoder().encode(page));
    expect(analysis.paragraphs.join(''), file).toContain('同志们，今天我们召开会议。');
  }
}

describe('patterns with bounded repetition only that recheck flags', () => {
  it('each finishes on the worst case recheck found (pumped to ~100 KB), through the engine', async () => {
    const flagged = patterns.filter((p) => verdicts.get(p)!.status !== 'safe' && !boundOf(p) && repetitionIsBounded(p.source));
    for (const pattern of flagged) await provedOn(pattern.sites[0]!, worstCase(pattern, PROOF_SIZE));
  }, 600_000);
});

describe('each listed bound, proved on the worst case recheck found (pumped to ~100 KB)', () => {
  it.each(BOUNDED_PATTERNS.map((b, i) => [`${b.file}: ${(b.built ?? b.source ?? '').slice(0, 60)}`, i]))('%s', async (_name, index) => {
    const bound = BOUNDED_PATTERNS[index as number]!;
    expect(bound.why.length, 'a bound says why').toBeGreaterThan(20);
    const pattern = patterns.find((p) => matchesBound(p, bound));
    if (!pattern) return; // reported by the test above
    await provedOn(bound.file, worstCase(pattern, PROOF_SIZE));
  });
});
