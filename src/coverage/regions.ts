/**
 * Google News edition parameters per page language (`hl`, `gl`, `ceid` must agree, see
 * ../shared/RESEARCH.md §2.2). Adding a language is adding a row.
 */
import type { Lang } from '../core/findings';

export interface Edition {
  hl: string;
  gl: string;
  ceid: string;
}

export const GOOGLE_NEWS_EDITIONS: Record<Lang, Edition> = {
  en: { hl: 'en-US', gl: 'US', ceid: 'US:en' },
  fr: { hl: 'fr', gl: 'FR', ceid: 'FR:fr' },
  de: { hl: 'de', gl: 'DE', ceid: 'DE:de' },
  es: { hl: 'es', gl: 'ES', ceid: 'ES:es' },
  it: { hl: 'it', gl: 'IT', ceid: 'IT:it' },
  pt: { hl: 'pt-BR', gl: 'BR', ceid: 'BR:pt-419' },
  ja: { hl: 'ja', gl: 'JP', ceid: 'JP:ja' },
};

/** Google News edition query string for `lang`. */
export function editionParams(lang: Lang): string {
  const e = GOOGLE_NEWS_EDITIONS[lang];
  return `hl=${encodeURIComponent(e.hl)}&gl=${e.gl}&ceid=${encodeURIComponent(e.ceid)}`;
}
