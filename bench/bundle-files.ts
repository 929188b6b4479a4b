// Which built files each extension part loads: from the manifest's entries, follow every file a
// JS file names (static and dynamic imports, CRXJS loaders' runtime.getURL, preload lists) and
// every script and stylesheet a page links. Paths are relative to the extension's root.
import { posix } from 'node:path';

export interface FileReader {
  exists(path: string): boolean;
  read(path: string): string;
}

/** String literals that name a .js/.mjs/.css file; only those that exist in the build count. */
const FILE_LITERAL = /["'`]([^"'`\s<>()]+?\.(?:m?js|css))(?:\?[^"'`]*)?["'`]/g;
const HTML_ASSET = /<(?:script|link)\b[^>]*?\b(?:src|href)\s*=\s*["']([^"']+)["'][^>]*>/gi;

function candidates(spec: string, from: string): string[] {
  if (/^[a-z-]+:/i.test(spec)) return []; // http:, data:, chrome-extension: …
  const clean = spec.split(/[?#]/)[0]!;
  const relative = posix.normalize(posix.join(posix.dirname(from), clean));
  if (clean.startsWith('./') || clean.startsWith('../')) return [relative];
  return [posix.normalize(clean.replace(/^\/+/, '')), relative];
}

/** What comes right before a dynamic import's file name: `import(` (a chunk loaded on demand). */
const DYNAMIC_IMPORT_BEFORE = /\bimport\(\s*$/;
/** Vite's preload list (`m.f||(m.f=["assets/a.js", …])`): the chunks a dynamic import brings with it,
 * fetched when that import runs, never at first paint. */
const PRELOAD_LIST = /__vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=\[[^\]]*\]/g;

function preloadRanges(text: string): [number, number][] {
  return [...text.matchAll(PRELOAD_LIST)].map((m) => [m.index, m.index + m[0].length]);
}

export interface ReachOptions {
  /** follow `import("./chunk.js")` too (default): false gives what a page loads before it first paints */
  dynamicImports?: boolean;
}

function referencedFiles(path: string, reader: FileReader, options: ReachOptions): string[] {
  if (path.endsWith('.css')) return [];
  const text = reader.read(path);
  const pattern = path.endsWith('.html') ? HTML_ASSET : FILE_LITERAL;
  const found: string[] = [];
  const preloads = options.dynamicImports === false && !path.endsWith('.html') ? preloadRanges(text) : [];
  for (const match of text.matchAll(pattern)) {
    const spec = match[1]!;
    if (path.endsWith('.html') && !/\.(?:m?js|css)(?:[?#].*)?$/.test(spec)) continue;
    if (options.dynamicImports === false && DYNAMIC_IMPORT_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    if (preloads.some(([start, end]) => match.index >= start && match.index < end)) continue;
    const hit = candidates(spec, path).find((candidate) => candidate !== path && reader.exists(candidate));
    if (hit) found.push(hit);
  }
  return found;
}

/** Every file reachable from `entries`, entries included, in discovery order. */
export function reachableFiles(entries: string[], reader: FileReader, options: ReachOptions = {}): string[] {
  const seen = new Set<string>();
  const queue = entries.map((entry) => posix.normalize(entry.replace(/^\/+/, ''))).filter((e) => reader.exists(e));
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    queue.push(...referencedFiles(path, reader, options).filter((p) => !seen.has(p)));
  }
  return [...seen];
}

export interface ManifestParts {
  contentScripts: string[];
  background: string[];
  popup: string[];
}

interface ManifestShape {
  content_scripts?: { js?: string[]; css?: string[] }[];
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  action?: { default_popup?: string };
}

/** The entry files of each part, as the manifest names them. */
export function manifestParts(manifest: ManifestShape): ManifestParts {
  const background = manifest.background;
  return {
    contentScripts: (manifest.content_scripts ?? []).flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]),
    background: [
      ...(background?.service_worker ? [background.service_worker] : []),
      ...(background?.scripts ?? []),
      ...(background?.page ? [background.page] : []),
    ],
    popup: manifest.action?.default_popup ? [manifest.action.default_popup] : [],
  };
}
