// The page's main-thread tasks in which the extension's code ran, from a Chromium trace with
// V8's sampling profiler on (as bench/extension-time.ts): a task counts as the extension's when
// one of its CPU samples has a chrome-extension:// frame on the stack. Its whole length counts,
// the style and layout the code forced and the deserializing of a message it answered included;
// the page's own parsing, scripts and rendering that ran no extension code do not (a 5 MB page's
// own layout takes hundreds of milliseconds on a busy machine, with or without us).

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'toplevel'];

/** Starts tracing; `stop(url)` ends it and returns the tasks that ran extension code in the
 * renderer that parsed `url` (not the extension's own pages). */
export async function traceExtensionTasks(page) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (batch) => events.push(...batch.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  return {
    async stop(url) {
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach().catch(() => undefined);
      return extensionTasks(events, url);
    },
  };
}

/** @returns {{ start: number, duration: number, hot: string }[]} longest first (ms, trace clock);
 * `hot` names the extension functions most sampled in the task (what to split when it is too long) */
export function extensionTasks(events, url) {
  const threadNames = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name);
  const pages = new Set(events.filter((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url).map((e) => e.pid));
  const onMain = (e) => pages.has(e.pid) && threadNames.get(`${e.pid}:${e.tid}`) === 'CrRendererMain';

  // samples of the renderer main threads, with their times and whether an extension frame is on the stack
  const profiles = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.id}`;
    if (e.name === 'Profile' && onMain(e)) profiles.set(key, { pid: e.pid, tid: e.tid, time: e.args?.data?.startTime ?? 0, nodes: new Map() });
  }
  const samples = [];
  for (const e of events) {
    const profile = profiles.get(`${e.pid}:${e.id}`);
    if (e.name !== 'ProfileChunk' || !profile) continue;
    const data = e.args?.data ?? {};
    for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    const deltas = data.timeDeltas ?? [];
    (data.cpuProfile?.samples ?? []).forEach((id, i) => {
      profile.time += deltas[i] ?? 0;
      samples.push({ thread: `${profile.pid}:${profile.tid}`, time: profile.time, id, profile });
    });
  }
  const isExtension = (profile, id) => {
    for (let node = profile.nodes.get(id); node; node = node.parent === undefined ? undefined : profile.nodes.get(node.parent)) {
      if (node.callFrame?.url?.startsWith('chrome-extension://')) return true;
    }
    return false;
  };
  const extensionSamples = samples.filter((s) => isExtension(s.profile, s.id));
  // the innermost extension frame of each sample, counted per function name
  const hottest = (inside) => {
    const counts = new Map();
    for (const s of inside) {
      let node = s.profile.nodes.get(s.id);
      while (node && !node.callFrame?.url?.startsWith('chrome-extension://')) node = node.parent === undefined ? undefined : s.profile.nodes.get(node.parent);
      const frame = node?.callFrame ?? {};
      // a minified name alone says little: the file and position find it in the build
      const name = `${frame.functionName || '(anonymous)'} ${String(frame.url).split('/').pop()}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([name, n]) => `${name} ×${n}`).join(', ');
  };

  const tasks = events.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && onMain(e) && e.dur > 0);
  const found = [];
  for (const task of tasks) {
    const thread = `${task.pid}:${task.tid}`;
    const end = task.ts + task.dur;
    const inside = extensionSamples.filter((s) => s.thread === thread && s.time >= task.ts && s.time < end);
    if (inside.length === 0) continue;
    found.push({ start: task.ts / 1000, duration: task.dur / 1000, hot: hottest(inside) });
  }
  // nested RunTask events of one task: keep the outermost
  found.sort((a, b) => b.duration - a.duration);
  return found.filter((t, i) => !found.slice(0, i).some((o) => o.start <= t.start && t.start + t.duration <= o.start + o.duration));
}
