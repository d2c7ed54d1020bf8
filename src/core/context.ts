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
}
