/**
 * Work that can pause: a stage is a generator that `yield`s where it may give the main thread
 * back, after asking `budget.spent()` whether its time slice is used up. One driver runs it in one
 * go (`runSync`, for `scan`); another (`runSliced`) waits for idle time between slices (the
 * content script), so no task on the page runs long.
 */

/** Tells a stage whether it has used up its slice. */
export interface Budget {
  spent(): boolean;
}

/**
 * A stage: yields to pause, returns its result. It may yield a promise to wait for something it
 * needs (the engine the content script is still loading) before its next slice.
 */
export type Steps<T> = Generator<void | Promise<unknown>, T, void>;

/** The budget that never runs out. */
export const UNLIMITED: Budget = { spent: () => false };

/** Runs a stage to its end at once. */
export function runSync<T>(make: (budget: Budget) => Steps<T>): T {
  const it = make(UNLIMITED);
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
    if (r.value) throw new Error('runSync: a stage waited for something; give it the value, not a promise');
  }
}

/** Something that grants time slices: the content script's idle scheduler, or a test's. */
export interface SliceSource {
  /** Resolves when the next slice starts; the budget is spent when that slice is over. */
  nextSlice(): Promise<void>;
  budget: Budget;
  /** True when the work should stop (a newer scan replaced it, Claimlens was turned off). */
  cancelled?(): boolean;
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** Runs a stage a slice at a time; rejects with Cancelled when the source says stop. */
export async function runSliced<T>(make: (budget: Budget) => Steps<T>, source: SliceSource): Promise<T> {
  await source.nextSlice();
  const it = make(source.budget);
  for (;;) {
    if (source.cancelled?.()) throw new Cancelled();
    const r = it.next();
    if (r.done) return r.value;
    if (r.value) await r.value;
    await source.nextSlice();
  }
}
