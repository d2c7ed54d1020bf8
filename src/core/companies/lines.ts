/**
 * Where the lines of a text start, found once per text: several rules look at "the line that
 * holds this name" (a headline, a share button), and reading back to the line's start for each
 * name costs more than one native search for the line breaks.
 */
export class LineStarts {
  /** Offsets of the "\n" characters, in order; found on first use. */
  private breaks: number[] | null = null;

  constructor(private readonly text: string) {}

  /** Start of the line holding `pos`: just after the last "\n" before `pos`, or 0. */
  of(pos: number): number {
    let breaks = this.breaks;
    if (!breaks) {
      breaks = [];
      for (let p = this.text.indexOf('\n'); p >= 0; p = this.text.indexOf('\n', p + 1)) breaks.push(p);
      this.breaks = breaks;
    }
    // lo: the first break at or after pos; the one before it ends the previous line. Most
    // questions come in text order, so the search starts from the last answer's place.
    let lo = this.last;
    if (lo > 0 && (breaks[lo - 1] as number) >= pos) lo = 0;
    if (lo < breaks.length && (breaks[lo] as number) < pos && (lo + 1 >= breaks.length || (breaks[lo + 1] as number) >= pos)) lo++;
    else if (lo < breaks.length && (breaks[lo] as number) < pos) {
      let hi = breaks.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((breaks[mid] as number) < pos) lo = mid + 1;
        else hi = mid;
      }
    }
    this.last = lo;
    return lo === 0 ? 0 : (breaks[lo - 1] as number) + 1;
  }

  /** The answer's place in `breaks` for the last question. */
  private last = 0;
}
