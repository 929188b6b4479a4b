// Some pages put their watermark back after it is removed, and some keep adding to the article
// (infinite scroll, a live ticker). This watches the article and asks for a re-clean of what
// changed. Two bounds keep it from fighting the page or burning the reader's CPU, and neither
// gives up for good:
// - a burst of changes is gathered for `delayMs` from its first change, not from its last, so a
//   page that changes every 100 ms still gets its new content cleaned as it arrives;
// - re-cleaning may take at most `workShare` of the main thread's time: after a run of w ms the
//   next one waits w × (1/share − 1) (200 ms of work per second at the default share).
// Nodes the page adds and drops again while a run waits are let go as they pile up.

export interface Scheduler {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export interface ReinsertionWatchOptions {
  /** how long changes gather after the first one of a burst before they are cleaned */
  delayMs?: number;
  /** the share of time re-cleaning may use (0–1): the work bound per second */
  workShare?: number;
  scheduler?: Scheduler;
}

export interface ReinsertionWatch {
  /** Runs our own DOM changes without seeing them as the page's. */
  withoutObserving<T>(change: () => T): T;
  stop(): void;
  readonly stopped: boolean;
  readonly runs: number;
  /** main-thread time spent re-cleaning so far, in ms */
  readonly workMs: number;
  /** changed nodes held for the next run */
  readonly pending: number;
}

export const DEFAULT_DELAY_MS = 250;
export const DEFAULT_WORK_SHARE = 0.2;
/** above this many held nodes, those the page dropped again are let go */
const COMPACT_ABOVE = 256;

export function watchReinsertions(
  win: Window & typeof globalThis,
  target: Node,
  /** may be async: the next run waits for it, and its whole time counts as work */
  onChanged: (touched: Node[]) => void | Promise<void>,
  options: ReinsertionWatchOptions = {},
): ReinsertionWatch {
  const delayMs = options.delayMs ?? DEFAULT_DELAY_MS;
  const share = Math.min(1, Math.max(0.01, options.workShare ?? DEFAULT_WORK_SHARE));
  const scheduler: Scheduler = options.scheduler ?? {
    setTimeout: (callback, ms) => win.setTimeout(callback, ms),
    clearTimeout: (handle) => win.clearTimeout(handle as number),
    now: () => win.performance.now(),
  };
  const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

  let touched = new Set<Node>();
  let timer: unknown;
  let stopped = false;
  /** the earliest time the next run may start (the work bound) */
  let readyAt = -Infinity;
  let totalRuns = 0;
  let workMs = 0;

  /** a run under way (an async one may span several tasks): the next waits for it */
  let running = false;
  /** inside the synchronous part of a run (its time is counted there) */
  let inRunCall = false;
  /** main-thread time of the run under way: its synchronous part and its unobserved changes */
  let runWork = 0;

  const finish = (): void => {
    workMs += runWork;
    totalRuns++;
    readyAt = scheduler.now() + runWork * (1 / share - 1);
    running = false;
    schedule();
  };

  const flush = (): void => {
    timer = undefined;
    const nodes = outermost(touched);
    touched = new Set();
    if (stopped || nodes.length === 0) return;
    running = true;
    runWork = 0;
    inRunCall = true;
    const started = scheduler.now();
    let outcome: void | Promise<void>;
    try {
      outcome = onChanged(nodes);
    } catch (error) {
      inRunCall = false;
      runWork += Math.max(0, scheduler.now() - started);
      finish();
      throw error;
    }
    inRunCall = false;
    runWork += Math.max(0, scheduler.now() - started);
    // an async run's waiting (the analysis done elsewhere, yields to the page) is no work here
    if (outcome instanceof Promise) outcome.then(finish, finish);
    else finish();
  };

  const schedule = (): void => {
    if (timer !== undefined || running || stopped || touched.size === 0) return;
    timer = scheduler.setTimeout(flush, Math.max(delayMs, readyAt - scheduler.now()));
  };

  const collect = (records: MutationRecord[]): void => {
    for (const record of records) {
      if (record.type === 'characterData') touched.add(record.target);
      else record.addedNodes.forEach((node) => touched.add(node));
    }
    if (touched.size > COMPACT_ABOVE) touched = new Set([...touched].filter((node) => node.isConnected));
    schedule();
  };
  const observer = new win.MutationObserver(collect);
  observer.observe(target, OBSERVE);

  const watch: ReinsertionWatch = {
    withoutObserving(change) {
      if (stopped) return change();
      // the page's changes queued so far still count; ours, made while disconnected, do not
      collect(observer.takeRecords());
      observer.disconnect();
      const started = scheduler.now();
      try {
        return change();
      } finally {
        if (running && !inRunCall) runWork += Math.max(0, scheduler.now() - started);
        observer.observe(target, OBSERVE);
      }
    },
    stop() {
      stopped = true;
      observer.disconnect();
      if (timer !== undefined) scheduler.clearTimeout(timer);
      timer = undefined;
      touched = new Set();
    },
    get stopped() {
      return stopped;
    },
    get runs() {
      return totalRuns;
    },
    get workMs() {
      return workMs;
    },
    get pending() {
      return touched.size;
    },
  };
  return watch;
}

/** The connected nodes of the set that no other node of the set contains. */
function outermost(nodes: Set<Node>): Node[] {
  const result: Node[] = [];
  for (const node of nodes) {
    if (!node.isConnected) continue;
    let inside = false;
    for (let up = node.parentNode; up && !inside; up = up.parentNode) inside = nodes.has(up);
    if (!inside) result.push(node);
  }
  return result;
}
