/**
 * Spaces requests to one provider: each caller waits its turn, at least `intervalMs` after the
 * previous request started (GDELT allows one request per 5 s).
 */
export class Pacer {
  private next = 0;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  /** Resolves when the caller may send its request. */
  turn(): Promise<void> {
    const mine = this.chain.then(async () => {
      const wait = this.next - this.now();
      if (wait > 0) await this.sleep(wait);
      this.next = this.now() + this.intervalMs;
    });
    this.chain = mine;
    return mine;
  }
}
