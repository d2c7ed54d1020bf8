/**
 * Who holds a role on this page: "Sebastian Kurz, le chancelier autrichien" or "le chancelier
 * autrichien, Sebastian Kurz" makes a later "a fait valoir le chancelier" Kurz's words, rather
 * than those of whoever spoke last. A lookup reads the role word's occurrences just before the
 * description, nearest first; each occurrence is read once per text.
 */
import { FullNames, nameRuns, tokenize, type NameWords } from '../names';
import { isWordCode } from '../names/chars';
import { Occurrences } from '../occurrences';

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

/** What must stand just before a role for a name to precede it: a comma, maybe an article. */
const COMMA_BEFORE = /,\s*(?:\S{1,4}\s*)?$/u;
/** What must follow a role for a name to follow it (see ROLE_THEN_NAME), up to the name's capital. */
const CAPITAL_AFTER = /^[\s\p{Ll}'’-]{0,40},?\s*\p{Lu}/u;

/** COMMA_BEFORE on the 8 characters before `p`; most role words have no comma there, and need no slice or regex. */
function commaBefore(text: string, p: number): boolean {
  const from = Math.max(0, p - 8);
  let comma = false;
  for (let i = from; i < p && !comma; i++) comma = text.charCodeAt(i) === 44;
  return comma && COMMA_BEFORE.test(text.slice(from, p));
}

export class RoleHolders {
  /** The holder written beside each occurrence read so far (null: none), by position. */
  private readonly holders = new Map<number, string | null>();
  /** Where each role word asked about occurs. */
  private readonly occurrences = new Map<string, Occurrences>();

  constructor(
    private readonly text: string,
    private readonly words: NameWords,
    private readonly fullNames: FullNames,
  ) {}

  /**
   * The person last named as holding `role` (lower case) before `at`, in full, if any: the
   * occurrences of the role word within MAX_DISTANCE before `at`, nearest first.
   */
  before(role: string, at: number): string | undefined {
    let found = this.occurrences.get(role);
    if (!found) {
      found = new Occurrences(this.text, role);
      this.occurrences.set(role, found);
    }
    // the occurrences a lastIndexOf from `at - role.length` finds, nearest first (it clamps below at 0)
    const last = found.upTo(Math.max(0, at - role.length)) - 1;
    for (let k = last; k >= 0 && last - k < MAX_OCCURRENCES; k--) {
      const p = found.at(k);
      if (at - p > MAX_DISTANCE) break;
      let holder = this.holders.get(p);
      if (holder === undefined) {
        holder = this.holderAt(p, p + role.length) ?? null;
        this.holders.set(p, holder);
      }
      if (holder) return holder;
    }
    return undefined;
  }

  /** The person's name written beside the role word at [p, end), in full. */
  private holderAt(p: number, end: number): string | undefined {
    const { text } = this;
    if ((p > 0 && isWordCode(text.charCodeAt(p - 1))) || isWordCode(text.charCodeAt(end))) return undefined;
    // cheap tests first: a comma (and an article) just before, or a capital soon after
    if (!commaBefore(text, p) && !CAPITAL_AFTER.test(text.slice(end, end + 48))) return undefined;
    const runs = nameRuns(text, tokenize(text, Math.max(0, p - REACH), Math.min(text.length, end + REACH)), this.words);
    let name: string | undefined;
    // "Sebastian Kurz, le chancelier": the run ending just before
    for (const r of runs) if (r.end <= p && NAME_THEN_ROLE.test(text.slice(r.end, p))) name = r.text;
    // "le chancelier autrichien, Sebastian Kurz", "le juge Bocock": the first run after
    if (!name) {
      const r = runs.find((x) => x.start >= end);
      if (r && ROLE_THEN_NAME.test(text.slice(end, r.start))) name = r.text;
    }
    if (!name) return undefined;
    // a person's name: two or three words, written in full here or elsewhere on the page
    const full = /\s/.test(name) ? name : this.fullNames.full(name);
    const words = full.split(/\s+/).length;
    return words >= 2 && words <= MAX_NAME_WORDS ? full : undefined;
  }
}
