/**
 * Reported allegations without quotation marks: "Musk a fait d’autres allégations selon lesquelles
 * Microsoft …", "X alleged that …". The claim is the clause after the cue phrase, up to the end of
 * its sentence; its speaker is read like a quotation's (the subject before the cue).
 */
import type { ClaimFinding, CompanyFinding, Draft } from '../findings';
import { judgeAllegation } from './allegation';
import type { Lexicon } from './lexicon';
import { sentenceEnd, sentenceStart } from './sentences';
import type { QuoteSpan } from './spans';
import { speakerBefore, type SpeakerState } from './speaker';

const WORD_CHAR = /[\p{L}\p{N}]/u;

export function findClaims(
  text: string,
  lex: Lexicon,
  state: SpeakerState,
  spans: readonly QuoteSpan[],
  companies: readonly Draft<CompanyFinding>[],
): Draft<ClaimFinding>[] {
  if (lex.claimCues.length === 0) return [];
  const lower = text.toLowerCase();
  const out: Draft<ClaimFinding>[] = [];
  const seen = new Set<number>();
  for (const cue of lex.claimCues) {
    for (let i = lower.indexOf(cue); i >= 0; i = lower.indexOf(cue, i + cue.length)) {
      if (i > 0 && WORD_CHAR.test(lower[i - 1]!)) continue;
      if (WORD_CHAR.test(lower[i + cue.length] ?? ' ')) continue;
      let from = i + cue.length;
      while (from < text.length && /\s/.test(text[from]!)) from++;
      const end = sentenceEnd(text, from, text.length);
      let to = end;
      while (to > from && /[\s.]/.test(text[to - 1]!)) to--;
      const sentence = sentenceStart(text, i, 0);
      if (to - from < 12 || seen.has(sentence)) continue;
      // a clause that holds a direct quotation is already listed as that quote
      if (spans.some((s) => s.open >= from && s.open < to)) continue;
      seen.add(sentence);
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
  }
  return out;
}
