/**
 * A read-only map from 32-bit integer keys (hashes) to values, in typed arrays. A `Map` keyed by
 * such numbers boxes every key beyond 30 bits into a heap number on each lookup; this table
 * looks a key up with array reads only. Same answers as the `Map` it is made from.
 */
export class IntTable<T> {
  private readonly keys: Int32Array;
  private readonly values: (T | undefined)[];
  private readonly mask: number;

  constructor(entries: Map<number, T>) {
    let size = 8;
    while (size < entries.size * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.values = new Array<T | undefined>(size).fill(undefined);
    for (const [k, v] of entries) {
      let i = k & this.mask;
      while (this.values[i] !== undefined) i = (i + 1) & this.mask;
      this.keys[i] = k;
      this.values[i] = v;
    }
  }

  /** The value for key `k` (a 32-bit integer), or undefined. */
  get(k: number): T | undefined {
    for (let i = k & this.mask; ; i = (i + 1) & this.mask) {
      const v = this.values[i];
      if (v === undefined || this.keys[i] === k) return v;
    }
  }

  /** Is there a value for key `k`? */
  has(k: number): boolean {
    return this.get(k) !== undefined;
  }
}
