/**
 * The benchmark's baseline: the same job done with the off-the-shelf libraries the project is
 * measured against (../shared brief): Microsoft's Recognizers-Text for money, compromise for
 * organisations and quotations. Each article goes through all three, as through our engine.
 *
 * Recognizers-Text's JavaScript port has no German or Italian model: those articles are read
 * with its English one, which is what a user of the library would get. Its models are built on
 * the first call per culture (seconds): the caller warms up before timing. It is given one
 * paragraph at a time, its best case: on a whole 8 kB article it takes 3-9 s instead of 0.2-0.3 s
 * (its time grows faster than the text).
 */
import { recognizeCurrency } from '@microsoft/recognizers-text-number-with-unit';
import nlp from 'compromise';

const CULTURE: Record<string, string> = {
  en: 'en-us',
  fr: 'fr-fr',
  es: 'es-es',
  pt: 'pt-br',
  ja: 'ja-jp',
};

/** Money, organisations and quotations of one article, by the off-the-shelf libraries. */
export function offTheShelf(text: string, lang: string): number {
  const culture = CULTURE[lang] ?? 'en-us';
  let money = 0;
  for (const paragraph of text.split('\n\n')) money += recognizeCurrency(paragraph, culture).length;
  const doc = nlp(text);
  const orgs = doc.organizations().out('array') as string[];
  const quotes = doc.quotations().out('array') as string[];
  return money + orgs.length + quotes.length;
}
