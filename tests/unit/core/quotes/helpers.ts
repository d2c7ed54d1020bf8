import type { EngineContext } from '../../../../src/core/context';
import type { CompanyFinding, Draft, Lang } from '../../../../src/core/findings';
import { findQuotes } from '../../../../src/core/quotes';

/** The quote findings of `text` in `lang`, with optional company findings for targets. */
export function quotes(text: string, lang: Lang, companies: Draft<CompanyFinding>[] = []) {
  const ctx: EngineContext = { lang };
  return findQuotes(text, ctx, companies).filter((f) => f.kind === 'quote');
}

export function claims(text: string, lang: Lang, companies: Draft<CompanyFinding>[] = []) {
  return findQuotes(text, { lang }, companies).filter((f) => f.kind === 'claim');
}

/** A company finding for `name` at its first occurrence in `text`. */
export function company(text: string, name: string): Draft<CompanyFinding> {
  const start = text.indexOf(name);
  return { kind: 'company', text: name, name, start, end: start + name.length };
}
