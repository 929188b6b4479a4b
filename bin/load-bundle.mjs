// Loads the built command (dist/cli: CommonJS files) with V8's code cache. A one-file call is
// short, so compiling the command's JavaScript again on every call was a good part of it. Each
// file is compiled as a vm.Script with the cache data a previous call left; after the run, a
// file that had no usable cache gets one (taken then, so it holds the functions the run used).
// The cache is only ever a speed-up: it is read only when its name matches the version of the
// file that was read — a CRC-32 of its bytes, their length, and the file's device, inode and
// last modification and change times, all from the one open file —, with Node's version (V8
// itself checks no more than the length), V8 refuses data of another version or flags, and any
// failure to read or write it is ignored. (The name was a SHA-256 of the text: node:crypto,
// loaded for it on every call, cost about a quarter of a bare node start; zlib's CRC-32, which
// Node's own compile cache uses, less than half of that.)
// Written through a temporary file and a rename, so concurrent calls never see half a file.
import { createRequire } from 'node:module';

// Required, not imported (an ES import of a built-in module reads all its exports, which loads
// what fs keeps lazy: its streams — milliseconds on every call).
const builtin = createRequire(import.meta.url);
const { closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } =
  builtin('node:fs');
const { homedir } = builtin('node:os');
const { basename, dirname, isAbsolute, resolve, sep } = builtin('node:path');
const { Script } = builtin('node:vm');

/**
 * `folder` with plain names under it, put together by hand rather than by path.join: loading
 * this ES module, Node already runs its path code over every path it resolves, and the few
 * path.join calls of a one-file call more made V8 compile path's normalizeString with its
 * optimizing compiler, about 7 ms of CPU on a second thread (node --trace-opt).
 * checkout-commit.mjs uses it too.
 */
export const inside = (folder, ...names) => names.reduce((path, name) => (path.endsWith(sep) || path.endsWith('/') ? path + name : path + sep + name), folder);

/**
 * Where the cache lives: the user's own cache folder ($XDG_CACHE_HOME, else ~/.cache), never the
 * repository; undefined (no cache) when there is none — os.homedir() throws when HOME is unset
 * and the user has no passwd entry (a sandboxed run), and a relative path would land in the
 * working directory.
 */
export function cacheDirectory(env = process.env, home = homedir) {
  const base = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : homeCache(home);
  return base === undefined ? undefined : inside(base, 'qinggao', 'code-cache');
}

function homeCache(home) {
  try {
    const folder = home();
    return isAbsolute(folder) ? inside(folder, '.cache') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The cache file of one version of a script file (`version`: what `readVersioned` says of it):
 * its name says which version and which Node it was made for.
 */
export function cacheFileOf(directory, file, version) {
  return inside(directory, `${basename(file)}.${hex128(`${version}\0${process.version}\0${process.arch}`)}.bin`);
}

/**
 * The text of `file` and its version, both from one open file so that they belong together;
 * no version (so no cache) on a Node without zlib.crc32.
 */
export function readVersioned(file) {
  const fd = openSync(file, 'r');
  try {
    const stat = fstatSync(fd, { bigint: true });
    const bytes = readFileSync(fd);
    const { crc32 } = builtin('node:zlib');
    const version =
      typeof crc32 === 'function' ? `${crc32(bytes)}:${bytes.length}:${stat.dev}:${stat.ino}:${stat.mtimeNs}:${stat.ctimeNs}` : undefined;
    return { source: decodeSource(bytes), version };
  } finally {
    closeSync(fd);
  }
}

/**
 * The build writes every non-ASCII character as an escape (vite.cli.config.ts: charset 'ascii'),
 * and ASCII bytes read as Latin-1 are the same text, made without UTF-8's decoding: a one-byte
 * string straight from the bytes. Anything else is read as UTF-8.
 */
function decodeSource(bytes) {
  const { isAscii } = builtin('node:buffer');
  return typeof isAscii === 'function' && isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** 128 bits of four seeded FNV-1a hashes of a short text, as 32 hex digits (a name, not a secret). */
function hex128(text) {
  let out = '';
  for (const seed of [0x811c9dc5, 0x050c5d1f, 0x1b873593, 0x6b43a9b5]) {
    let hash = seed;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d);
    out += ((hash ^ (hash >>> 13)) >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}

const readOrNothing = (path) => {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
};

/** Node's CommonJS wrapper, so a bundle file runs as it would under require. */
const wrap = (source) => `(function (exports, require, module, __filename, __dirname) {${source}\n})`;

/**
 * Loads `entry` and, on demand, the files it requires by a relative path (its chunks), each
 * once; Node's own modules come from Node. `cacheDir` undefined: no cache at all.
 * Returns the entry's exports and `saveCache()`, to call once the run is done.
 */
export function loadBundle(entry, cacheDir) {
  const nodeRequire = createRequire(entry);
  const loaded = new Map();

  const load = (file) => {
    const known = loaded.get(file);
    if (known) return known.module.exports;
    let source, cacheFile;
    if (cacheDir === undefined) {
      source = readFileSync(file, 'utf8');
    } else {
      const read = readVersioned(file);
      source = read.source;
      cacheFile = read.version === undefined ? undefined : cacheFileOf(cacheDir, file, read.version);
    }
    const cachedData = cacheFile === undefined ? undefined : readOrNothing(cacheFile);
    const script = new Script(wrap(source), { filename: file, cachedData });
    const record = { module: { exports: {} }, script, cacheFile, needsCache: cachedData === undefined || script.cachedDataRejected === true };
    loaded.set(file, record); // before running: a chunk may require the entry back
    const require = (specifier) => (specifier.startsWith('.') ? load(resolve(dirname(file), specifier)) : nodeRequire(specifier));
    script.runInThisContext()(record.module.exports, require, record.module, file, dirname(file));
    return record.module.exports;
  };

  const exports = load(entry);
  return {
    exports,
    saveCache() {
      const toWrite = [...loaded.values()].filter((r) => r.needsCache && r.cacheFile !== undefined);
      if (toWrite.length === 0) return;
      for (const { script, cacheFile } of toWrite) writeAtomically(cacheFile, () => script.createCachedData());
      dropOldFiles(cacheDir);
    },
  };
}

/** Each build leaves its own files: those not written for a month go (one written since is rewritten by its next call). */
const OLD_MS = 30 * 24 * 3600 * 1000;

function dropOldFiles(directory) {
  try {
    for (const name of readdirSync(directory)) {
      const path = inside(directory, name);
      if (Date.now() - statSync(path).mtimeMs > OLD_MS) unlinkSync(path);
    }
  } catch {
    // another call removed it first, or the folder cannot be read: nothing to do
  }
}

/**
 * Makes the missing folders of `path`, one by one and only a few: mkdirSync's own recursive
 * mode never returns when a parent can be neither found nor made (ENOENT under /proc, Node 20).
 */
function makeFolders(path) {
  const missing = [];
  for (let folder = path; !existsSync(folder); folder = dirname(folder)) {
    if (missing.length === 4 || dirname(folder) === folder) throw new Error(`will not make ${path}`);
    missing.unshift(folder);
  }
  for (const folder of missing) mkdirSync(folder, { mode: 0o700 });
}

function writeAtomically(path, data) {
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    makeFolders(dirname(path));
    writeFileSync(temporary, data(), { mode: 0o600 });
    renameSync(temporary, path);
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // nothing was written
    }
  }
}
