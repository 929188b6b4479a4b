// Some pages put their watermark back after it is removed. This watches the article and asks
// for a re-clean of what changed, debounced, and gives up when the page keeps fighting: after
// `maxRunsPerMinute` re-cleans within a minute it stops for good — better one watermark left
// than a loop of rewrites burning the reader's CPU.

export interface Scheduler {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export interface ReinsertionWatchOptions {
  debounceMs?: number;
  maxRunsPerMinute?: number;
  scheduler?: Scheduler;
}

export interface ReinsertionWatch {
  /** Runs our own DOM changes without seeing them as the page's. */
  withoutObserving<T>(change: () => T): T;
  stop(): void;
  readonly stopped: boolean;
  readonly runs: number;
}

const MINUTE_MS = 60_000;

export function watchReinsertions(
  win: Window & typeof globalThis,
  target: Node,
  onChanged: (touched: Node[]) => void,
  options: ReinsertionWatchOptions = {},
): ReinsertionWatch {
  const debounceMs = options.debounceMs ?? 400;
  const maxRuns = options.maxRunsPerMinute ?? 5;
  const scheduler: Scheduler = options.scheduler ?? {
    setTimeout: (callback, ms) => win.setTimeout(callback, ms),
    clearTimeout: (handle) => win.clearTimeout(handle as number),
    now: () => Date.now(),
  };
  const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

  let touched: Node[] = [];
  let timer: unknown;
  let stopped = false;
  const runTimes: number[] = [];
  let totalRuns = 0;

  const flush = (): void => {
    timer = undefined;
    const nodes = touched.filter((node) => node.isConnected);
    touched = [];
    if (stopped || nodes.length === 0) return;
    const now = scheduler.now();
    while (runTimes.length && now - runTimes[0]! >= MINUTE_MS) runTimes.shift();
    if (runTimes.length >= maxRuns) {
      watch.stop();
      return;
    }
    runTimes.push(now);
    totalRuns++;
    onChanged(nodes);
  };

  const collect = (records: MutationRecord[]): void => {
    for (const record of records) {
      if (record.type === 'characterData') touched.push(record.target);
      else record.addedNodes.forEach((node) => touched.push(node));
    }
    if (touched.length === 0) return;
    if (timer !== undefined) scheduler.clearTimeout(timer);
    timer = scheduler.setTimeout(flush, debounceMs);
  };
  const observer = new win.MutationObserver(collect);
  observer.observe(target, OBSERVE);

  const watch: ReinsertionWatch = {
    withoutObserving(change) {
      if (stopped) return change();
      // the page's changes queued so far still count; ours, made while disconnected, do not
      collect(observer.takeRecords());
      observer.disconnect();
      try {
        return change();
      } finally {
        observer.observe(target, OBSERVE);
      }
    },
    stop() {
      stopped = true;
      observer.disconnect();
      if (timer !== undefined) scheduler.clearTimeout(timer);
      timer = undefined;
      touched = [];
    },
    get stopped() {
      return stopped;
    },
    get runs() {
      return totalRuns;
    },
  };
  return watch;
}
