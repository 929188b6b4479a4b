// How much main-thread time a page's load spent in the extension's code, from a Chromium trace
// with V8's sampling profiler on: every CPU sample of a page renderer's main thread whose stack
// holds a chrome-extension:// frame counts (the stack stays on while a call forces style or
// layout, so that work counts too), plus V8 compiling extension scripts (not in samples).
// Measuring the content script itself keeps it apart from the page's own load, whose noise
// (hundreds of ms on a busy 2-core machine) would swamp a with/without difference of a few ms.

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  id?: string;
  /** start, µs */
  ts?: number;
  /** wall duration, µs */
  dur?: number;
  /** thread (CPU) duration, µs */
  tdur?: number;
  args?: {
    name?: string;
    data?: {
      url?: string;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string };
}

export const EXTENSION_TRACE_CATEGORIES = [
  'devtools.timeline',
  'v8.execute',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
];

const isExtensionUrl = (url: string | undefined) => !!url && url.startsWith('chrome-extension://');

/** Whether an event ran on a page renderer's main thread, by the trace's thread names. */
function rendererMainThread(events: readonly TraceEvent[]): (e: TraceEvent) => boolean {
  const threadNames = new Map<string, string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name) threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  return (e) => threadNames.get(`${e.pid}:${e.tid}`) === 'CrRendererMain';
}

export interface ExtensionTime {
  /** milliseconds of renderer main-thread time spent in extension code during the trace */
  totalMs: number;
  /** self time per function of the extension (a native call is named with its extension caller) */
  selfMs: Map<string, number>;
}

/** Renderer main-thread time spent in extension code during the trace, and where it went. */
export function extensionTime(events: readonly TraceEvent[]): ExtensionTime {
  const onRendererMain = rendererMainThread(events);

  // A profile starts with a "Profile" event on the thread it samples; its chunks come from the
  // sampler thread, so they are matched to it by process and profile id.
  const mainThreadProfiles = new Set(events.filter((e) => e.name === 'Profile' && onRendererMain(e)).map((e) => `${e.pid}:${e.id}`));
  const profiles = new Map<string, { nodes: Map<number, ProfileNode>; samples: number[]; deltas: number[] }>();
  const selfMs = new Map<string, number>();
  const add = (name: string, value: number) => selfMs.set(name, (selfMs.get(name) ?? 0) + value);
  let totalMs = 0;
  for (const e of events) {
    if (e.name === 'v8.compile' && e.ph === 'X' && onRendererMain(e) && isExtensionUrl(e.args?.data?.url)) {
      totalMs += (e.dur ?? 0) / 1000;
      add('(compile)', (e.dur ?? 0) / 1000);
    }
    const key = `${e.pid}:${e.id}`;
    if ((e.name !== 'ProfileChunk' && e.name !== 'Profile') || !mainThreadProfiles.has(key)) continue;
    let profile = profiles.get(key);
    if (!profile) profiles.set(key, (profile = { nodes: new Map(), samples: [], deltas: [] }));
    const data = e.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    profile.samples.push(...(data?.cpuProfile?.samples ?? []));
    profile.deltas.push(...(data?.timeDeltas ?? []));
  }

  for (const { nodes, samples, deltas } of profiles.values()) {
    // the nearest extension frame at or above a node, if any
    const owner = new Map<number, ProfileNode | null>();
    const ownerOf = (id: number): ProfileNode | null => {
      const known = owner.get(id);
      if (known !== undefined) return known;
      owner.set(id, null); // guards a malformed cycle
      const node = nodes.get(id);
      const result = !node ? null : isExtensionUrl(node.callFrame.url) ? node : node.parent !== undefined ? ownerOf(node.parent) : null;
      owner.set(id, result);
      return result;
    };
    // a sample stands for the time until the next one
    samples.forEach((sample, i) => {
      const caller = ownerOf(sample);
      if (!caller) return;
      const value = (deltas[i + 1] ?? 0) / 1000;
      totalMs += value;
      const leaf = nodes.get(sample)!;
      const name = (frame: ProfileNode) => frame.callFrame.functionName || '(anonymous)';
      add(leaf === caller ? name(caller) : `${name(leaf)} ← ${name(caller)}`, value);
    });
  }
  return { totalMs, selfMs };
}

/** Trace events in which the renderer runs a script's code: its evaluation, a call into it
 * (an event listener, a message handler, a timer), its compile. */
const SCRIPT_RUNS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile']);

/**
 * The renderer main thread's CPU time in extension scripts, from the trace's own events rather
 * than samples: the thread time (tdur) of every outermost event that evaluates, calls or
 * compiles a chrome-extension:// script. A sample stands for the time until the next one, so
 * one late sample (the sampler thread waiting for a core on a busy machine) can charge a
 * millisecond or more to the last function it saw; thread time is what the thread spent. What
 * runs after a promise settles (a microtask) has no such event and is not counted: on a page
 * where the first stage finds no speech there is none.
 */
export function extensionThreadMs(events: readonly TraceEvent[]): number {
  const onRendererMain = rendererMainThread(events);
  const runs = events
    .filter((e) => e.ph === 'X' && SCRIPT_RUNS.has(e.name) && isExtensionUrl(e.args?.data?.url) && onRendererMain(e))
    .sort((a, b) => (a.ts ?? 0) - (b.ts ?? 0));
  // events on one thread nest: one inside a counted event is already in its time
  const counted = new Map<string, number>();
  let totalUs = 0;
  for (const e of runs) {
    const thread = `${e.pid}:${e.tid}`;
    const start = e.ts ?? 0;
    if (start < (counted.get(thread) ?? -Infinity)) continue;
    counted.set(thread, start + (e.dur ?? 0));
    totalUs += e.tdur ?? e.dur ?? 0;
  }
  return totalUs / 1000;
}

/** Milliseconds of renderer main-thread time spent in extension code during the trace. */
export function extensionMainThreadMs(events: readonly TraceEvent[]): number {
  return extensionTime(events).totalMs;
}
