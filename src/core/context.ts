import type { Lang } from './findings';

/**
 * What the engine knows about a text besides its characters. Every field is a hint from the page
 * (its declared language, its address); the engine never reads the page itself.
 */
export interface EngineContext {
  lang: Lang;
  /**
   * ISO 3166 region when the page tells it (from `lang="fr-CA"`, `pt-BR`, or the site's country
   * domain). It decides the reading of a bare "$" (CAD on a Canadian page) and the number scale
   * of Portuguese (Brazil: short scale; Portugal: long scale).
   */
  region?: string;
  /** The page's host name, if any, for rules that depend on the publisher's country. */
  host?: string;
  /**
   * Whose dollar (peso, krona…) a bare sign means when the page declares no region, decided once
   * for the whole page from its opening (see money/region.ts); null when decided and none found.
   * Absent, the engine decides it from the text it is given: the same for a one-call article, but
   * a long page read in chunks, or a part added later, must keep the page's decision.
   */
  currencyRegion?: string | null;
}
