/**
 * The company engine: every mention of a firm in an article text, with its canonical name.
 *
 *   text ─ scanText (one pass: listed names + suffix, cue, ticker anchors)
 *        ─ evidence per name ─ rule candidates ─ enumerations ─ page confirmation ─ findings
 *
 * A listed name that is also a word, a place or a first name ("Apple", "Orange", "Shell") counts
 * only with evidence: a capital the sentence start or a title-case headline does not explain, a
 * cue phrase, a legal suffix, a ticker, or another confirmed mention of the same firm on the page.
 */
import type { EngineContext } from '../context';
import type { CompanyFinding, Draft } from '../findings';
import {
  afterFirstName,
  aloneOnLine,
  atSentenceStart,
  besideNonCompanyWord,
  followedByIndexNumber,
  hasCue,
  inLongerName,
  inQuotedTitle,
  inTitleCaseLine,
  legalSuffixAfter,
  onShareLine,
  tickerAfter,
  wordAfter,
} from './context';
import { isLetterOrDigit, isTitleWord } from './chars';
import { CUES, SUBSIDIARY_WORDS } from './data/cues';
import { buildGazetteer, ensureGazetteer, firmAt, type GazetteerHit } from './gazetteer';
import { LineStarts } from './lines';
import { enumerationAround } from './lists';
import { beforeIndex } from './cue-index';
import { countedFirms } from './counted-list';
import { publisherMentions, siteLabel } from './publisher';
import { findRepeats } from './repeats';
import { isOpener } from './rules';
import { scanText } from './scan';

interface Mention {
  start: number;
  end: number;
  /** Canonical name, and the key mentions of one firm share. */
  name: string;
  wikidata?: string;
  ticker?: string;
}

/**
 * Builds a piece of the company gazetteer, until `spent()` says the slice is over; true once it is
 * all built. The content script calls this in idle slices before its first scan (loading the
 * script stays a short task); `findCompanies` builds whatever is missing on its first call.
 */
export function prepareCompanies(spent: () => boolean): boolean {
  return buildGazetteer(spent);
}

/** Every mention of a company in `text`, in text order, not overlapping. */
export function findCompanies(text: string, ctx: EngineContext): Draft<CompanyFinding>[] {
  ensureGazetteer();
  const lang = ctx.lang;
  const headlines = new Map<number, boolean>();
  const shareLines = new Map<number, boolean>();
  const lines = new LineStarts(text);
  const { hits, candidates, capitals, capitalWords } = scanText(text, lang);

  const pageWords = new PageWords(text);
  const subsidiaries: { start: number; end: number }[] = [];
  const accepted = new Set<GazetteerHit>();
  const pending: GazetteerHit[] = [];
  const confirmedFirms = new Set<number>();
  const accept = (h: GazetteerHit) => {
    accepted.add(h);
    confirmedFirms.add(h.firm);
  };

  // A firm whose one-word name follows a first name somewhere on the page ("Harrison Ford") is,
  // in its other bare mentions, probably that person ("Ford said"): those need evidence too.
  const surnames = new Set<number>();
  for (const h of hits) {
    if (h.firm < 0 || h.words !== 1 || !isTitleWord(text, h.start, h.end)) continue; // not "KPMG"
    if (
      afterFirstName(text, h.start, lang) &&
      /\p{Lu}\p{Ll}{2,11} $/u.test(text.slice(Math.max(0, h.start - 14), h.start)) &&
      !inTitleCaseLine(text, h.start, headlines, lines)
    ) {
      if (!hasCue(text, h.start, h.end, lang)) surnames.add(h.firm);
    }
  }

  // 1. Listed names, each on its own evidence.
  for (const h of hits) {
    if (h.firm < 0) continue;
    if (besideNonCompanyWord(text, h.start, h.end) || followedByIndexNumber(text, h.end)) continue;
    if (onShareLine(text, h.start, shareLines, lines) || aloneOnLine(text, h.start, h.end)) continue;
    if (hasCue(text, h.start, h.end, lang)) accept(h);
    // "CNN Brasil", "BBC News": a distinctive acronym before a capitalised word is the firm or its arm.
    else if (h.words === 1 && h.need === 0 && isAcronym(text, h.start, h.end)) accept(h);
    else if (h.words === 1 && inLongerName(text, h.start, h.end, lang)) {
      // "Lufthansa Cargo": a known firm and a division word make a firm of their own.
      const next = wordAfter(text, h.end);
      if (h.need === 0 && SUBSIDIARY_WORDS.has(next)) subsidiaries.push({ start: h.start, end: h.end + 1 + next.length });
      continue;
    }
    else if (h.words === 1 && surnames.has(h.firm)) pending.push(h);
    else if (h.need === 0 && !(h.words === 1 && atSentenceStart(text, h.start) && pageWords.isWordHere(h.start, h.end))) {
      accept(h);
    } else if (
      (h.need === 1 || (h.need === 3 && lang !== 'de')) &&
      !atSentenceStart(text, h.start) &&
      !inTitleCaseLine(text, h.start, headlines, lines) &&
      !inQuotedTitle(text, h.start, h.end) // "A Paradise Built in Hell"
    ) {
      accept(h); // a capital that neither the sentence start, a headline nor a title explains
    } else pending.push(h);
  }

  // 2. Firms found by a rule: a listed name they cover is confirmed (and gets their ticker);
  //    the others are firms no list knows.
  const tickers = new Map<number, string>();
  const unknown: Mention[] = [];
  const takeSpan = (start: number, end: number, textEnd: number, ticker?: string, readBack = false) => {
    const h = findHitIn(hits, start, end);
    // A listed name inside a longer found name ("Global" in "Global Equities Research") is not it,
    // but one at its end is when the name was read leftwards in German ("den US-Platzhirschen
    // Visa": nouns before the name), or when it needs no evidence.
    if (h && h.end >= end && (h.start <= start || h.need === 0 || (readBack && lang === 'de'))) {
      if (h.firm < 0) return;
      accept(h);
      if (ticker) tickers.set(h.firm, ticker);
    } else {
      unknown.push({ start, end: textEnd, name: text.slice(start, end), ...(ticker ? { ticker } : {}) });
    }
  };
  for (const c of candidates) {
    if (aloneOnLine(text, c.start, c.textEnd)) continue; // a tag, a menu entry, a section title
    if (c.weak && lang !== 'de' && inTitleCaseLine(text, c.start, headlines, lines)) continue; // "Tech Company Raises Funds"
    takeSpan(c.start, c.end, c.textEnd, c.ticker);
  }
  // Names a count sums up ("… DNC et Kimazou. Les deux compagnies …").
  for (const item of countedFirms(text, lang)) takeSpan(item.start, item.end, item.end);
  for (const sub of subsidiaries) unknown.push({ ...sub, name: text.slice(sub.start, sub.end) });

  // 3. Enumerations: the items listed with a confirmed firm are firms (lists after a plural cue,
  //    "las compañías A, B y C", come with the rule candidates).
  const seeds: { start: number; end: number }[] = [...accepted, ...unknown].sort((a, b) => a.start - b.start);
  let listedUntil = -1; // a seed inside a list already read adds nothing: keeps long lists linear
  for (const seed of seeds) {
    if (seed.start < listedUntil) continue;
    const run = enumerationAround(text, seed.start, seed.end);
    for (const item of run.items) takeSpan(item.start, item.end, item.end, undefined, item.readBack);
    listedUntil = run.until;
  }

  // 4. Once a firm is confirmed on the page, its other mentions count too.
  for (const h of pending) if (confirmedFirms.has(h.firm)) accepted.add(h);

  const mentions: Mention[] = [...accepted].map((h) => {
    const firm = firmAt(h.firm);
    const m: Mention = { start: h.start, end: h.end + legalSuffixAfter(text, h.end), name: firm.name };
    if (firm.wikidata) m.wikidata = firm.wikidata;
    const ticker = firm.ticker ?? tickers.get(h.firm) ?? tickerAfter(text, h.end)?.ticker;
    if (ticker) m.ticker = ticker;
    return m;
  });

  // 5. Firms found by a rule: their later short mentions count ("Kimazou SA" … "Kimazou"),
  //    unless the name is a person's surname on this page.
  const firstOf = new Map<string, Mention>();
  for (const u of unknown) if (!firstOf.has(u.name) || u.ticker) firstOf.set(u.name, u);
  const cueWords = CUES[lang] ? beforeIndex(lang) : undefined;
  const notFirstName = (w: string) => isOpener(w) || cueWords?.has(w.toLowerCase()) === true;
  const { occurrences, people } = findRepeats(text, capitals, capitalWords, firstOf.keys(), notFirstName);
  for (const [name, starts] of occurrences) {
    if (people.has(name)) continue;
    const ticker = firstOf.get(name)?.ticker;
    for (const i of starts) mentions.push({ start: i, end: i + name.length, name, ...(ticker ? { ticker } : {}) });
  }
  for (const u of unknown) {
    const ticker = u.ticker ?? firstOf.get(u.name)?.ticker;
    if (!people.has(u.name)) mentions.push(ticker ? { ...u, ticker } : u);
  }

  // 6. The page's own publisher, named as its domain is ("Observer" on observer.com).
  const label = siteLabel(ctx.host);
  if (label) {
    const spans = publisherMentions(text, capitals, label).filter((m) => !aloneOnLine(text, m.start, m.end));
    const name = spans[0] ? text.slice(spans[0].start, spans[0].end) : '';
    for (const m of spans) mentions.push({ ...m, name });
  }

  return dropOverlaps(mentions).map((m) => {
    const f: Draft<CompanyFinding> = { kind: 'company', text: text.slice(m.start, m.end), name: m.name, start: m.start, end: m.end };
    if (m.wikidata) f.wikidata = m.wikidata;
    if (m.ticker) f.ticker = m.ticker;
    return f;
  });
}

/** Is [start, end) an acronym of two letters or more ("CNN", "BBC")? */
function isAcronym(text: string, start: number, end: number): boolean {
  return end - start >= 2 && /^\p{Lu}[\p{Lu}\d]+$/u.test(text.slice(start, end));
}

function findHitIn(hits: GazetteerHit[], start: number, end: number): GazetteerHit | undefined {
  // Hits are sorted by start; candidates are few, so a binary search is enough.
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hits[mid] as GazetteerHit).end <= start) lo = mid + 1;
    else hi = mid;
  }
  const h = hits[lo];
  return h && h.start < end && h.end > start ? h : undefined;
}

/**
 * Is a one-word name at a sentence start also written in lower case on the page ("Tous les
 * salariés …" when the page also says "tous")? Then its capital comes from the sentence, and it
 * needs evidence like any word. Answers are cached per word; past a bound of distinct words the
 * answer is "no", so the time stays linear on any input.
 */
class PageWords {
  private readonly seen = new Map<string, boolean>();
  constructor(private readonly text: string) {}

  isWordHere(start: number, end: number): boolean {
    if (!isTitleWord(this.text, start, end)) return false; // "BASF", "eBay", "McDonald": not words
    const word = this.text.slice(start, end);
    let known = this.seen.get(word);
    if (known === undefined) {
      if (this.seen.size >= 64) return false;
      known = occursInLowerCase(this.text, word.toLowerCase());
      this.seen.set(word, known);
    }
    return known;
  }
}

function occursInLowerCase(text: string, lower: string): boolean {
  for (let i = text.indexOf(lower); i >= 0; i = text.indexOf(lower, i + 1)) {
    if (!isLetterOrDigit(text.charCodeAt(i - 1)) && !isLetterOrDigit(text.charCodeAt(i + lower.length))) return true;
  }
  return false;
}

/** Keep the longest of overlapping mentions, in text order. */
function dropOverlaps(ms: Mention[]): Mention[] {
  ms.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of ms) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}
