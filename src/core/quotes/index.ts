import type { EngineContext } from '../context';
import type { ClaimFinding, CompanyFinding, Draft, QuoteFinding } from '../findings';

/** Every direct quotation and reported allegation in `text`. (Stub: replaced by the quotes engine.) */
export function findQuotes(
  _text: string,
  _ctx: EngineContext,
  _companies: readonly Draft<CompanyFinding>[],
): Draft<QuoteFinding | ClaimFinding>[] {
  return [];
}
