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
  /** When the browser's current idle period ends (its IdleDeadline), on performance.now()'s clock. */
  private idleEnd = 0;
  private readonly channel = typeof MessageChannel === 'function' ? new MessageChannel() : undefined;
  private readonly queued: (() => void)[] = [];
  readonly budget: Budget = { spent: () => performance.now() >= this.deadline };

  constructor(
    private readonly win: Window,
    private readonly isCancelled: () => boolean = () => false,
    private readonly sliceMs = SLICE_MS,
  ) {
    if (this.channel) this.channel.port1.onmessage = () => this.queued.shift()?.();
  }

  nextSlice(): Promise<void> {
    return new Promise((resolve) => {
      // Still inside the idle period the browser granted: the next slice is a task of its own
      // right away (anything the page has waiting runs first), not one slice per idle period —
      // a callback asked for from an idle callback waits for the next period, often the next
      // frame, which left half of every frame unused.
      if (this.channel && performance.now() + MIN_SLICE_MS <= this.idleEnd) {
        this.queued.push(() => {
          const now = performance.now();
          if (now + MIN_SLICE_MS > this.idleEnd) return void this.request(resolve);
          this.deadline = Math.min(now + this.sliceMs, this.idleEnd);
          resolve();
        });
        this.channel.port2.postMessage(0);
        return;
      }
      this.request(resolve);
    });
  }

  /** A slice from the browser's next idle period (or its timeout). */
  private request(resolve: () => void): void {
    const go = (d?: IdleDeadline) => {
      const now = performance.now();
      const idle = d && !d.didTimeout ? Math.max(MIN_SLICE_MS, Math.min(this.sliceMs, d.timeRemaining())) : this.sliceMs;
      this.idleEnd = d && !d.didTimeout ? now + d.timeRemaining() : 0;
      this.deadline = now + idle;
      resolve(); // the caller's continuation runs in this same task, right after
    };
    const w = this.win as IdleWindow;
    if (typeof w.requestIdleCallback === 'function') w.requestIdleCallback(go, { timeout: TIMEOUT_MS });
    else setTimeout(go, 0);
  }

  cancelled(): boolean {
    return this.isCancelled();
  }
}
