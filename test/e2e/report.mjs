// One line per check ("PASS …", "FAIL … — why", "SKIP … — why") and the totals line the
// runner ends with. A check is an async function that throws to fail; its error message is
// the "why", so assertions say what they saw.

export class CheckFailure extends Error {}

/** Throws a CheckFailure with `message` unless `condition` holds. */
export function assert(condition, message) {
  if (!condition) throw new CheckFailure(typeof message === 'function' ? message() : message);
}

/** Rejects with a message naming `label` when `promise` takes longer than `ms`. */
export function withTimeout(promise, ms, label) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new CheckFailure(`${label}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function createReport(log = (line) => console.log(line)) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  /** @type {Map<string, { passed: number, failed: number, skipped: number }>} */
  const bySuite = new Map();
  /** @type {{ name: string, detail: string }[]} */
  const failures = [];

  const tally = (suite, key) => {
    counts[key]++;
    const entry = bySuite.get(suite) ?? { passed: 0, failed: 0, skipped: 0 };
    entry[key]++;
    bySuite.set(suite, entry);
  };
  const oneLine = (text) => String(text).replace(/\s+/g, ' ').trim().slice(0, 600);

  return {
    counts,
    bySuite,
    failures,
    /** Runs one check; never throws. Returns whether it passed. */
    async check(suite, name, run) {
      const label = `[${suite}] ${name}`;
      const started = Date.now();
      // slow checks say how slow, so a creeping run time can be traced to its step
      const took = () => (Date.now() - started >= 2000 ? ` (${((Date.now() - started) / 1000).toFixed(1)} s)` : '');
      try {
        await run();
        tally(suite, 'passed');
        log(`PASS ${label}${took()}`);
        return true;
      } catch (error) {
        const detail = oneLine(error instanceof Error ? error.message : error);
        tally(suite, 'failed');
        failures.push({ name: label, detail });
        log(`FAIL ${label}${took()} — ${detail}`);
        return false;
      }
    },
    /** A check that could not run; counted as failed when `asFailure` (CI), else as skipped. */
    skip(suite, name, reason, asFailure = false) {
      const label = `[${suite}] ${name}`;
      if (asFailure) {
        tally(suite, 'failed');
        failures.push({ name: label, detail: reason });
        log(`FAIL ${label} — ${reason}`);
      } else {
        tally(suite, 'skipped');
        log(`SKIP ${label} — ${reason}`);
      }
    },
    note(text) {
      log(`     ${text}`);
    },
    /** the last line of the run, alone on its line */
    totalsLine() {
      return `${counts.passed} passed, ${counts.failed} failed`;
    },
  };
}
