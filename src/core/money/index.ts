import type { EngineContext } from '../context';
import type { Draft, MoneyFinding } from '../findings';

/** Every amount of money in `text`. (Stub: replaced by the money engine.) */
export function findMoney(_text: string, _ctx: EngineContext): Draft<MoneyFinding>[] {
  return [];
}
