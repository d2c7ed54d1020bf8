/**
 * Time slices from the browser's idle periods (requestIdleCallback), each at most SLICE_MS long,
 * so the work between two pauses never makes a long task (> 50 ms) on the page's main thread.
 * When the page never goes idle, the callback's timeout still grants a slice every TIMEOUT_MS.
 */
import type { Budget, SliceSource } from '../pipeline/slices';

const SLICE_MS = 8;
const MIN_SLICE_MS = 4;
const TIMEOUT_MS = 100;

type IdleWindow = Window & {
  requestIdleCallback?: (cb: (d: IdleDeadline) => void, opts?: { timeout: number }) => number;
};

export class IdleSlices implements SliceSource {
  private deadline = 0;
  readonly budget: Budget = { spent: () => performance.now() >= this.deadline };

  constructor(
    private readonly win: Window,
    private readonly isCancelled: () => boolean = () => false,
    private readonly sliceMs = SLICE_MS,
  ) {}

  nextSlice(): Promise<void> {
    return new Promise((resolve) => {
      const go = (d?: IdleDeadline) => {
        const idle = d && !d.didTimeout ? Math.max(MIN_SLICE_MS, Math.min(this.sliceMs, d.timeRemaining())) : this.sliceMs;
        this.deadline = performance.now() + idle;
        resolve(); // the caller's continuation runs in this same task, right after
      };
      const w = this.win as IdleWindow;
      if (typeof w.requestIdleCallback === 'function') w.requestIdleCallback(go, { timeout: TIMEOUT_MS });
      else setTimeout(go, 0);
    });
  }

  cancelled(): boolean {
    return this.isCancelled();
  }
}
