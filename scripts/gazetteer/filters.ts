/**
 * What the gazetteer keeps from name-suggestion-index (NSI) and @cspell/dict-companies, and why.
 * NSI describes every brand and operator with its Wikidata description; a news reader needs
 * firms, so an entity is kept when its description says it is a firm and not a public body, a
 * place, a club or a product line.
 */

/** Descriptions that say "this is a firm". */
export const FIRM_DESCRIPTION =
  /\b(compan(y|ies)|corporation|conglomerate|multinational|bank(ing)?|insur(er|ance)|airline|automaker|carmaker|manufacturer|publisher|newspaper|news agency|broadcast(er|ing)|media|telecommunications?|retailer|retail chain|supermarket chain|department store|enterprise|holding|firm|group|producer|brewer(y)?|pharmaceutical|oil and gas|energy|utility|mobile (network )?operator|internet service provider|courier|logistics|fast[- ]food|restaurant chain|coffee|hotel chain|chain of)\b/i;

/** Descriptions of things that are not firms, even when the words above also occur. */
export const NOT_FIRM_DESCRIPTION =
  /\b(government|ministry|municipal(ity)?|city of|public (body|agency|authority|institution)|authority|agency of|department of|council|school|universit(y|ies)|college|political|party|trade union|union of|association|foundation|church|diocese|club|team|federation|non-?profit|charity|central bank|police|army|military|hospital|district|county|province|region|fictional|brand of|product line|model of|song|film|album|former)\b/i;

/** NSI categories that never hold firms for our purpose. */
export const SKIPPED_CATEGORY =
  /\/(government|political_party|union|association|school|college|university|kindergarten|place_of_worship|police|townhall|community_centre|social_facility|library|hospital|clinic|doctors|military|ranger_station|courthouse|prison|charity|ngo)\b/;

/** Descriptions of places: their labels are kept out of the gazetteer (Orange, Rotterdam). */
export const PLACE_DESCRIPTION =
  /\b(city|town|country|municipality|capital|village|county|province|region|state of|island|commune|prefecture|river)\b/i;

/** Scripts the engine reads: Latin for the European languages, Japanese for ja. */
export const LATIN_NAME = /^[\p{Script=Latin}\p{N}\p{P}\p{S}\s]+$/u;
export const JAPANESE_NAME = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
export const JAPANESE_ONLY = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Latin}\p{N}\u30fc\u30fb・ー\s]+$/u;

/**
 * Acronyms and short words that the spell-checker list carries (as tickers or fragments of
 * longer names) but that in news mean something else.
 */
export const NOT_A_FIRM_TOKEN = new Set([
  'AI', 'EU', 'US', 'USA', 'UK', 'UN', 'CEO', 'CFO', 'CTO', 'IT', 'TV', 'PR', 'HR', 'GDP', 'IPO', 'ETF', 'ETH', 'OK',
  'ON', 'AT', 'AD', 'CC', 'JM', 'DR', 'DE', 'EL', 'LA', 'LE', 'IL', 'AM', 'PM', 'NO', 'SO', 'GO', 'BE', 'OR', 'AN',
  'NATO', 'OPEC', 'NASA', 'FBI', 'CIA', 'SEC', 'FTC', 'FDA', 'WHO', 'IMF', 'ECB', 'FED', 'AAA', 'NY', 'DC', 'LLC',
  'Inc', 'Corp', 'Ltd', 'GmbH', 'AG', 'SA', 'SE', 'NV', 'BV', 'Co', 'Group', 'Holdings', 'Bank', 'Company',
  'Dr', 'Mr', 'Mrs', 'Ms', 'Hon', 'Tel', 'Mail', 'Big', 'Index', 'Exchange',
  // universities the spell-checker list carries next to firms
  'UCLA', 'MIT', 'NYU', 'UNSW', 'RMIT', 'UNIST', 'EPFL', 'KAIST', 'OSDI', 'AICPA', 'Aalto', 'Keio', 'Vanderbilt',
]);

/**
 * Common words in the other supported languages that are also brand names. English words are
 * found with the wink lexicon; these cannot be.
 */
export const FALSE_FRIENDS = new Set([
  // fr
  'orange', 'total', 'free', 'casino', 'leader', 'but', 'poste', 'match', 'bic', 'cora', 'atac', 'action', 'point', 'tous',
  'avis', 'elle', 'printemps', 'voisin', 'aigle',
  // de
  'real', 'netto', 'penny', 'norma', 'globus', 'extra', 'kaufhof',
  // es, pt, it
  'dia', 'día', 'vale', 'claro', 'oi', 'vivo', 'sol', 'sigma', 'continente', 'caixa', 'banco', 'correos', 'correios',
  'poste', 'sole', 'stampa', 'mundo', 'globo', 'folha', 'pais', 'país', 'carrefour', 'lider', 'líder', 'zara', 'fortuna',
  'loro', 'libro', 'energia', 'natura', 'reale', 'moto', 'plana', 'unidas', 'mercantil', 'drei',
]);

/**
 * German nouns that are also firms' names. German capitalises every noun, so a capital letter is
 * no evidence there: these need a cue ("der Versicherer Allianz") or a confirmed mention.
 */
export const GERMAN_NOUNS = new Set(['post', 'bahn', 'bild', 'welt', 'zeit', 'allianz', 'spiegel', 'stern', 'focus', 'capital', 'handel', 'union']);
