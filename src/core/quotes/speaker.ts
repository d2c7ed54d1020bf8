/**
 * Who said a quotation: the reporting clause after it ("…,” said Musk / Musk said / a-t-il dit),
 * before it (Musk a déclaré : « … », selon Musk, Meloni: «…»), or a pronoun or description
 * ("he said", "le patron de Twitter") resolved to the last speaker of the page.
 */
import type { CompanyFinding, Draft } from '../findings';
import { FullNames, nameRuns, tokenize, type NameRun, type Token } from '../names';
import { isUpperCode, isWordCode } from '../names/chars';
import type { Lexicon } from './lexicon';
import { RoleHolders } from './role-holders';

/** Where a speaker came from: explicit patterns are trusted over guesses. */
export type Attribution = 'explicit' | 'resolved' | 'guess';

export interface Speaker {
  name: string;
  how: Attribution;
}

/** What the attribution rules know about the page as they walk it. */
export class SpeakerState {
  readonly fullNames: FullNames;
  /** The last speaker named, and where. */
  last: { name: string; at: number } | undefined;
  /** Where the text between the previous quotation and this one starts. */
  floor = 0;
  /** Where the sentence of the current quotation starts: pronouns look before it. */
  anchor = 0;
  /** Names already given as speakers: persons or organisations that speak. */
  readonly speakers = new Set<string>();
  private readonly companyNames: Set<string>;

  /** Who holds which role on the page ("Sebastian Kurz, le chancelier"). */
  readonly roles: RoleHolders;

  constructor(
    readonly text: string,
    readonly lex: Lexicon,
    readonly companies: readonly Draft<CompanyFinding>[],
  ) {
    this.fullNames = new FullNames(text, lex.names);
    this.companyNames = new Set(companies.map((c) => c.text));
    this.roles = new RoleHolders(text, lex.names, this.fullNames);
  }

  /**
   * One tokenisation of the page, made lazily in reading order and shared by every rule: the
   * words of [winFrom, winTo). The rules ask for clauses around each quotation, moving forward;
   * tokenising each clause anew cost most of the engine's time.
   */
  private win: Token[] = [];
  private winFrom = 0;
  private winTo = 0;

  /** The whole words inside [from, to). */
  tokens(from: number, to: number): Token[] {
    const { text } = this;
    if (from < this.winFrom && this.winFrom - from <= PREPEND_MAX && this.win.length <= PREPEND_WORDS) {
      // a look back just before the words read (the clause before a quotation after the one after it)
      let s = from;
      while (s > 0 && isWordCode(text.charCodeAt(s - 1))) s--;
      this.win = tokenize(text, s, this.winFrom).concat(this.win);
      this.winFrom = s;
    }
    if (from < this.winFrom || from > this.winTo) {
      let s = from;
      while (s > 0 && isWordCode(text.charCodeAt(s - 1))) s--;
      this.win = [];
      this.winFrom = this.winTo = s;
    }
    if (to > this.winTo) {
      // extend to a point between words (a word, its joiners and an abbreviation dot stay whole)
      let next = Math.min(text.length, to);
      while (next < text.length && !isBoundary(text.charCodeAt(next))) next++;
      const more = tokenize(text, this.winTo, next);
      for (let k = 0; k < more.length; k++) this.win.push(more[k]!);
      this.winTo = next;
    }
    const win = this.win;
    let lo = 0, hi = win.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (win[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    if (lo > TOKEN_KEEP * 2) {
      // forget words far behind: memory stays bounded on a long page
      const drop = lo - TOKEN_KEEP;
      this.win = win.slice(drop);
      this.winFrom = this.win[0]!.start;
      lo -= drop;
    }
    const w = this.win;
    let end = lo;
    while (end < w.length && w[end]!.end <= to) end++;
    return w.slice(lo, end);
  }

  private readonly capitalMemo = new Map<string, boolean>();

  /**
   * Does the page write `word` with a capital in mid-sentence (after a lower-case word)? A lone
   * capitalised word at a sentence start ("Durante", "Proteste") is a name only then.
   */
  capitalisedMidSentence(word: string): boolean {
    const known = this.capitalMemo.get(word);
    if (known !== undefined) return known;
    if (this.capitalMemo.size >= MAX_CAPITAL_LOOKUPS || this.speakers.has(word) || this.companyNames.has(word)) return true;
    const { text } = this;
    let found = false, seen = 0;
    for (let i = text.indexOf(word); i > 1 && seen < 100 && !found; i = text.indexOf(word, i + word.length)) {
      seen++;
      if (isWordCode(text.charCodeAt(i + word.length))) continue;
      const before = text.charCodeAt(i - 1), prev = text.charCodeAt(i - 2);
      found = (before === 32 || before === 0xa0) && isWordCode(prev) && !isUpperCode(prev) && text[i - 2] !== text[i - 2]!.toUpperCase();
    }
    this.capitalMemo.set(word, found);
    return found;
  }

  /** A name that stands for a person: written in full somewhere, or already a speaker. */
  personLike(name: string): boolean {
    if (this.companyNames.has(name)) return false;
    // a name of two words or more, one already speaking, or one the page writes in full nearby
    return /\s/.test(name) || this.speakers.has(name) || /\s/.test(this.fullNames.full(name));
  }

  /**
   * The subject of the latest sentence since the previous quotation that opens with a person
   * ("Judin does not believe … “…,” he says"): what a pronoun or description refers to.
   */
  /** The last person named as a sentence subject by the latest recentSubject call. */
  lastPerson: string | undefined;

  /** The last call's arguments and answer: the rules of one quotation often ask twice. */
  private recentMemo: { floor: number; at: number; found: string | typeof SAME | undefined; person: string | undefined; speakers: number } | undefined;

  recentSubject(at: number): string | typeof SAME | undefined {
    const m = this.recentMemo;
    if (m && m.floor === this.floor && m.at === at && m.speakers === this.speakers.size) {
      this.lastPerson = m.person;
      return m.found;
    }
    const found = this.readRecentSubject(at);
    this.recentMemo = { floor: this.floor, at, found, person: this.lastPerson, speakers: this.speakers.size };
    return found;
  }

  private readRecentSubject(at: number): string | typeof SAME | undefined {
    this.lastPerson = undefined;
    const from = Math.max(this.floor, at - RECENT_WINDOW);
    const { text, lex } = this;
    let tokens = this.tokens(from, at);
    if (this.floor > 0) {
      // the rest of the previous quotation's sentence is about its speaker: start after it
      let k = 0;
      while (k < tokens.length && !sentenceGap(text, k > 0 ? tokens[k - 1]!.end : from, tokens[k]!.start)) k++;
      tokens = tokens.slice(k);
    }
    let found: string | typeof SAME | undefined;
    // the name runs of all the sentences at once: a run joins only words with spaces between, so
    // none crosses a sentence end, and a sentence's runs are a stretch of these
    const allRuns = nameRuns(text, tokens, lex.names);
    let nextRun = 0;
    // sentence by sentence: the subject is its first person, or a pronoun or description before any name
    for (let i = 0; i < tokens.length; ) {
      let j = i + 1;
      while (j < tokens.length && !sentenceGap(text, tokens[j - 1]!.end, tokens[j]!.start)) j++;
      let subject: string | typeof SAME | undefined;
      // the name runs of this sentence only, indexed into `tokens`
      const firstRun = nextRun;
      while (nextRun < allRuns.length && allRuns[nextRun]!.from < j) nextRun++;
      const runs = allRuns.slice(firstRun, nextRun);
      const r = 0;
      // "Dopo la vittoria su Vondrousova, Jabeur …": names in an introductory phrase are not the subject
      const introEnd = lex.introducers.has(tokens[i]!.lower) ? text.indexOf(',', tokens[i]!.end) : -1;
      const inIntro = (run: NameRun) => introEnd >= 0 && run.end <= introEnd && introEnd < tokens[j - 1]!.end;
      // "…, sagt Neumüller.": a name next to a reporting verb is the one who speaks
      for (let q = r; subject === undefined && q < runs.length && runs[q]!.from < j; q++) {
        const run = runs[q]!;
        if (inIntro(run)) continue;
        const before = tokens[run.from - 1], after = tokens[run.to];
        // "…, sagt Neumüller.": verb, then the name ending its clause (not "said Cook is …")
        const inverted = before && lex.verbs.has(before.lower) && (run.to >= j || /^[,.;:!?]/.test(text.slice(run.end, run.end + 1)));
        // "Neumüller sagt": the name right before the verb; after a comma, the apposition's head
        // ("Shannon Cross, an analyst at Cross Research, said": not the employer)
        const direct = after && run.to < j && lex.verbs.has(after.lower);
        if (!usable(run, tokens, lex)) continue;
        if (inverted) subject = run.text;
        else if (direct && /^\s+$/.test(text.slice(run.end, after.start))) subject = run.text;
        else if (direct && complement(text, tokens, run, lex)) {
          const head = runs[0]!;
          if (head !== run && head.from - i <= 1 && this.personLike(head.text)) subject = head.text;
        } else if (direct && this.personLike(run.text)) subject = run.text;
      }
      for (let k = i; subject === undefined && k < Math.min(j, i + 3); k++) {
        const w = tokens[k]!.lower;
        if (runs[r] && runs[r]!.from <= k) break;
        if (lex.pronouns.has(w)) {
          subject = SAME;
          break;
        }
        if (lex.roles.has(w)) {
          // "le juge Bocock": a role right before a name is its title; alone, it stands for someone named before
          const next = runs[r];
          subject = next && next.from <= k + 3 && next.from < j && this.personLike(next.text) ? next.text : SAME;
          break;
        }
      }
      for (let q = r; subject === undefined && q < runs.length && runs[q]!.from < j; q++) {
        const run = runs[q]!;
        if (inIntro(run)) continue;
        // "A movimentação de Pacheco começou": a complement inside the opening noun phrase is its topic
        const opening = run.from - i <= 4;
        const free = opening || afterSource(tokens, run, lex) || !complement(text, tokens, run, lex);
        if (usable(run, tokens, lex) && free && this.personLike(run.text)) subject = run.text;
      }
      // a pronoun continues the subject found before it; a name replaces it
      if (subject !== undefined && !(subject === SAME && found !== undefined)) found = subject;
      if (subject !== undefined && subject !== SAME) this.lastPerson = subject;
      i = j;
    }
    return found;
  }

  /** The company named last before `at`, by binary search over the (sorted) company findings. */
  companyBefore(at: number): string | undefined {
    let lo = 0, hi = this.companies.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.companies[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? this.companies[lo - 1]!.name : undefined;
  }
}

/** A pronoun or description that continues the last speaker. */
const SAME = Symbol('same');

/** How far back, and over how few words read, a clause extends the words backwards instead of starting anew. */
const PREPEND_MAX = 1024;
const PREPEND_WORDS = 256;

/** Words kept behind the current clause (a pronoun looks back RECENT_WINDOW characters). */
const TOKEN_KEEP = 256;

/** A character no word runs across: not a letter, digit, joiner (' ’ -) or dot. */
function isBoundary(code: number): boolean {
  return !isWordCode(code) && code !== 39 && code !== 0x2019 && code !== 45 && code !== 46;
}

/** Does the gap [from, to) between two words end a sentence (". " or a line break)? No regex, no slice. */
function sentenceGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x3002) return true;
    if ((c === 46 || c === 33 || c === 63) && i + 1 < to) {
      const n = text.charCodeAt(i + 1);
      if (n === 32 || n === 9 || n === 10 || n === 13 || n === 0xa0 || n === 0x202f) return true;
    }
  }
  return false;
}

/** How far back a pronoun looks for the person it stands for. */
const RECENT_WINDOW = 450;

/** Distinct words checked for a mid-sentence capital per text, at most (linear time). */
const MAX_CAPITAL_LOOKUPS = 200;

const PUNCT_BREAK = /[,;:()\[\]—–]/;

/** A name run that can be a speaker: not a lone verb or pronoun. */
function usable(run: NameRun, tokens: readonly Token[], lex: Lexicon): boolean {
  if (/(['’]s|s['’])$/.test(tokens[run.to - 1]!.text)) return false; // "Apple's board": a possessive
  if (run.to - run.from === 1) {
    const t = tokens[run.from]!;
    if (lex.verbs.has(t.lower) || lex.pronouns.has(t.lower) || lex.roles.has(t.lower)) return false;
  }
  return true;
}

function runStartingNear(runs: readonly NameRun[], from: number, to: number): NameRun | undefined {
  for (const r of runs) if (r.from >= from && r.from < to) return r;
  return undefined;
}

/** "Capco-Expertin Jana Roth": a first word ending in a role is a title glued to the name. */
function withoutRolePrefix(run: NameRun, tokens: readonly Token[], lex: Lexicon): NameRun {
  if (run.to - run.from < 2) return run;
  const first = tokens[run.from]!;
  const dash = first.lower.lastIndexOf('-');
  if (dash < 0 || !(lex.roles.has(first.lower.slice(dash + 1)) || lex.names.titles.has(first.lower.slice(dash + 1)))) return run;
  const second = tokens[run.from + 1]!;
  return { from: run.from + 1, to: run.to, start: second.start, end: run.end, text: run.text.slice(second.start - run.start) };
}

/** "Apple CEO Tim Cook": a name, a title, then the person's name. Prefer the person. */
function person(runs: readonly NameRun[], run: NameRun, tokens: readonly Token[], lex: Lexicon): NameRun {
  run = withoutRolePrefix(run, tokens, lex);
  const next = runs.find((r) => r.from >= run.to);
  if (!next || next.from === run.to || next.from > run.to + 2) return run;
  for (let k = run.to; k < next.from; k++) {
    const w = tokens[k]!.lower;
    if (!lex.names.titles.has(w.replace(/\.$/, '')) && !lex.roles.has(w)) return run;
  }
  return next;
}

function isVerb(t: Token, lex: Lexicon): boolean {
  return lex.verbs.has(t.lower);
}
function pronounSuffix(t: Token, lex: Lexicon): boolean {
  return lex.pronounSuffixes.some((s) => t.lower.endsWith(s) && t.lower.length > s.length);
}

function resolve(state: SpeakerState, _at: number, company: boolean): Speaker | undefined {
  const at = state.anchor;
  if (company) {
    const c = state.companyBefore(at);
    if (c) return { name: c, how: 'resolved' };
  }
  const recent = state.recentSubject(at);
  if (recent === SAME) {
    const name = state.last?.name ?? state.lastPerson;
    return name ? { name, how: 'resolved' } : undefined;
  }
  if (recent) return { name: recent, how: 'resolved' };
  if (state.last) return { name: state.last.name, how: 'resolved' };
  return undefined;
}

/** The first person role among tokens [from, to) ("le chancelier" → "chancelier"). */
function roleWord(tokens: readonly Token[], from: number, to: number, lex: Lexicon): string | undefined {
  for (let k = Math.max(0, from); k < to; k++) {
    const w = tokens[k]!.lower;
    if (lex.companyRoles.has(w)) return undefined;
    if (lex.roles.has(w)) return w;
  }
  return undefined;
}

/** A person described by role: the one the page named with that role last, else the last speaker. */
function resolveDescribed(state: SpeakerState, tokens: readonly Token[], from: number, to: number, at: number): Speaker | undefined {
  const role = roleWord(tokens, from, to, state.lex);
  const holder = role ? state.roles.before(role, tokens[from]?.start ?? at) : undefined;
  if (holder) return { name: holder, how: 'resolved' };
  return resolve(state, at, false);
}

/** A description ("le patron de Twitter", "the company") among tokens [from, to). */
function description(tokens: readonly Token[], from: number, to: number, lex: Lexicon): 'person' | 'company' | undefined {
  for (let k = Math.max(0, from); k < to; k++) {
    const w = tokens[k]!.lower;
    if (lex.companyRoles.has(w)) return 'company';
    if (lex.roles.has(w)) return 'person';
  }
  return undefined;
}

/**
 * Is the run a complement ("patron de Twitter", "a Gerusalemme", "told Reuters", "of Apple"):
 * then it names a place, employer or listener, not the speaker.
 */
function complement(text: string, tokens: readonly Token[], run: NameRun, lex: Lexicon): boolean {
  const prev = tokens[run.from - 1];
  if (!prev) return false;
  if (text.slice(prev.end, run.start).includes('(')) return true; // "(PEC)": an abbreviation
  return lex.prepositions.has(prev.lower) || lex.addressees.has(prev.lower) || lex.names.particles.has(prev.lower);
}

/** "according to Max Schrems": a name right after a source phrase is a source, not a complement. */
function afterSource(tokens: readonly Token[], run: NameRun, lex: Lexicon): boolean {
  return lex.sources.some((src) => src.every((w, j) => tokens[run.from - src.length + j]?.lower === w));
}

/**
 * "il ministro degli Affari Esteri Antonio Tajani": a run after a role and its preposition holds
 * the office's name and then the person's; the person is its last two words.
 */
function personAfterOffice(text: string, tokens: readonly Token[], run: NameRun, lex: Lexicon): NameRun | undefined {
  if (run.to - run.from < 3) return undefined;
  let role = false;
  for (let k = Math.max(0, run.from - 4); k < run.from; k++) if (lex.roles.has(tokens[k]!.lower)) role = true;
  if (!role) return undefined;
  const first = tokens[run.to - 2]!;
  return { from: run.to - 2, to: run.to, start: first.start, end: run.end, text: text.slice(first.start, run.end) };
}

/** Clauses and the text they come from. */
export interface Clause {
  from: number;
  to: number;
}

/** How many words after a reporting verb its inverted subject may start ("said the company's chief executive, Tim Cook"). */
const INVERTED_REACH = 12;

/** The inverted subject after the verb at `v`: the first name that is not a complement, in the same sentence. */
function subjectAfter(text: string, tokens: readonly Token[], runs: readonly NameRun[], v: number, lex: Lexicon): NameRun | undefined {
  for (const run of runs) {
    if (run.from <= v) continue;
    if (run.from > v + INVERTED_REACH) break;
    if (/[.;:!?]/.test(text.slice(tokens[v]!.end, run.start))) break;
    if (tokens.slice(v + 1, run.from).some((t) => lex.conjunctions.has(t.lower))) break;
    if (complement(text, tokens, run, lex)) {
      const holder = personAfterOffice(text, tokens, run, lex);
      if (holder) return holder;
      continue;
    }
    return person(runs, run, tokens, lex);
  }
  return undefined;
}

/**
 * The subject before the verb at `v`: the nearest name that is not a complement; when that name
 * sits inside an apposition ("Lo Yad Vashem, il Museo della Shoah a Gerusalemme, ha fatto"),
 * the name that opens the sentence before a comma.
 */
function subjectBefore(text: string, tokens: readonly Token[], runs: readonly NameRun[], v: number, lex: Lexicon): NameRun | undefined {
  const before = runs.filter((r) => r.to <= v);
  for (let k = before.length - 1; k >= 0; k--) {
    const run = before[k]!;
    if (complement(text, tokens, run, lex)) {
      const holder = personAfterOffice(text, tokens, run, lex);
      if (holder && v - run.to <= 2) return holder;
      continue;
    }
    // "X, in a statement on behalf of the Y board, said": the name before the apposition
    const opener = before.find((r) => !complement(text, tokens, r, lex));
    if (opener && opener !== run && opener.from <= 2 && /^\s*,/.test(text.slice(opener.end, opener.end + 3)) && text.slice(run.end, tokens[v]!.start).includes(',')) {
      return person(runs, opener, tokens, lex);
    }
    if (v - run.to > 8) {
      // far from the verb: only a sentence-opening name followed by an apposition
      if (/^\s*,/.test(text.slice(run.end, run.end + 3))) return person(runs, run, tokens, lex);
      continue;
    }
    return person(runs, run, tokens, lex);
  }
  return undefined;
}

/** A one-word name opening a sentence must be written with a capital elsewhere too. */
function sentenceOpenerOnly(state: SpeakerState, tokens: readonly Token[], run: NameRun): boolean {
  if (run.to - run.from !== 1) return false;
  const prev = tokens[run.from - 1];
  const gap = state.text.slice(prev ? prev.end : Math.max(0, run.start - 3), run.start);
  if (prev && !/[.!?:\n]/.test(gap)) return false;
  return !state.capitalisedMidSentence(run.text);
}

function clauseRuns(state: SpeakerState, clause: Clause): { tokens: Token[]; runs: NameRun[] } {
  const tokens = state.tokens(clause.from, clause.to);
  const runs = nameRuns(state.text, tokens, state.lex.names).filter((r) => usable(r, tokens, state.lex));
  return { tokens, runs };
}

/**
 * The speaker named by the reporting clause after a quotation (`post`, from its closing mark to
 * the sentence end), if that clause starts with one.
 */
export function speakerAfter(state: SpeakerState, post: Clause): Speaker | undefined {
  const { text, lex } = state;
  const { tokens, runs } = clauseRuns(state, post);
  // “…,” Thomas Lenard, senior fellow at …: a name and its description, no verb
  const first = runs[0];
  if (
    first && first.from === 0 && /^\s*[,—–-]?\s*$/.test(text.slice(post.from, first.start)) &&
    /^\s*[,(]/.test(text.slice(first.end, first.end + 2)) && state.personLike(first.text)
  )
    return { name: first.text, how: 'explicit' };
  const reach = Math.min(tokens.length, 5);
  for (let v = 0; v < reach; v++) {
    const t = tokens[v]!;
    if (pronounSuffix(t, lex)) return resolve(state, post.from, false);
    if (!isVerb(t, lex)) continue;
    const before = subjectBefore(text, tokens, runs.filter((r) => r.to <= v), v, lex);
    if (before) return { name: before.text, how: 'explicit' };
    for (let k = 0; k < Math.min(tokens.length, v + 3); k++) if (lex.pronouns.has(tokens[k]!.lower)) return resolve(state, post.from, false);
    const after = subjectAfter(text, tokens, runs, v, lex);
    if (after) return { name: after.text, how: 'explicit' };
    const desc = description(tokens, 0, Math.min(tokens.length, v + 5), lex);
    if (desc === 'person') return resolveDescribed(state, tokens, 0, Math.min(tokens.length, v + 5), post.from);
    return resolve(state, post.from, desc === 'company');
  }
  return undefined;
}

/**
 * The speaker named by the clause before a quotation (`pre`, from the sentence start to its
 * opening mark): "X said:", "X: «", "selon X,", "X a affirmé que «", "ha detto X".
 */
export function speakerBefore(state: SpeakerState, pre: Clause): Speaker | undefined {
  const { text, lex } = state;
  const { tokens, runs } = clauseRuns(state, pre);
  if (tokens.length === 0) return undefined;
  const tail = text.slice(tokens[tokens.length - 1]!.end, pre.to);
  // headline and live-blog forms: "Musk : « … »", "Idf, “…”" (the name alone before the mark)
  const lastRun = runs[runs.length - 1];
  if (lastRun && lastRun.to === tokens.length && /^\s*[:,]\s*$/.test(tail)) {
    const alone = lastRun.from === 0 || /[.:\n]\s*$/.test(text.slice(pre.from, lastRun.start));
    if (alone) return { name: person(runs, lastRun, tokens, lex).text, how: 'explicit' };
  }
  // "selon X", "according to X"
  for (let k = 0; k < tokens.length; k++) {
    for (const src of lex.sources) {
      if (!src.every((w, j) => tokens[k + j]?.lower === w)) continue;
      if (lex.conjunctions.has(tokens[k + src.length]?.lower ?? '')) continue;
      const run = runStartingNear(runs, k + src.length, k + src.length + 3);
      if (run) return { name: person(runs, run, tokens, lex).text, how: 'explicit' };
    }
  }
  // the last reporting verb, its subject before it or inverted after it
  for (let v = tokens.length - 1; v >= 0; v--) {
    const t = tokens[v]!;
    if (pronounSuffix(t, lex)) return resolve(state, pre.to, false);
    if (!isVerb(t, lex)) continue;
    let subject = subjectBefore(text, tokens, runs, v, lex);
    // "El ministro propone que … una Autoridad reforzada y recalcó": a second verb shares the sentence's subject
    if (subject && v > 0 && lex.coordinators.has(tokens[v - 1]!.lower)) {
      const opening = description(tokens, 0, Math.min(3, tokens.length), lex);
      if (opening && !(runs[0] && runs[0].from < 3)) return resolve(state, pre.to, opening === 'company');
      if (runs[0] && runs[0].from < 3 && runs[0] !== subject) subject = person(runs, runs[0], tokens, lex);
    }
    if (lex.pronouns.has(tokens[0]!.lower) && (!subject || subject.from > 0)) return resolve(state, pre.to, false);
    // "il a dit" with no name before: the pronoun's person ("Lagarde a elle aussi jugé" keeps Lagarde)
    if (!subject) for (let k = Math.max(0, v - 3); k < v; k++) if (lex.pronouns.has(tokens[k]!.lower)) return resolve(state, pre.to, false);
    if (subject) return { name: subject.text, how: 'explicit' };
    const desc = description(tokens, Math.max(0, v - 6), v, lex);
    if (desc === 'person') return resolveDescribed(state, tokens, Math.max(0, v - 6), v, pre.to);
    if (desc) return resolve(state, pre.to, desc === 'company');
    const after = subjectAfter(text, tokens, runs, v, lex);
    if (after) return { name: after.text, how: 'explicit' };
    return undefined;
  }
  return undefined;
}

/** The first name of a sentence, as its likely subject, when no pattern named the speaker. */
export function sentenceSubject(state: SpeakerState, pre: Clause): Speaker | undefined {
  const { text, lex } = state;
  const tokens = state.tokens(pre.from, pre.to);
  const runs = nameRuns(text, tokens, lex.names).filter(
    (r) => usable(r, tokens, lex) && !complement(text, tokens, r, lex) && !sentenceOpenerOnly(state, tokens, r),
  );
  const first = runs[0];
  return first ? { name: person(runs, first, tokens, lex).text, how: 'guess' } : undefined;
}

/** Does the clause hold a reporting verb at all (a quoted word in a reported sentence)? */
export function hasReportingVerb(state: SpeakerState, clause: Clause): boolean {
  const tokens = state.tokens(clause.from, clause.to);
  return tokens.some((t) => isVerb(t, state.lex) || pronounSuffix(t, state.lex));
}

/** Dashes that set an attribution inside a quotation: "… - ha detto X - …". */
const INNER_DASH = /\s[-–—]\s/g;
/** How long an attribution between dashes may be. */
const INNER_REACH = 160;

/** The speaker named between dashes inside the quotation [from, to). */
export function speakerInside(state: SpeakerState, from: number, to: number): Speaker | undefined {
  const inner = state.text.slice(from, to);
  INNER_DASH.lastIndex = 0;
  for (let m = INNER_DASH.exec(inner); m; m = INNER_DASH.exec(inner)) {
    const at = from + m.index + m[0].length;
    const rest = inner.slice(m.index + m[0].length, m.index + m[0].length + INNER_REACH);
    const close = rest.search(/\s[-–—]|[-–—]\s|[.]/);
    const clause = { from: at, to: close >= 0 ? at + close : at + rest.length };
    const tokens = state.tokens(clause.from, clause.to);
    if (!tokens.slice(0, 3).some((t) => isVerb(t, state.lex))) continue;
    const found = speakerAfter(state, clause);
    if (found) return found;
  }
  return undefined;
}
