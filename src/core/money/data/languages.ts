/**
 * What each language writes around an amount, hand-curated (CLDR has no magnitude words in running
 * text, no rate phrases, no hedges). Everything is lower case unless `exact` says otherwise.
 * Adding a language is adding an entry here (and its locale to scripts/generate-currency-data.ts).
 */
import type { Lang, Period } from '../../findings';

/** A magnitude word or abbreviation: its power of ten, and why when it is not what an English reader expects. */
export interface Magnitude {
  exp: number;
  /** Case and spelling must match exactly ("M", "Mio."), and it must touch the number or a currency. */
  abbrev?: boolean;
  note?: string;
}

export interface MoneyLanguage {
  /** Magnitude words (case-insensitive) and abbreviations (exact). */
  magnitudes: Record<string, Magnitude>;
  /** "mil millones": a magnitude word followed by another that multiplies it. */
  compound?: Record<string, Record<string, Magnitude>>;
  /**
   * Numerals written as characters (Japanese 三億, 二千五百万): each character's value, digits
   * 0-9 and the multipliers 10, 100, 1000 (within a group of four places) and 10^4, 10^8, 10^12.
   */
  ideographicNumerals?: Record<string, number>;
  /** Words between a magnitude and a currency name ("de", "d'", "di", "of"). */
  links: string[];
  /** Number words that can stand before a magnitude ("otto milioni di dollari"). */
  numberWords: Record<string, number>;
  /** Heads that mean something else alone ("livres" are books): only with a qualifier or a magnitude. */
  needsQualifier: string[];
  /** Extra head nouns and qualifiers beyond CLDR's ("américains", "bucks"). */
  heads: Record<string, string>;
  qualifiers: Record<string, string>;
  /** Qualifiers come before the noun ("Canadian dollars", "Schweizer Franken"), not after. */
  qualifierFirst?: boolean;
  /** Hundredths of a currency: "cents" → the "$" family, "centimes" → EUR. `$` means the local dollar. */
  minorUnits: Record<string, string>;
  /** Hedges written before the amount, as they appear ("plus de", "about"). */
  approxBefore: string[];
  /** Hedges written after the amount (ja "超"). */
  approxAfter?: string[];
  /** Rate phrases after the amount → period. */
  periods: Record<string, Period>;
  /** Rate words before the amount (ja "月額"). */
  periodsBefore?: Record<string, Period>;
  /** Words joining the two ends of a range on their own ("to", "à", "bis"). */
  rangeWords: string[];
  /** Words joining two amounts only after an opener ("between … and …"). */
  pairWords: string[];
  /** The openers of such pairs ("between", "entre"): not "from"/"de", which only open "to"/"à" ranges. */
  openers: string[];
}

const M = (exp: number, note?: string): Magnitude => (note ? { exp, note } : { exp });
const A = (exp: number): Magnitude => ({ exp, abbrev: true });
const LONG = (word: string) => `${word} is 10^12 (long scale)`;

/**
 * Words that turn a rate word into a date when they follow it: "l’an dernier" (last year),
 * "l’anno scorso", "el año pasado" say when, not how often.
 */
export const DATE_NOT_RATE_AFTER: ReadonlySet<string> = new Set([
  'dernier', 'dernière', 'prochain', 'prochaine', 'passé', 'passée', 'précédent', 'précédente',
  'scorso', 'scorsa', 'prossimo', 'prossima', 'passato', 'passata',
  'pasado', 'pasada', 'próximo', 'próxima', 'passado', 'passada',
  'last', 'next', 'before', 'ago', 'earlier',
]);

const SHARED_PERIODS: Record<string, Period> = {
  '/mo': 'month', '/month': 'month', '/yr': 'year', '/year': 'year', '/day': 'day', '/h': 'hour',
  '/hr': 'hour', '/hour': 'hour', '/week': 'week', '/wk': 'week',
};

export const MONEY_LANGUAGES: Record<Lang, MoneyLanguage> = {
  en: {
    magnitudes: {
      thousand: M(3), million: M(6), millions: M(6), billion: M(9), billions: M(9), trillion: M(12),
      trillions: M(12), crore: M(7), crores: M(7), lakh: M(5), lakhs: M(5), k: A(3), K: A(3), m: A(6), M: A(6), mn: A(6), mln: A(6), bn: A(9), b: A(9),
      B: A(9), tn: A(12), tr: A(12), T: A(12),
    },
    links: ['of', 'in'],
    numberWords: {
      a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
      twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100, 'a few': 3, several: 3,
    },
    needsQualifier: ['real', 'sol', 'won', 'dong', 'rand', 'lira', 'escudo', 'escudos', 'leu', 'lei'],
    heads: { bucks: 'USD', quid: 'GBP', sterling: 'GBP', euro: 'EUR' },
    qualifierFirst: true,
    qualifiers: { american: 'USD', 'u.s.': 'USD', usd: 'USD', aussie: 'AUD', sterling: 'GBP', cfa: 'XOF' },
    minorUnits: { cents: '$', cent: '$', pence: 'GBP', penny: 'GBP', p: 'GBP' },
    approxBefore: [
      'more than', 'less than', 'fewer than', 'about', 'around', 'roughly', 'nearly', 'almost', 'over',
      'under', 'up to', 'approximately', 'some', 'at least', 'at most', 'as much as', 'as little as',
      'close to', 'an estimated', 'estimated', 'just over', 'just under', 'upwards of',
    ],
    periods: {
      'a month': 'month', 'per month': 'month', monthly: 'month', 'a year': 'year', 'per year': 'year',
      annually: 'year', 'per annum': 'year', 'a week': 'week', 'per week': 'week', 'a day': 'day',
      'per day': 'day', 'each day': 'day', 'every day': 'day', 'for every day': 'day', 'for each day': 'day',
      'each month': 'month', 'every month': 'month', 'each year': 'year', 'every year': 'year', 'an hour': 'hour', 'per hour': 'hour', 'a quarter': 'quarter', 'per quarter': 'quarter',
      ...SHARED_PERIODS,
    },
    rangeWords: ['-', '–', '—', 'to'],
    pairWords: ['and', 'or'],
    openers: ['between'],
  },
  fr: {
    magnitudes: {
      mille: M(3), millier: M(3), milliers: M(3), million: M(6), millions: M(6), milliard: M(9),
      milliards: M(9), billion: M(12, LONG("French 'billion'")), billions: M(12, LONG("French 'billion'")),
      trillion: M(18, "French 'trillion' is 10^18"), k: A(3), K: A(3), M: A(6), Md: A(9), Mds: A(9),
      Mrd: A(9), Mrds: A(9), md: A(9), mds: A(9), G: A(9),
    },
    links: ['de', "d'", 'd’'],
    numberWords: {
      un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
      douze: 12, quinze: 15, vingt: 20, trente: 30, cinquante: 50, cent: 100, quelques: 3,
    },
    needsQualifier: ['livre', 'livres', 'réal', 'sol', 'won', 'rand'],
    heads: { balles: 'EUR' },
    qualifiers: {
      américain: 'USD', américains: 'USD', us: 'USD', 'étatsuniens': 'USD', 'états-uniens': 'USD',
      sterling: 'GBP', cfa: 'XOF',
    },
    minorUnits: { centimes: 'EUR', centime: 'EUR', cents: '$', cent: '$', 'centimes d’euro': 'EUR', "centimes d'euro": 'EUR' },
    approxBefore: [
      'plus de', 'moins de', 'près de', 'presque', 'environ', 'quelque', 'quelques', 'jusqu’à', "jusqu'à",
      'au moins', 'au plus', 'autour de', 'quasiment', 'pas moins de', 'un peu plus de', 'un peu moins de',
      'plus d’', "plus d'", 'près d’', "près d'", 'environ d’', 'jusqu’au', 'approximativement',
    ],
    periods: {
      'par mois': 'month', 'mensuels': 'month', 'mensuelles': 'month', 'par an': 'year', 'par année': 'year',
      'l’an': 'year', "l'an": 'year', 'annuels': 'year', 'annuelles': 'year', 'par semaine': 'week',
      'par jour': 'day', "de l'heure": 'hour', 'de l’heure': 'hour', 'par heure': 'hour', 'par trimestre': 'quarter',
      '/mois': 'month', '/an': 'year', '/jour': 'day', ...SHARED_PERIODS,
    },
    rangeWords: ['-', '–', '—', 'à'],
    pairWords: ['et', 'ou'],
    openers: ['entre'],
  },
  de: {
    magnitudes: {
      tausend: M(3), million: M(6), millionen: M(6), milliarde: M(9), milliarden: M(9),
      billion: M(12, LONG("German 'Billion'")), billionen: M(12, LONG("German 'Billion'")),
      Tsd: A(3), 'Tsd.': A(3), Mio: A(6), 'Mio.': A(6), Mrd: A(9), 'Mrd.': A(9), Md: A(9), 'Md.': A(9),
      Bio: A(12), 'Bio.': A(12),
    },
    links: [],
    numberWords: {
      eine: 1, einer: 1, ein: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8,
      neun: 9, zehn: 10, zwölf: 12, zwanzig: 20, hundert: 100,
    },
    needsQualifier: ['real', 'rand', 'won'],
    heads: { 'us-dollar': 'USD', dollars: 'USD', euros: 'EUR' },
    qualifierFirst: true,
    qualifiers: { us: 'USD', 'us-': 'USD', amerikanische: 'USD', amerikanischen: 'USD' },
    minorUnits: { cent: 'EUR', cents: 'EUR', rappen: 'CHF', pence: 'GBP' },
    approxBefore: [
      'mehr als', 'weniger als', 'über', 'unter', 'rund', 'etwa', 'ungefähr', 'circa', 'ca.', 'fast',
      'knapp', 'bis zu', 'mindestens', 'annähernd', 'gut', 'beinahe', 'nahezu', 'zirka',
    ],
    periods: {
      'pro monat': 'month', 'im monat': 'month', monatlich: 'month', 'pro jahr': 'year', 'im jahr': 'year',
      jährlich: 'year', 'pro woche': 'week', 'pro tag': 'day', 'am tag': 'day', 'pro stunde': 'hour',
      'die stunde': 'hour', 'pro quartal': 'quarter', '/monat': 'month', '/jahr': 'year', ...SHARED_PERIODS,
    },
    rangeWords: ['-', '–', '—', 'bis'],
    pairWords: ['und', 'oder'],
    openers: ['zwischen'],
  },
  es: {
    magnitudes: {
      mil: M(3), millón: M(6), millon: M(6), millones: M(6), millardo: M(9), millardos: M(9),
      billón: M(12, LONG("Spanish 'billón'")), billones: M(12, LONG("Spanish 'billón'")),
      billon: M(12, LONG("Spanish 'billón'")), k: A(3), M: A(6), MM: A(6), mdd: A(6), mdp: A(6),
    },
    compound: { mil: { millones: M(9, "'mil millones' is 10^9"), 'millón': M(9) } },
    links: ['de'],
    numberWords: {
      un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
      diez: 10, doce: 12, quince: 15, veinte: 20, treinta: 30, cincuenta: 50, cien: 100,
    },
    needsQualifier: ['libra', 'libras', 'real', 'reales', 'won', 'rand'],
    heads: {},
    qualifiers: { estadounidenses: 'USD', estadounidense: 'USD', americanos: 'USD', 'de ee.uu.': 'USD', 'de ee. uu.': 'USD' },
    minorUnits: { céntimos: 'EUR', céntimo: 'EUR', centavos: '$', centavo: '$', centimos: 'EUR' },
    approxBefore: [
      'más de', 'menos de', 'cerca de', 'casi', 'unos', 'unas', 'alrededor de', 'hasta', 'aproximadamente',
      'al menos', 'como mínimo', 'como máximo', 'en torno a', 'poco más de', 'poco menos de', 'sobre',
    ],
    periods: {
      'al mes': 'month', 'por mes': 'month', mensuales: 'month', 'al año': 'year', 'por año': 'year',
      anuales: 'year', 'a la semana': 'week', 'por semana': 'week', 'al día': 'day', 'por día': 'day',
      'por hora': 'hour', 'la hora': 'hour', 'al trimestre': 'quarter', '/mes': 'month', '/año': 'year',
      ...SHARED_PERIODS,
    },
    rangeWords: ['-', '–', '—', 'a'],
    pairWords: ['y', 'o'],
    openers: ['entre'],
  },
  it: {
    magnitudes: {
      mille: M(3), mila: M(3), milione: M(6), milioni: M(6), miliardo: M(9), miliardi: M(9),
      bilione: M(12, LONG("Italian 'bilione'")), bilioni: M(12, LONG("Italian 'bilione'")),
      mln: A(6), mld: A(9), mrd: A(9), k: A(3), M: A(6), Mld: A(9), Mrd: A(9),
    },
    links: ['di', "d'", 'd’'],
    numberWords: {
      un: 1, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9,
      dieci: 10, dodici: 12, quindici: 15, venti: 20, trenta: 30, cinquanta: 50, cento: 100,
    },
    needsQualifier: ['lira', 'lire', 'real', 'won', 'rand'],
    heads: {},
    qualifiers: { americani: 'USD', usa: 'USD', statunitensi: 'USD', us: 'USD' },
    minorUnits: { centesimi: 'EUR', centesimo: 'EUR', cent: '$' },
    approxBefore: [
      'più di', 'meno di', 'oltre', 'circa', 'quasi', 'fino a', 'almeno', 'intorno a', 'attorno a', 'sui',
      'sulle', 'poco più di', 'poco meno di', 'ben', 'appena',
    ],
    periods: {
      'al mese': 'month', 'mensili': 'month', "all'anno": 'year', 'all’anno': 'year', "l'anno": 'year',
      'l’anno': 'year', annui: 'year', annue: 'year', 'a settimana': 'week', 'alla settimana': 'week',
      'al giorno': 'day', "all'ora": 'hour', 'all’ora': 'hour', "l'ora": 'hour', '/mese': 'month', '/anno': 'year',
      ...SHARED_PERIODS,
    },
    rangeWords: ['-', '–', '—', 'a'],
    pairWords: ['e', 'o'],
    openers: ['tra', 'fra'],
  },
  pt: {
    magnitudes: {
      mil: M(3), milhão: M(6), milhões: M(6), milhao: M(6), milhoes: M(6), bilhão: M(9), bilhões: M(9),
      bilhao: M(9), bilhoes: M(9), trilhão: M(12), trilhões: M(12), bilião: M(12, LONG("European Portuguese 'bilião'")),
      biliões: M(12, LONG("European Portuguese 'bilião'")), milhar: M(3), milhares: M(3),
      mi: A(6), bi: A(9), tri: A(12), mln: A(6), k: A(3), M: A(6),
    },
    compound: { mil: { milhões: M(9, "'mil milhões' is 10^9"), milhão: M(9) } },
    links: ['de'],
    numberWords: {
      um: 1, uma: 1, dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9,
      dez: 10, doze: 12, quinze: 15, vinte: 20, trinta: 30, cinquenta: 50, cem: 100,
    },
    needsQualifier: ['libra', 'libras', 'won', 'rand'],
    heads: { real: 'BRL' },
    qualifiers: { americanos: 'USD', 'norte-americanos': 'USD', estadunidenses: 'USD' },
    minorUnits: { centavos: 'BRL', centavo: 'BRL', cêntimos: 'EUR', cêntimo: 'EUR' },
    approxBefore: [
      'mais de', 'menos de', 'cerca de', 'quase', 'até', 'pelo menos', 'aproximadamente', 'em torno de',
      'por volta de', 'perto de', 'uns', 'umas', 'pouco mais de', 'pouco menos de',
    ],
    periods: {
      'por mês': 'month', 'ao mês': 'month', mensais: 'month', 'por ano': 'year', 'ao ano': 'year',
      anuais: 'year', 'por semana': 'week', 'por dia': 'day', 'ao dia': 'day', 'por hora': 'hour',
      '/mês': 'month', '/ano': 'year', ...SHARED_PERIODS,
    },
    rangeWords: ['-', '–', '—', 'a'],
    pairWords: ['e', 'ou'],
    openers: ['entre'],
  },
  ja: {
    magnitudes: { 千: M(3), 万: M(4), 億: M(8), 兆: M(12) },
    ideographicNumerals: {
      〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
      十: 10, 百: 100, 千: 1000, 万: 1e4, 億: 1e8, 兆: 1e12,
    },
    links: [],
    numberWords: {},
    needsQualifier: [],
    heads: { ドル: 'USD', 円: 'JPY', ユーロ: 'EUR', ポンド: 'GBP', 元: 'CNY', 人民元: 'CNY', ウォン: 'KRW', ルーブル: 'RUB', ルピー: 'INR', フラン: 'CHF', レアル: 'BRL', ペソ: 'MXN' },
    qualifiers: { 米: 'USD', 米国: 'USD', カナダ: 'CAD', 豪: 'AUD', 豪州: 'AUD', 香港: 'HKD', 英: 'GBP', スイス: 'CHF' },
    minorUnits: { セント: '$' },
    approxBefore: ['約', 'およそ', '最大', '最高', '計', '総額', '少なくとも'],
    approxAfter: ['超', '以上', '余り', '近く', '前後', '程度', '強', '弱'],
    periods: { '/月': 'month', '/年': 'year' },
    periodsBefore: { 月額: 'month', 年額: 'year', 年間: 'year', 日額: 'day', 時給: 'hour', 月給: 'month', 年収: 'year', 月収: 'month' },
    rangeWords: ['-', '–', '—', '〜', '～', '~', 'から'],
    pairWords: [],
    openers: [],
  },
};

/** Portuguese of Portugal (and its former colonies) reads "bilhão/bilião" on the long scale. */
export const LONG_SCALE_PORTUGUESE = new Set(['PT', 'AO', 'MZ', 'CV', 'GW', 'ST', 'TL']);
