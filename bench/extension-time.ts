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
  dur?: number;
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
  callFrame: { url?: string };
}

export const EXTENSION_TRACE_CATEGORIES = [
  'devtools.timeline',
  'v8.execute',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
];

const isExtensionUrl = (url: string | undefined) => !!url && url.startsWith('chrome-extension://');

/** Milliseconds of renderer main-thread time spent in extension code during the trace. */
export function extensionMainThreadMs(events: readonly TraceEvent[]): number {
  const threadNames = new Map<string, string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name) threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  const onRendererMain = (e: TraceEvent) => threadNames.get(`${e.pid}:${e.tid}`) === 'CrRendererMain';

  // A profile starts with a "Profile" event on the thread it samples; its chunks come from the
  // sampler thread, so they are matched to it by process and profile id.
  const mainThreadProfiles = new Set(events.filter((e) => e.name === 'Profile' && onRendererMain(e)).map((e) => `${e.pid}:${e.id}`));
  const profiles = new Map<string, { nodes: Map<number, ProfileNode>; samples: number[]; deltas: number[] }>();
  let compileMs = 0;
  for (const e of events) {
    if (e.name === 'v8.compile' && e.ph === 'X' && onRendererMain(e) && isExtensionUrl(e.args?.data?.url)) compileMs += (e.dur ?? 0) / 1000;
    const key = `${e.pid}:${e.id}`;
    if ((e.name !== 'ProfileChunk' && e.name !== 'Profile') || !mainThreadProfiles.has(key)) continue;
    let profile = profiles.get(key);
    if (!profile) profiles.set(key, (profile = { nodes: new Map(), samples: [], deltas: [] }));
    const data = e.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    profile.samples.push(...(data?.cpuProfile?.samples ?? []));
    profile.deltas.push(...(data?.timeDeltas ?? []));
  }

  let sampledMs = 0;
  for (const { nodes, samples, deltas } of profiles.values()) {
    const inExtension = new Map<number, boolean>();
    const check = (id: number): boolean => {
      const known = inExtension.get(id);
      if (known !== undefined) return known;
      inExtension.set(id, false); // guards a malformed cycle
      const node = nodes.get(id);
      const result = !!node && (isExtensionUrl(node.callFrame.url) || (node.parent !== undefined && check(node.parent)));
      inExtension.set(id, result);
      return result;
    };
    // a sample stands for the time until the next one
    samples.forEach((sample, i) => {
      if (check(sample)) sampledMs += (deltas[i + 1] ?? 0) / 1000;
    });
  }
  return sampledMs + compileMs;
}
