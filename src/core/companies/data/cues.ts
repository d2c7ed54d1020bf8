/**
 * Words around a name that say "this is a firm", per language. Lower case, apostrophes written
 * as ' (the engine folds ’ to ' and case before comparing).
 *
 * - `before`: a phrase right before the name ("la société Dinassa", "der Konzern Siemens").
 * - `after`: a phrase right after the name ("Acme's chief executive", "Siemens-Chef").
 * - `list`: a plural phrase before a list of firms ("las constructoras A, B e C").
 */
import type { Lang } from '../../findings';

export interface CueTable {
  before: readonly string[];
  after: readonly string[];
  list: readonly string[];
  /** Adjectives follow the noun ("la société française X"): allow one word between cue and name. */
  adjectiveAfterNoun?: boolean;
  /** Heads of compound nouns that name a kind of firm ("Zahlungslösungsanbieter Payconiq"). */
  compoundHeads?: readonly string[];
  /**
   * A count of firms that sums up the names just written ("… pour Dinassa, DNC et Bandari. Les
   * trois compagnies …"): plural firm nouns, and number words by value (digits count too). Only
   * the commonest nouns: each one costs a search through the whole text.
   */
  counted?: { nouns: readonly string[]; numbers: Readonly<Record<string, number>> };
}

/**
 * Head words of media names: a capitalised name ending with one of `MEDIA_LAST` ("The Jerusalem
 * Post", "Fox News") or starting with one of `MEDIA_FIRST` ("Channel 13", "Corriere della Sera")
 * is a publisher or broadcaster, which count as firms. Japanese media end in 新聞, 通信, 放送, テレビ.
 */
export const MEDIA_LAST: ReadonlySet<string> = new Set([
  'Times', 'Post', 'News', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Zeitung', 'Observer', 'Chronicle', 'Telegraph',
  'Express', 'Mirror', 'Monitor', 'Inquirer', 'Courier', 'Kurier', 'Rundschau', 'Tagblatt', 'Presse', 'Magazine',
  'Weekly', 'Insider', 'Radio', 'Television', 'TV', 'Télévision', 'Télévisions', 'Televisión', 'Televisão', 'Tageszeitung',
  'Shimbun', 'Nachrichten', 'Allgemeine', 'Gazzetta', 'Notícias', 'Noticias',
]);
export const MEDIA_FIRST: ReadonlySet<string> = new Set([
  'Radio', 'Channel', 'Canale', 'Canal', 'Corriere', 'Giornale', 'Gazzetta', 'Diario', 'Jornal', 'Gazeta', 'Agence',
  'Agencia', 'Agenzia', 'Agência', 'Kanal', 'Rete', 'Rádio', 'Télé', 'Tele',
]);

/**
 * Words after a firm's name that make a firm of their own ("Lufthansa Cargo", "Siemens Energy"):
 * divisions and subsidiaries are named this way.
 */
export const SUBSIDIARY_WORDS: ReadonlySet<string> = new Set([
  'Cargo', 'Energy', 'Energie', 'Energia', 'Bank', 'Airlines', 'Capital', 'Ventures', 'Pharma', 'Motors', 'Media',
  'Foods', 'Logistics', 'Logistik', 'Technologies', 'Systems', 'Services', 'Insurance', 'Financial', 'Studios',
  'Entertainment', 'Healthcare', 'Chemicals', 'Steel', 'Aerospace', 'Defence', 'Defense', 'Automotive', 'Mobility',
  'Telecom', 'Communications', 'Networks', 'Holding', 'Holdings', 'Group', 'Gruppe', 'Groupe', 'Grupo', 'Gruppo',
  'Investments', 'Asset', 'Solutions', 'Semiconductor', 'Semiconductors', 'Renewables', 'Retail', 'Digital',
]);

/** Words that make "X News" a page section, not a publisher ("Latest News", "Top Stories"). */
export const GENERIC_MEDIA_MODIFIERS: ReadonlySet<string> = new Set([
  'Latest', 'Top', 'More', 'Breaking', 'Local', 'World', 'Business', 'Sports', 'Sport', 'Tech', 'Related', 'Fake',
  'Good', 'Bad', 'Weekend', 'Evening', 'Morning', 'Live', 'Video', 'Photo', 'Financial', 'Economic', 'National',
  'International', 'Our', 'Your', 'Free', 'Public',
]);

export const CUES: Record<Lang, CueTable> = {
  en: {
    counted: {
      nouns: ['companies', 'firms', 'banks'],
      numbers: { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 },
    },
    before: [
      'the company', 'the firm', 'the group', 'the conglomerate', 'the bank', 'the carmaker', 'the automaker',
      'the airline', 'the retailer', 'the insurer', 'the publisher', 'the broadcaster', 'the start-up', 'the startup',
      'the chipmaker', 'the manufacturer', 'the tech giant', 'the giant', 'the operator', 'the lender', 'shares of',
      'shares in', 'rival', 'the parent company', 'its parent', 'the consultancy', 'the brokerage', 'the retail giant',
      'the oil giant', 'the oil major', 'the news agency', 'the newspaper', 'an analyst at', 'an analyst with',
      'analyst at', 'analyst with', 'analysts at', 'economist at', 'strategist at', 'editor of', 'editor at',
      'spokesman for', 'spokeswoman for', 'spokesperson for', 'executives at', 'employees of', 'the magazine',
      'the news site', 'the outlet', 'the network', 'auction house', 'law firm', 'investment firm', 'asset manager',
      'fund manager', 'drugmaker', 'automaker', 'carmaker', 'chipmaker', 'startup', 'start-up', 'retailer', 'lender',
      'insurer', 'broadcaster', 'publisher', 'conglomerate', 'brewer', 'consultancy', 'company', 'firm',
    ],
    after: [
      "'s chief executive", "'s CEO", "'s chief financial officer", "'s CFO", "'s chairman", "'s founder", "'s shares",
      "'s stock", "'s board", "'s shareholders", "'s subsidiary", "'s headquarters", ' shares', ' chief executive',
      ' CEO', "'s revenue", "'s profit", ' founder', ' co-founder', ' spokesperson', ' spokesman', ' spokeswoman',
      ' executives', ' employees', ' shareholders',
    ],
    list: [
      'companies such as', 'firms such as', 'companies like', 'companies including', 'the companies', 'the firms',
      'the airlines', 'the banks', 'rivals such as',
    ],
  },
  fr: {
    counted: {
      nouns: ['compagnies', 'entreprises', 'sociétés', 'groupes'],
      numbers: { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12 },
    },
    adjectiveAfterNoun: true,
    before: [
      'la société', 'le groupe', "l'entreprise", 'la firme', 'le patron de', 'la patronne de', 'le pdg de', 'la pdg de',
      'la banque', 'le géant', 'le constructeur', "l'opérateur", 'le distributeur', "l'assureur", 'le fabricant',
      'le laboratoire', 'la compagnie', 'la compagnie aérienne', 'le cabinet', "l'agence de presse", 'le quotidien',
      'la start-up', 'le directeur général de', 'les salariés de', 'le titre', 'filiale de', 'la filiale',
      'le rival', 'analyste chez', 'économiste chez', 'stratégiste chez', 'la chaîne', 'la radio', 'le journal',
      'le magazine', "l'hebdomadaire", 'le site', 'le média',
    ],
    after: [],
    list: [
      'les compagnies', 'les entreprises', 'les sociétés', 'les groupes', 'des entreprises comme', 'des groupes comme',
      'les banques', 'les constructeurs', 'les opérateurs', 'entreprises comme',
    ],
  },
  de: {
    // No `counted`: German capitalises every noun, so the capitalised words before "die zwei Firmen"
    // are not names.
    compoundHeads: [
      'anbieter', 'konzern', 'dienstleister', 'hersteller', 'unternehmen', 'händler', 'versicherer', 'sender', 'verlag',
      'zulieferer', 'autobauer', 'fluggesellschaft', 'reederei', 'brauerei', 'bank', 'versorger', 'betreiber',
    ],
    before: [
      'der konzern', 'das unternehmen', 'die firma', 'der hersteller', 'die bank', 'der autobauer', 'der versicherer',
      'der chef von', 'die chefin von', 'der konzernchef von', 'der energiekonzern', 'der chemiekonzern',
      'der technologiekonzern', 'der elektrokonzern', 'der autokonzern', 'der mischkonzern', 'die fluggesellschaft',
      'die airline', 'der zahlungsdienstleister', 'der dax-konzern', 'die aktie von', 'der versorger', 'die verlagsgruppe',
      'der verlag', 'das start-up', 'die tochter', 'unternehmen', 'konzern', 'hersteller', 'autobauer', 'versicherer',
      'zulieferer', 'unternehmensberatung', 'beratungsfirma', 'finanzdienstleister', 'analyst bei', 'analystin bei',
      'experte bei', 'expertin bei', 'volkswirt bei', 'volkswirtin bei', 'die zeitung', 'der sender', 'das magazin',
      'die nachrichtenagentur', 'der fernsehsender',
    ],
    after: [
      '-chef', '-chefin', '-konzern', '-aktie', '-vorstand', '-sprecher', '-sprecherin', '-manager', '-gruppe',
      '-experte', '-expertin', '-analyst', '-analystin',
    ],
    list: [
      'die konzerne', 'die unternehmen', 'konzerne wie', 'unternehmen wie', 'firmen wie', 'anteile an', 'aktien von',
      'die banken', 'die fluggesellschaften', 'die airlines',
    ],
  },
  es: {
    counted: {
      nouns: ['empresas', 'compañías', 'bancos'],
      numbers: { dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12 },
    },
    adjectiveAfterNoun: true,
    before: [
      'la empresa', 'la compañía', 'el grupo', 'la firma', 'el banco', 'la aerolínea', 'la constructora', 'la petrolera',
      'la operadora', 'la multinacional', 'la agencia', 'el diario', 'el fabricante', 'la aseguradora', 'el gigante',
      'el presidente de la empresa', 'el consejero delegado de', 'la filial', 'la cadena',
      'analista de', 'analista en', 'el periódico', 'la emisora', 'la radio', 'el canal', 'la revista',
    ],
    after: [],
    list: [
      'las compañías', 'las empresas', 'empresas como', 'las constructoras', 'las aerolíneas', 'los bancos',
      'compañías como', 'las firmas',
    ],
  },
  it: {
    counted: {
      nouns: ['aziende', 'società', 'banche'],
      numbers: { due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12 },
    },
    adjectiveAfterNoun: true,
    before: [
      "l'azienda", 'la società', 'il gruppo', "l'impresa", 'la banca', 'la compagnia', 'la compagnia aerea', 'il colosso',
      "l'amministratore delegato di", "l'ad di", 'il costruttore', 'la multinazionale', "l'agenzia", 'il quotidiano',
      'la casa automobilistica', 'il titolo', 'analista di', "l'emittente", 'il canale', 'la rete', 'la testata',
      'il giornale', 'la radio', 'la tv',
    ],
    after: [],
    list: ['le aziende', 'le società', 'aziende come', 'le compagnie', 'società come', 'le banche', 'i gruppi'],
  },
  pt: {
    counted: {
      nouns: ['empresas', 'companhias', 'bancos'],
      numbers: { duas: 2, dois: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10, onze: 11, doze: 12 },
    },
    adjectiveAfterNoun: true,
    before: [
      'a empresa', 'a companhia', 'o grupo', 'a firma', 'o banco', 'a construtora', 'a petroleira', 'a operadora',
      'a multinacional', 'a companhia aérea', 'a emissora', 'o jornal', 'a fabricante', 'a seguradora', 'a gigante',
      'o presidente da empresa', 'a subsidiária', 'a estatal', 'analista da', 'analista do', 'a rede', 'o canal',
      'a revista', 'o site', 'a rádio',
    ],
    after: [],
    list: [
      'as empresas', 'empresas como', 'as companhias', 'os bancos', 'as construtoras', 'companhias como', 'as operadoras',
    ],
  },
  ja: {
    before: [],
    after: ['社長', '会長', '社の', '社は', '社が'],
    list: [],
  },
};

/**
 * Last words that make a capitalised name a firm's: "Union Investment", "Acme Company", "Ortho
 * Pharmaceuticals", "Adani Group". The name needs a capitalised word before the head.
 */
export const NAME_HEADS_LAST: ReadonlySet<string> = new Set([
  'Company', 'Investment', 'Investments', 'Partners', 'Airlines', 'Airways', 'Motors', 'Industries', 'Technologies',
  'Pharmaceuticals', 'Therapeutics', 'Ventures', 'Enterprises', 'Bancorp', 'Brands', 'Group', 'Gruppe',
]);
/** First words that make a capitalised name a firm's: "Banque Palmier", "Grupo Prisa", "Gruppo Rossi". */
export const NAME_HEADS_FIRST: ReadonlySet<string> = new Set(['Banque', 'Banco', 'Banca', 'Grupo', 'Groupe', 'Gruppo']);
/**
 * Words that, with a head above, name something else: a working group, an international or
 * central bank ("Banco Mundial", "Banque Centrale", "Contact Group").
 */
export const NAME_HEAD_BLOCKERS: ReadonlySet<string> = new Set([
  'working', 'contact', 'study', 'advisory', 'expert', 'parliamentary', 'lobby', 'pressure', 'support', 'focus', 'peer',
  'interest', 'action', 'crisis', 'hacker', 'terror', 'rebel', 'militant', 'wagner', 'lazarus', 'visegrad', 'lima',
  'rio', 'ethnic', 'age', 'blood', 'central', 'centrale', 'mundial', 'mondiale', 'nacional', 'nationale', 'nazionale',
  'interamericano', 'europeo', 'européenne', 'europea', 'european', 'africaine', 'africano', 'asiatique', 'parlamentario',
  'parlementaire', 'parlamentare', 'islamique', 'islamico', 'islámico', 'terrorista', 'terroriste', 'armado', 'armé',
  'mondial', 'world',
]);
