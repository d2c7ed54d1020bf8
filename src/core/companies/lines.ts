/**
 * Where the lines of a text start, found once per text: several rules look at "the line that
 * holds this name" (a headline, a share button), and reading back to the line's start for each
 * name costs more than one forward search for the line breaks.
 */
import { Occurrences } from '../occurrences';

export class LineStarts {
  private readonly breaks: Occurrences;

  constructor(text: string) {
    this.breaks = new Occurrences(text, '\n');
  }

  /** Start of the line holding `pos`: just after the last "\n" before `pos`, or 0. */
  of(pos: number): number {
    const k = this.breaks.upTo(pos - 1);
    return k === 0 ? 0 : this.breaks.at(k - 1) + 1;
  }
}
