// afterFrame: a large page's first style read waits for the browser's first frame, so the style
// of the whole page is worked out in the browser's own task, not in one of ours — and a tab that
// renders no frame (hidden) does not stop the cleaning.
import { describe, expect, it } from 'vitest';
import { createTaskSlicer, FRAME_WAIT_MS } from '../../src/content/task-slicer';

/** A window whose frames and timers the test runs by hand, recording what happened in order. */
function manualWindow() {
  const events: string[] = [];
  let frame: (() => void) | undefined;
  const timers = new Map<number, { run: () => void; ms: number }>();
  let nextId = 1;
  const win = {
    performance: { now: () => 0 },
    requestAnimationFrame: (callback: () => void) => {
      frame = callback;
      return 1;
    },
    setTimeout: (run: () => void, ms: number) => {
      timers.set(nextId, { run, ms });
      return nextId++;
    },
    clearTimeout: (id: number) => {
      timers.delete(id);
    },
  } as unknown as Window & typeof globalThis;
  return {
    win,
    events,
    renderFrame: () => {
      events.push('frame');
      frame?.();
      frame = undefined;
    },
    /** runs the timers due within `ms`, in order of their delay */
    runTimers: (ms: number) => {
      for (const [id, timer] of [...timers].sort((a, b) => a[1].ms - b[1].ms)) {
        if (timer.ms > ms) continue;
        timers.delete(id);
        events.push(`timer ${timer.ms}`);
        timer.run();
      }
    },
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('task slicer: after the first frame', () => {
  it('goes on in the task after the frame, not before it', async () => {
    const page = manualWindow();
    let done = false;
    void createTaskSlicer(page.win).afterFrame().then(() => (done = true));
    page.runTimers(0);
    await settle();
    expect(done).toBe(false);
    page.renderFrame();
    await settle();
    expect(done).toBe(false); // the frame's own style and layout come first
    page.runTimers(0);
    await settle();
    expect(done).toBe(true);
    expect(page.events).toEqual(['frame', 'timer 0']);
  });

  it('goes on after FRAME_WAIT_MS when no frame comes (a hidden tab)', async () => {
    const page = manualWindow();
    let done = false;
    void createTaskSlicer(page.win).afterFrame().then(() => (done = true));
    page.runTimers(FRAME_WAIT_MS - 1);
    await settle();
    expect(done).toBe(false);
    page.runTimers(FRAME_WAIT_MS);
    await settle();
    expect(done).toBe(true);
  });
});
