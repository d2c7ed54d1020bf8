/**
 * Who holds a role on this page: "Sebastian Kurz, le chancelier autrichien" or "le chancelier
 * autrichien, Sebastian Kurz" makes a later "a fait valoir le chancelier" Kurz's words, rather
 * than those of whoever spoke last. Each role word is looked up once per text: every occurrence
 * (indexOf), the name written beside it; a lookup then takes the last holder before a position.
 */
import { FullNames, nameRuns, tokenize, type NameWords } from '../names';
import { isWordCode } from '../names/chars';

/** How far on each side of a role word its holder's name may stand. */
const REACH = 60;
/** Occurrences of one role word read at most (linear on any page). */
const MAX_OCCURRENCES = 100;
/** How far before the description the holder may have been named: a role names whom the text just introduced. */
const MAX_DISTANCE = 2000;
/** Words in a person's name at most ("Sebastian Kurz", "José Manuel Albares"): longer runs hold an organisation too. */
const MAX_NAME_WORDS = 3;
/** Distinct role words looked up per text, at most. */
const MAX_ROLES = 24;

/** Between a name and its role after it: ", " and an article ("Kurz, le chancelier", "Binet, la secrétaire"). */
const NAME_THEN_ROLE = /^\s*,\s*(?:(?:le|la|l['’]|the|der|die|el|il|lo|o|a|os|as|its|his|her|son|sa)\s*)?$/iu;
/** Between a role and its holder's name: lower-case words (an adjective, "de la CGT") and a comma. */
const ROLE_THEN_NAME = /^[\s\p{Ll}'’-]{0,40},?\s*$/u;

export class RoleHolders {
  private readonly found = new Map<string, { at: number; name: string }[]>();

  constructor(
    private readonly text: string,
    private readonly words: NameWords,
    private readonly fullNames: FullNames,
  ) {}

  /** The person last named as holding `role` (lower case) before `at`, in full, if any. */
  before(role: string, at: number): string | undefined {
    let list = this.found.get(role);
    if (!list) {
      if (this.found.size >= MAX_ROLES) return undefined;
      list = this.read(role);
      this.found.set(role, list);
    }
    let best: { at: number; name: string } | undefined;
    for (const h of list) {
      if (h.at >= at) break;
      best = h;
    }
    return best && at - best.at <= MAX_DISTANCE ? best.name : undefined;
  }

  private read(role: string): { at: number; name: string }[] {
    const { text } = this;
    const out: { at: number; name: string }[] = [];
    let seen = 0;
    for (let p = text.indexOf(role); p >= 0 && seen < MAX_OCCURRENCES; p = text.indexOf(role, p + role.length)) {
      seen++;
      const end = p + role.length;
      if ((p > 0 && isWordCode(text.charCodeAt(p - 1))) || isWordCode(text.charCodeAt(end))) continue;
      const from = Math.max(0, p - REACH);
      const to = Math.min(text.length, end + REACH);
      const runs = nameRuns(text, tokenize(text, from, to), this.words);
      let name: string | undefined;
      // "Sebastian Kurz, le chancelier": the run ending just before
      for (const r of runs) if (r.end <= p && NAME_THEN_ROLE.test(text.slice(r.end, p))) name = r.text;
      // "le chancelier autrichien, Sebastian Kurz", "le juge Bocock": the first run after
      if (!name) {
        const r = runs.find((x) => x.start >= end);
        if (r && ROLE_THEN_NAME.test(text.slice(end, r.start))) name = r.text;
      }
      if (!name) continue;
      // a person's name: two or three words, written in full here or elsewhere on the page
      const full = /\s/.test(name) ? name : this.fullNames.full(name);
      const words = full.split(/\s+/).length;
      if (words >= 2 && words <= MAX_NAME_WORDS) out.push({ at: p, name: full });
    }
    return out;
  }
}
