import type { EngineContext } from '../context';
import type { CompanyFinding, Draft } from '../findings';

/** Every mention of a company in `text`. (Stub: replaced by the companies engine.) */
export function findCompanies(_text: string, _ctx: EngineContext): Draft<CompanyFinding>[] {
  return [];
}
