/**
 * The hover card's words, in the reader's language (English or French, as the popup). Data, not
 * logic: a new language is a new entry.
 */
import type { Period } from '../../core/findings';

export interface CardLabels {
  money: string;
  company: string;
  quote: string;
  claim: string;
  allegation: string;
  per: Record<Period, string>;
  inHome: (amount: string, date: string) => string;
  noRate: (currency: string) => string;
  speaker: string;
  unattributed: string;
  target: string;
  wikipedia: string;
  news: string;
  range: string;
}

const EN: CardLabels = {
  money: 'Amount',
  company: 'Company',
  quote: 'Quote',
  claim: 'Claim',
  allegation: 'Allegation',
  per: { hour: 'per hour', day: 'per day', week: 'per week', month: 'per month', quarter: 'per quarter', year: 'per year' },
  inHome: (amount, date) => `≈ ${amount} (ECB reference rate of ${date})`,
  noRate: (currency) => `No reference rate for ${currency}`,
  speaker: 'Said by',
  unattributed: 'Speaker not identified',
  target: 'Against',
  wikipedia: 'Wikipedia',
  news: 'News search',
  range: 'Part of a range',
};

const FR: CardLabels = {
  money: 'Montant',
  company: 'Entreprise',
  quote: 'Citation',
  claim: 'Affirmation',
  allegation: 'Accusation',
  per: { hour: 'par heure', day: 'par jour', week: 'par semaine', month: 'par mois', quarter: 'par trimestre', year: 'par an' },
  inHome: (amount, date) => `≈ ${amount} (taux de référence BCE du ${date})`,
  noRate: (currency) => `Pas de taux de référence pour ${currency}`,
  speaker: 'Propos de',
  unattributed: 'Auteur non identifié',
  target: 'Vise',
  wikipedia: 'Wikipédia',
  news: 'Recherche d’actualités',
  range: 'Fait partie d’une fourchette',
};

/** The labels for a BCP 47 language tag (the browser's UI language). */
export function labelsFor(tag: string | undefined): CardLabels {
  return (tag ?? '').toLowerCase().startsWith('fr') ? FR : EN;
}
