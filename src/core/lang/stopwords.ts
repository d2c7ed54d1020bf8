/**
 * Frequent function words per language, for telling the language of a text when the page does
 * not declare it (or declares it wrongly). Short, unambiguous words only: a word that is common
 * in two of these languages ("de", "a", "la") is kept out, since it cannot tell them apart.
 */
import type { Lang } from '../findings';

export const STOPWORDS: Record<Exclude<Lang, 'ja'>, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'was', 'with', 'for', 'said', 'have', 'has', 'it', 'this', 'which', 'from', 'by'],
  fr: ['le', 'les', 'des', 'et', 'est', 'une', 'du', 'pour', 'dans', 'que', 'qui', 'sur', 'pas', 'au', 'aux', 'avec', 'ont'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'mit', 'den', 'dem', 'sich', 'auf', 'auch', 'für', 'wird', 'zu'],
  es: ['el', 'los', 'las', 'y', 'es', 'por', 'con', 'una', 'del', 'para', 'que', 'se', 'su', 'como', 'más', 'pero', 'fue'],
  it: ['il', 'gli', 'che', 'di', 'è', 'per', 'non', 'una', 'della', 'delle', 'con', 'sono', 'nel', 'alla', 'anche', 'ha', 'dei'],
  pt: ['os', 'as', 'que', 'não', 'uma', 'para', 'com', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'foi', 'são', 'mais'],
};
