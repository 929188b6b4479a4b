// Long in-page work (cleaning a 5 MB page) split into short tasks: between steps, once a slice
// has run for SLICE_MS, control goes back to the page's event loop (input, rendering, its own
// scripts) before the next step. A small page does all its steps in one slice, as before.

/** Work per task before yielding: well under the 50 ms a browser counts as a long task start. */
export const SLICE_MS = 30;

export interface TaskSlicer {
  /** starts timing a new slice */
  start(): void;
  /** yields to the page when the current slice has used its time, then starts a new one */
  maybePause(): Promise<void>;
  /** always yields */
  pause(): Promise<void>;
  /** whether the current slice has used its time */
  due(): boolean;
  /** runs `each` over the items, yielding whenever a slice has used its time */
  forEach<T>(items: ArrayLike<T>, each: (item: T) => void): Promise<void>;
  /**
   * Waits until the browser has rendered a frame (or FRAME_WAIT_MS at most: a hidden tab renders
   * none), then starts a new slice. Read before the page's first frame, a computed style makes
   * the browser work out the style of the whole page inside our task (0.9 s on a 5 MB page);
   * after it, that work was the browser's own.
   */
  afterFrame(): Promise<void>;
}

/** The longest afterFrame waits for a frame. */
export const FRAME_WAIT_MS = 200;

export function createTaskSlicer(win: Window & typeof globalThis, sliceMs = SLICE_MS): TaskSlicer {
  const now = (): number => win.performance.now();
  let started = now();
  const pause = async (): Promise<void> => {
    await new Promise<void>((resolve) => win.setTimeout(resolve, 0));
    started = now();
  };
  const due = (): boolean => now() - started >= sliceMs;
  const maybePause = (): Promise<void> => (due() ? pause() : Promise.resolve());
  return {
    async forEach(items, each) {
      for (let i = 0; i < items.length; i++) {
        each(items[i]!);
        // the clock is read every few items only: reading it costs too
        if (i % 64 === 63) await maybePause();
      }
    },
    start() {
      started = now();
    },
    maybePause,
    pause,
    due,
    async afterFrame() {
      await new Promise<void>((resolve) => {
        const timer = win.setTimeout(resolve, FRAME_WAIT_MS);
        // the frame's callbacks run before its style and layout: the task after them comes after the frame
        win.requestAnimationFrame(() => {
          win.clearTimeout(timer);
          win.setTimeout(resolve, 0);
        });
      });
      started = now();
    },
  };
}
