/**
 * The fullest form of each name a page uses: "Musk" → "Elon Musk" when the page wrote Elon Musk
 * somewhere. Built in one pass over the text, on first use.
 */
import { nameRuns, type NameWords } from './runs';
import { tokenize } from './tokens';

export class FullNames {
  /** Last word of a name (lower case) → the longest runs ending with it, with their counts. */
  private byLast: Map<string, Map<string, number>> | undefined;

  constructor(
    private readonly text: string,
    private readonly words: NameWords,
  ) {}

  private index(): Map<string, Map<string, number>> {
    if (this.byLast) return this.byLast;
    const byLast = new Map<string, Map<string, number>>();
    const tokens = tokenize(this.text, 0, this.text.length);
    for (const run of nameRuns(this.text, tokens, this.words)) {
      if (run.to - run.from < 2 || run.to - run.from > 4) continue;
      const last = tokens[run.to - 1]!.lower;
      let forms = byLast.get(last);
      if (!forms) byLast.set(last, (forms = new Map()));
      forms.set(run.text, (forms.get(run.text) ?? 0) + 1);
    }
    return (this.byLast = byLast);
  }

  /**
   * The fullest form of `name`: itself when it already has two words or the page never writes it
   * longer, else the most frequent longer form ending with it.
   */
  full(name: string): string {
    if (/\s/.test(name)) return name;
    const forms = this.index().get(name.toLowerCase());
    if (!forms) return name;
    let best = name, count = 0;
    for (const [form, n] of forms) if (n > count) [best, count] = [form, n];
    return best;
  }
}
