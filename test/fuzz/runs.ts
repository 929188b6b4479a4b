// How many runs a fuzz property makes: QINGGAO_FUZZ_RUNS when set, else 10,000 on CI (CI=true)
// and a few hundred locally, so `vitest run` stays quick while CI searches wide.
const LOCAL_RUNS = 300;
const CI_RUNS = 10_000;

export function fuzzRuns(share = 1): number {
  const fromEnv = Number.parseInt(process.env.QINGGAO_FUZZ_RUNS ?? '', 10);
  const runs = Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : process.env.CI === 'true' ? CI_RUNS : LOCAL_RUNS;
  return Math.max(1, Math.round(runs * share));
}

/** A time limit for a fuzz test that grows with its runs (ms; vitest's default is 30 s). */
export function fuzzTimeout(msPerRun: number): number {
  return Math.max(30_000, fuzzRuns() * msPerRun);
}
