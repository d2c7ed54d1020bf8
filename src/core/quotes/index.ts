/**
 * The quotes engine: every direct quotation of an article, who said it, and whether it accuses
 * someone; and reported allegations without quotation marks (kind `claim`).
 *
 *   text ─ findQuoteSpans (one pass) ─ per span: listable? ─ speaker ─ allegation, target
 *        ─ findClaims (cue phrases) ─────────────────────────────────────────────────────┘
 */
import type { EngineContext } from '../context';
import type { ClaimFinding, CompanyFinding, Draft, QuoteFinding } from '../findings';
import { judgeAllegation } from './allegation';
import { findClaims } from './claims';
import { listable } from './listable';
import { lexicon } from './lexicon';
import { reportedAfterJa, speakerJa } from './japanese';
import { sentenceEnd, sentenceStart } from './sentences';
import { findQuoteSpans, type QuoteSpan } from './spans';
import { nameRuns } from '../names';
import { SpeakerState, hasReportingVerb, speakerInside, sentenceSubject, speakerAfter, speakerBefore, type Speaker } from './speaker';

const SPACE = /[\s\u00a0\u202f]/;

/** Quotations a sentence may hold before its attribution ("«A» …, «B» …, «C», juge X."). */
const MAX_QUOTES_AHEAD = 4;

/**
 * The speaker named after the last quotation of the sentence that holds spans[k], when later
 * quotations share it: several quotations, then one reporting clause for all.
 */
function speakerAfterLastInSentence(text: string, state: SpeakerState, spans: readonly QuoteSpan[], k: number): Speaker | undefined {
  let last = k;
  for (let m = k + 1; m < spans.length && m <= k + MAX_QUOTES_AHEAD; m++) {
    // the next quotation opens before the sentence ends (the text between holds no sentence end)
    if (sentenceEnd(text, spans[m - 1]!.close + 1, spans[m]!.open) < spans[m]!.open) break;
    last = m;
  }
  if (last === k) return undefined;
  const ceiling = last + 1 < spans.length ? spans[last + 1]!.open : text.length;
  const from = spans[last]!.close + 1;
  return speakerAfter(state, { from, to: sentenceEnd(text, from, ceiling) });
}

/**
 * Entry breaks of a live blog: a paragraph that is only a time ("16:27", "9.05", "14h30"). Each
 * entry is its own story: its quotations are not attributed to the speakers of the one before.
 */
const ENTRY_BREAK = /(?:^|\n)[ \t]*\d{1,2}[:.h]\d{2}[ \t]*(?=\n|$)/g;

function entryBreaks(text: string): number[] {
  const out: number[] = [];
  ENTRY_BREAK.lastIndex = 0;
  for (let m = ENTRY_BREAK.exec(text); m; m = ENTRY_BREAK.exec(text)) out.push(m.index + m[0].length);
  return out;
}

/**
 * Who an entry's headline gives the floor to: "Hezbollah, abbiamo colpito …", "Mosca: …" (a name
 * alone before a comma or colon at the start of the entry's first line).
 */
/** Words of a headline's speaker before its colon, at most ("Esercito israeliano", "Dipartimento di Stato Usa"). */
const MAX_HEADLINE_SPEAKER_WORDS = 4;

function headlineSpeaker(text: string, state: SpeakerState, entryStart: number): string | undefined {
  let from = entryStart;
  while (from < text.length && /\s/.test(text[from]!)) from++;
  const lineEnd = text.indexOf('\n', from);
  const to = Math.min(lineEnd < 0 ? text.length : lineEnd, from + 200);
  const stop = text.slice(from, to).search(/[,:]\s/);
  if (stop <= 0) return undefined;
  const tokens = state.tokens(from, from + stop);
  const runs = nameRuns(text, tokens, state.lex.names);
  const run = runs[0];
  if (run && run.from === 0 && run.to === tokens.length) return run.text;
  // "Esercito israeliano: …": before a colon, a short capitalised phrase speaks too
  const colon = text[from + stop] === ':';
  if (colon && run && run.from === 0 && tokens.length <= MAX_HEADLINE_SPEAKER_WORDS) return text.slice(from, tokens[tokens.length - 1]!.end);
  return undefined;
}

/** Every direct quotation and reported allegation in `text`. */
export function findQuotes(
  text: string,
  ctx: EngineContext,
  companies: readonly Draft<CompanyFinding>[],
): Draft<QuoteFinding | ClaimFinding>[] {
  const lex = lexicon(ctx.lang);
  const sorted = [...companies].sort((a, b) => a.start - b.start);
  const state = new SpeakerState(text, lex, sorted);
  const spans = findQuoteSpans(text, ctx.lang === 'en').filter((s) => s.depth === 0);
  const out: Draft<QuoteFinding | ClaimFinding>[] = [];
  /** The speaker of the previous quotation, for the next one in the same sentence. */
  let prevSpeaker: Speaker | undefined;
  const breaks = entryBreaks(text);
  let nextBreak = 0;
  /** The speaker the current live-blog entry's headline names, if any. */
  let entrySpeaker: string | undefined;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    // a new live-blog entry: nobody spoke in it yet
    let entryStart = -1;
    while (nextBreak < breaks.length && breaks[nextBreak]! <= span.open) entryStart = breaks[nextBreak++]!;
    if (entryStart >= 0) {
      state.last = undefined;
      prevSpeaker = undefined;
      entrySpeaker = headlineSpeaker(text, state, entryStart);
    }
    // the words inside the marks, without the spaces next to them
    let from = span.open + 1, to = span.close;
    while (from < to && SPACE.test(text[from]!)) from++;
    while (to > from && SPACE.test(text[to - 1]!)) to--;
    if (from >= to) continue;
    const prevClose = k > 0 ? spans[k - 1]!.close + 1 : 0;
    const nextOpen = k + 1 < spans.length ? spans[k + 1]!.open : text.length;
    const pre = { from: sentenceStart(text, span.open, prevClose), to: span.open };
    const post = { from: span.close + 1, to: sentenceEnd(text, span.close + 1, nextOpen) };

    state.floor = Math.max(prevClose, entryStart);
    state.anchor = pre.from;
    let speaker: Speaker | undefined;
    let reported: boolean;
    if (ctx.lang === 'ja') {
      reported = reportedAfterJa(text, span.close, lex);
      speaker = speakerJa(text, sentenceStart(text, span.open, 0), span.open, lex);
    } else {
      speaker = speakerAfter(state, post) ?? speakerBefore(state, pre);
      // "«A» malgré une «B» majorité, «C», juge X.": the attribution after the sentence's last quotation
      if (!speaker) speaker = speakerAfterLastInSentence(text, state, spans, k);
      // “…” y “…”: a second quotation in the sentence of the first has its speaker
      if (!speaker && k > 0 && pre.from === prevClose && prevSpeaker) speaker = prevSpeaker;
      speaker ??= speakerInside(state, from, to);
      if (!speaker && /^[\s.,!?)]*$/.test(text.slice(post.from, post.to)) && post.to < nextOpen) {
        // "«…». Lo ha detto il ministro …": the attribution is the next sentence
        speaker = speakerAfter(state, { from: post.to, to: sentenceEnd(text, post.to + 1, nextOpen) });
      }
      reported = speaker !== undefined || hasReportingVerb(state, pre) || hasReportingVerb(state, post);
    }
    if (!listable(text, lex, { from, to }, pre, reported)) continue;
    if (!speaker && ctx.lang !== 'ja') {
      // a paragraph that is only a quotation continues the last speaker; else the sentence's subject
      const startsParagraph = /(^|\n)\s*$/.test(text.slice(Math.max(0, span.open - 3), span.open));
      speaker = startsParagraph && state.last ? { name: state.last.name, how: 'resolved' } : undefined;
      if (!speaker && entrySpeaker && !state.last) speaker = { name: entrySpeaker, how: 'guess' };
      speaker ??= sentenceSubject(state, pre);
      if (!speaker && state.last && span.open - state.last.at < 1500) speaker = { name: state.last.name, how: 'resolved' };
      if (!speaker && entrySpeaker) speaker = { name: entrySpeaker, how: 'guess' };
    }
    prevSpeaker = speaker;
    const name = speaker ? state.fullNames.full(speaker.name) : undefined;
    if (name && speaker!.how !== 'guess') {
      state.last = { name, at: span.close };
      state.speakers.add(speaker!.name);
    }
    const sentence = { from: pre.from, to: post.to };
    const judged = judgeAllegation(text, lex, sorted, { from, to }, sentence, name);
    // the fields in the order findings are serialised; two literals cost less than spreading
    const quoted = text.slice(from, to);
    const quote: Draft<QuoteFinding> = name
      ? { kind: 'quote', text: quoted, start: from, end: to, speaker: name, allegation: judged.allegation }
      : { kind: 'quote', text: quoted, start: from, end: to, allegation: judged.allegation };
    if (judged.target) quote.target = judged.target;
    out.push(quote);
  }
  out.push(...findClaims(text, lex, state, spans, sorted));
  return out;
}
