#!/usr/bin/env node
// The hosts a new holdout page must not stand on, one per line: every gold file's host (the holdout
// rounds, test/pages, the shared corpora) and every host a round's specs name — the pages each part
// looked at and left, as template twins, as used or as not needed. A host named there is checked
// by reading what the round said of it (`grep -rn <host> test/real-holdout/round-*/_build`).
//   node scripts/holdout-hosts.mjs > used-hosts.txt
//   node scripts/holdout-hosts.mjs --check host [host...]   which of these hosts (or their base domains) are named, and where
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.QINGGAO_SHARED ?? join(root, '..', 'shared'));

/** Second-level labels under which a registrable domain takes three labels ("example.com.cn"). */
const SECOND_LEVEL = new Set(['com', 'net', 'org', 'gov', 'edu', 'ac', 'co']);
/** Platforms whose subdomains are sites of their own. */
const PLATFORMS = new Set(['blogspot.com', 'github.io', 'wordpress.com', 'sina.com.cn', 'meipian.cn']);

export function baseDomain(host) {
  // an address is its own site, whatever port it serves on ("218.28.6.71:81")
  const address = IPV4.exec(host);
  if (address) return address[1];
  const labels = host.toLowerCase().replace(/:\d+$/, '').split('.');
  const base = labels.slice(labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2]) ? -3 : -2).join('.');
  return PLATFORMS.has(base) || /^(?:gov|edu|org|com|net)\.(?:cn|tw|hk)$/.test(base) ? host.toLowerCase() : base;
}

const IPV4 = /^(\d{1,3}(?:\.\d{1,3}){3})(?::\d+)?$/;

/** Where each host is named: gold files by host, specs files by any host-shaped word. */
function namedHosts() {
  const named = new Map();
  const add = (host, where) => {
    const key = host.toLowerCase().replace(/^www\./, '');
    if (!named.has(key)) named.set(key, new Set());
    named.get(key).add(where);
  };
  const walk = (dir, visit) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      // (a round being made stands in _staging-N: its own hosts are not "named before")
      if (!entry.isDirectory()) visit(path, entry.name);
      else if (!entry.name.startsWith('_staging')) walk(path, visit);
    }
  };
  const HOST_WORD = /(?<![\w.-])(?:[a-z0-9-]+\.)+(?:com|net|org|co|cn|cc|tw|hk|top|vip|xyz|info|me|io|wang|club|site|online|mobi|la|tv|us|uk|jp|kr|de|fr|ru|shop|store|work|ink|pub|red|link|live|asia|biz|limo)(?![\w-])/gi;
  // (an address, with its port or without, is named by its digits)
  const ADDRESS_WORD = /(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.])/g;
  for (const dir of [join(root, 'test'), join(shared, 'corpus'), join(shared, 'fixtures')]) {
    walk(dir, (path, name) => {
      if (name === 'gold.json' || name.endsWith('.expected.json')) {
        try {
          const gold = JSON.parse(readFileSync(path, 'utf8'));
          if (typeof gold.host === 'string') add(gold.host, path.replace(`${root}/`, ''));
        } catch {
          // not a gold file this script reads
        }
      } else if (/^specs(?:-[a-z])?\.(?:mjs|py)$/.test(name) || /^specs_.*\.py$/.test(name)) {
        const text = readFileSync(path, 'utf8');
        for (const m of text.matchAll(HOST_WORD)) add(m[0], path.replace(`${root}/`, ''));
        for (const m of text.matchAll(ADDRESS_WORD)) add(m[0], path.replace(`${root}/`, ''));
      }
    });
  }
  return named;
}

const args = process.argv.slice(2);
const named = namedHosts();
if (args[0] === '--check') {
  const byBase = new Map();
  for (const [host, where] of named) {
    const base = baseDomain(host);
    if (!byBase.has(base)) byBase.set(base, []);
    byBase.get(base).push([host, where]);
  }
  let found = 0;
  for (const host of args.slice(1)) {
    const hits = byBase.get(baseDomain(host.replace(/^www\./, ''))) ?? [];
    if (!hits.length) continue;
    found++;
    console.log(`${host}: named as ${hits.map(([h, where]) => `${h} (${[...where].slice(0, 3).join(', ')}${where.size > 3 ? ', …' : ''})`).join('; ')}`);
  }
  console.log(`${found} of ${args.length - 1} hosts named before`);
} else {
  console.log([...named.keys()].sort().join('\n'));
}
