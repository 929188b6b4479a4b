// Loads the built command (dist/cli: CommonJS files) with V8's code cache. A one-file call is
// short, so compiling the command's JavaScript again on every call was a good part of it. Each
// file is compiled as a vm.Script with the cache data a previous call left; after the run, a
// file that had no usable cache gets one (taken then, so it holds the functions the run used).
// The cache is only ever a speed-up: it is read only when its name matches the file's content
// (a SHA-256 of the text, with Node's version: V8 itself checks no more than the length), V8
// refuses data of another version or flags, and any failure to read or write it is ignored.
// Written through a temporary file and a rename, so concurrent calls never see half a file.
import { createRequire } from 'node:module';

// Required, not imported (an ES import of a built-in module reads all its exports, which loads
// what fs and crypto keep lazy: streams, webcrypto — milliseconds on every call).
const builtin = createRequire(import.meta.url);
const { createHash } = builtin('node:crypto');
const { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } = builtin('node:fs');
const { homedir } = builtin('node:os');
const { basename, dirname, isAbsolute, join, resolve } = builtin('node:path');
const { Script } = builtin('node:vm');

/**
 * Where the cache lives: the user's own cache folder ($XDG_CACHE_HOME, else ~/.cache), never the
 * repository; undefined (no cache) when there is none — os.homedir() throws when HOME is unset
 * and the user has no passwd entry (a sandboxed run), and a relative path would land in the
 * working directory.
 */
export function cacheDirectory(env = process.env, home = homedir) {
  const base = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : homeCache(home);
  return base === undefined ? undefined : join(base, 'qinggao', 'code-cache');
}

function homeCache(home) {
  try {
    const folder = home();
    return isAbsolute(folder) ? join(folder, '.cache') : undefined;
  } catch {
    return undefined;
  }
}

/** The cache file of one script text: its name says which text and which Node it was made for. */
export function cacheFileOf(directory, file, source) {
  const key = createHash('sha256').update(source).update(`\0${process.version}\0${process.arch}`).digest('hex').slice(0, 32);
  return join(directory, `${basename(file)}.${key}.bin`);
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
    const source = readFileSync(file, 'utf8');
    const cacheFile = cacheDir === undefined ? undefined : cacheFileOf(cacheDir, file, source);
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
      const path = join(directory, name);
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
