/**
 * Reported allegations without quotation marks: "Musk a fait d’autres allégations selon lesquelles
 * Microsoft …", "X alleged that …". The claim is the clause after the cue phrase, up to the end of
 * its sentence; its speaker is read like a quotation's (the subject before the cue).
 */
import type { ClaimFinding, CompanyFinding, Draft } from '../findings';
import { judgeAllegation } from './allegation';
import { isWordCode } from '../names/chars';
import { wordStartMatches, type Lexicon } from './lexicon';
import { sentenceEnd, sentenceStart } from './sentences';
import type { QuoteSpan } from './spans';
import { speakerBefore, type SpeakerState } from './speaker';

export function findClaims(
  text: string,
  lex: Lexicon,
  state: SpeakerState,
  spans: readonly QuoteSpan[],
  companies: readonly Draft<CompanyFinding>[],
): Draft<ClaimFinding>[] {
  const cues = lex.claimCues;
  if (!cues) return [];
  const out: Draft<ClaimFinding>[] = [];
  const seen = new Set<number>();
  let prevEnd = 0;
  let k = 0; // spans before the current cue, for a linear check of "a quotation in the clause"
  for (const m of wordStartMatches(cues, text)) {
    const i = m.index;
    // a cue inside the clause of the claim just listed belongs to that claim
    if (i < prevEnd) continue;
    if (isWordCode(text.charCodeAt(i + m[0].length))) continue;
    let from = i + m[0].length;
    while (from < text.length && /\s/.test(text[from]!)) from++;
    const end = sentenceEnd(text, from, text.length);
    let to = end;
    while (to > from && /[\s.]/.test(text[to - 1]!)) to--;
    const sentence = sentenceStart(text, i, 0);
    if (to - from < 12 || seen.has(sentence)) continue;
    // a clause that holds a direct quotation is already listed as that quote
    while (k < spans.length && spans[k]!.open < from) k++;
    if (k < spans.length && spans[k]!.open < to) continue;
    seen.add(sentence);
    state.anchor = sentence;
    // like a quotation's: look back no further than the previous claim, whose clause is about its own speaker
    state.floor = Math.min(prevEnd, sentence);
    prevEnd = end;
    const speaker = speakerBefore(state, { from: sentence, to: from });
    const name = speaker ? state.fullNames.full(speaker.name) : undefined;
    const judged = judgeAllegation(text, lex, companies, { from, to }, { from: sentence, to: end }, name);
    out.push({
      kind: 'claim',
      text: text.slice(from, to),
      start: from,
      end: to,
      ...(name ? { speaker: name } : {}),
      allegation: true,
      ...(judged.target ? { target: judged.target } : {}),
    });
  }
  return out;
}
