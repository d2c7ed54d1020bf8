/**
 * Is a quotation an allegation, and against whom: a reporting verb of accusation in its clause
 * (alleged, accuse, dénonce, wirft vor, acusó) or words of wrongdoing in the quote or its clause
 * (illegally, fraude, Betrug, ilegal); the target is the company or person named in the quote or
 * its sentence.
 */
import type { CompanyFinding, Draft } from '../findings';
import { nameRuns, tokenize } from '../names';
import { hasStem, type Lexicon } from './lexicon';

export interface Allegation {
  allegation: boolean;
  target?: string;
}

/** Companies in [from, to): the findings are sorted by start. */
function companyIn(companies: readonly Draft<CompanyFinding>[], from: number, to: number, skip: string | undefined): string | undefined {
  // binary search for the first company at or after `from`: a scan from the start would make
  // the engine quadratic on a long page with many quotes and companies
  let lo = 0, hi = companies.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (companies[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < companies.length; k++) {
    const c = companies[k]!;
    if (c.start >= to) break;
    if (c.name !== skip) return c.name;
  }
  return undefined;
}

export function judgeAllegation(
  text: string,
  lex: Lexicon,
  companies: readonly Draft<CompanyFinding>[],
  quote: { from: number; to: number },
  sentence: { from: number; to: number },
  speaker: string | undefined,
): Allegation {
  const clause = (text.slice(sentence.from, quote.from) + ' ' + text.slice(quote.to, sentence.to)).toLowerCase();
  const inside = text.slice(quote.from, quote.to).toLowerCase();
  const neg = lex.negations;
  const allegation = hasStem(clause, lex.allegationVerbs, neg) || hasStem(inside, lex.allegationCues, neg) || hasStem(clause, lex.allegationCues, neg);
  if (!allegation) return { allegation };
  const target = companyIn(companies, quote.from, quote.to, speaker) ?? companyIn(companies, sentence.from, sentence.to, speaker) ?? personIn(text, lex, quote, speaker);
  return target ? { allegation, target } : { allegation };
}

function personIn(text: string, lex: Lexicon, span: { from: number; to: number }, speaker: string | undefined): string | undefined {
  if (lex.lang === 'ja') return undefined;
  const tokens = tokenize(text, span.from, span.to);
  for (const run of nameRuns(text, tokens, lex.names)) {
    if (run.from === 0 || run.to - run.from < 2) continue; // a lone capital may open a sentence: only full names
    if (speaker && (speaker.includes(run.text) || run.text.includes(speaker))) continue;
    return run.text;
  }
  return undefined;
}
