/**
 * A generated article corpus for the benchmark: news-like paragraphs in the seven languages,
 * built from templates written for this project, with amounts, companies and quotes where real
 * articles have them. Deterministic (a seeded generator), so runs compare.
 */
const TEMPLATES: Record<string, string[]> = {
  en: [
    'Northwind Holdings said on Tuesday that revenue rose to {amount} in the third quarter, ahead of what analysts had expected.',
    '“We have never used their data without permission,” the chief executive told reporters after the meeting in {city}.',
    'The regulator fined {company} {amount} last year and said the firm had misled customers about its fees.',
    'Shares of {company} fell 4% in early trading as investors weighed the cost of the deal, put at about {amount}.',
    'According to people familiar with the talks, the two sides remain far apart on price and on who would run the business.',
  ],
  fr: [
    'Le groupe {company} a annoncé un bénéfice de {amount} pour l’exercice, en hausse par rapport à l’an dernier.',
    '« Nous n’avons rien à nous reprocher », a déclaré la directrice financière lors d’une conférence à {city}.',
    'Les frais d’accès à l’interface passeront de 0 $ à {amount} par mois pour les plus gros clients.',
    'Selon plusieurs analystes, la société pourrait lever jusqu’à {amount} d’ici la fin de l’année.',
    'Le patron de {company} accuse son concurrent d’avoir utilisé illégalement des données de ses utilisateurs.',
  ],
  de: [
    'Der Konzern {company} meldete einen Umsatz von {amount} und bestätigte seine Prognose für das laufende Jahr.',
    '„Wir prüfen alle rechtlichen Schritte“, sagte ein Sprecher des Unternehmens am Abend in {city}.',
    'Laut Branchenkennern könnte die Übernahme rund {amount} kosten, deutlich mehr als zunächst erwartet.',
  ],
  es: [
    'La empresa {company} facturó {amount} el año pasado, según su informe anual publicado este lunes.',
    '«No hemos recibido ninguna notificación oficial», dijo el portavoz de la compañía en {city}.',
    'El gobierno estudia una multa de hasta {amount} por prácticas contrarias a la competencia.',
  ],
  it: [
    'La società {company} ha chiuso il trimestre con ricavi per {amount}, in crescita rispetto al 2023.',
    '«Non abbiamo violato alcuna regola», ha detto l’amministratore delegato ai giornalisti a {city}.',
  ],
  pt: [
    'A empresa {company} registrou lucro de {amount} no trimestre, segundo o balanço divulgado nesta terça.',
    '“Vamos recorrer da decisão”, disse o presidente da companhia em entrevista em {city}.',
  ],
  ja: ['{company}は２０２４年度の売上高が{amount}になったと発表した。社長は「顧客の信頼を回復したい」と述べた。'],
};

const AMOUNTS: Record<string, string[]> = {
  en: ['$42 million', '$2.15 trillion', '£3.5bn', '€120,000', 'US$8.9 billion', '$5-6 billion'],
  fr: ['2,15 billions de dollars', '42 000 $', '3,2 milliards d’euros', '150 M€', '1,5 Md€'],
  de: ['1,2 Mrd. Euro', '450 Mio. Euro', '3,5 Milliarden Dollar', '12.000 Euro'],
  es: ['1.400 millones de soles', '25 millones de euros', '3.000 dólares'],
  it: ['2,5 miliardi di euro', '300 milioni di dollari', '45.000 euro'],
  pt: ['R$ 1,2 bilhão', '500 milhões de reais', '3 mil milhões de euros'],
  ja: ['１兆２０００億円', '350億円', '5000万ドル'],
};
const COMPANIES = ['Microsoft', 'Siemens', 'LVMH', 'Petrobras', 'KPMG', 'Reuters', 'OpenAI', 'Tesla', 'Apple', 'Nestlé'];
const CITIES = ['Paris', 'Berlin', 'Madrid', 'Rome', 'Lisbon', 'Tokyo', 'New York'];

/** A seeded pseudo-random generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About `bytes` UTF-16 characters of article text in `lang`, paragraphs separated by "\n\n". */
export function generateArticles(lang: string, chars: number, seed = 1): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const templates = TEMPLATES[lang]!;
  const amounts = AMOUNTS[lang]!;
  const out: string[] = [];
  let n = 0;
  while (n < chars) {
    const p = pick(templates)
      .replace('{amount}', pick(amounts))
      .replace('{company}', pick(COMPANIES))
      .replace('{city}', pick(CITIES));
    out.push(p);
    n += p.length + 2;
  }
  return out.join('\n\n');
}

export const BENCH_LANGS = Object.keys(TEMPLATES);

/** Adversarial text: digits, separators, spaces, currency signs and quote marks, no prose. */
export function generateAdversarial(chars: number, seed = 7): string {
  const r = rng(seed);
  const alphabet = '0123456789 ,.\u00a0\u202f’$€£¥«»“”"\'-–/%';
  let s = '';
  while (s.length < chars) s += alphabet[Math.floor(r() * alphabet.length)];
  return s;
}
