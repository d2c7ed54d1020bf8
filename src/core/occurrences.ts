/**
 * Where a string occurs in a text, read forward once and remembered: a look-up before a position
 * costs a binary search instead of a lastIndexOf, which, when the string is absent nearby, reads
 * back to the start of the text on every call (quadratic on a page of many quotations). Used for
 * role words (quotes/role-holders.ts) and line breaks (companies/lines.ts).
 */
export class Occurrences {
  /** Starts of the occurrences read so far, increasing (overlapping ones included, as lastIndexOf finds them). */
  private readonly starts: number[] = [];
  /** Every occurrence starting before `readTo` is in `starts`. */
  private readTo = 0;
  /** The first occurrence at or after `readTo` (-1: none), found by the last read. */
  private next = 0;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  /**
   * The index in `starts` one past the last occurrence starting at or before `limit`; the
   * occurrences before it, read backwards, are what repeated lastIndexOf calls from `limit` find.
   */
  upTo(limit: number): number {
    this.readThrough(limit);
    const s = this.starts;
    let lo = 0, hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid]! <= limit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The start of the occurrence at index `k` (below what upTo returned). */
  at(k: number): number {
    return this.starts[k]!;
  }

  /** Read on until every occurrence starting at or before `limit` is known. */
  private readThrough(limit: number): void {
    if (limit < this.readTo) return;
    const { text, needle } = this;
    while (this.next >= 0 && this.next <= limit) {
      // `next` is a candidate start: confirm (or find) the occurrence there or after it
      const q = text.indexOf(needle, this.next);
      if (q < 0 || q > limit) {
        this.next = q;
        break;
      }
      this.starts.push(q);
      this.next = q + 1;
    }
    this.readTo = limit + 1;
  }
}
