/**
 * Words that make a capitalised name something other than a firm: a public body, a court, a
 * party, a school, a team, an index. A candidate found by a rule (suffix, cue, ticker) whose
 * words include one of these is dropped, and a known firm name followed by one of them is part
 * of another name ("Nobel Foundation", "Orange County", "Nikkei 225").
 */

/** Words (any case in the text; compared lower-cased) that mark a non-firm organisation. */
export const NON_COMPANY_WORDS: ReadonlySet<string> = new Set([
  // en
  'ministry', 'government', 'department', 'agency', 'authority', 'commission', 'council', 'court', 'tribunal',
  'party', 'union', 'university', 'college', 'school', 'institute', 'foundation', 'federal', 'reserve', 'central',
  'parliament', 'senate', 'congress', 'police', 'army', 'navy', 'fc', 'club', 'team', 'index', 'county', 'state',
  'republic', 'kingdom', 'city', 'museum', 'hospital', 'church', 'association', 'federation', 'league', 'office',
  'prize', 'award', 'stadium', 'arena', 'river',
  // fr
  'ministère', 'gouvernement', 'agence', 'autorité', 'cour', 'conseil', 'parti', 'syndicat', 'université', 'école',
  'fondation', 'république', 'assemblée', 'sénat', 'mairie', 'préfecture', 'région', 'département', 'banque de france',
  // de
  'ministerium', 'regierung', 'behörde', 'bundesamt', 'gericht', 'partei', 'gewerkschaft', 'universität',
  'hochschule', 'stiftung', 'bundestag', 'bundesbank', 'landesbank', 'verein', 'verband', 'bundesregierung',
  // es
  'ministerio', 'gobierno', 'agencia', 'tribunal', 'partido', 'sindicato', 'universidad', 'fundación', 'congreso',
  'junta', 'ayuntamiento', 'comisión', 'mundial', 'mondiale', 'mondial',
  // it
  'ministero', 'governo', 'tribunale', 'partito', 'sindacato', 'università', 'fondazione', 'camera', 'regione',
  'comune', 'procura', 'commissione',
  // pt
  'ministério', 'governo', 'agência', 'supremo', 'partido', 'sindicato', 'universidade', 'fundação', 'câmara',
  'prefeitura', 'senado', 'assembleia', 'polícia', 'comissão',
]);

/** Stock indices: never firms, even when a firm shares the name (Nikkei the paper, Nikkei 225). */
export const STOCK_INDICES: readonly string[] = [
  'DAX', 'MDAX', 'SDAX', 'TecDAX', 'CAC 40', 'CAC', 'S&P 500', 'S&P', 'Dow Jones', 'Nasdaq Composite', 'Nasdaq 100',
  'FTSE', 'FTSE 100', 'FTSE MIB', 'IBEX 35', 'Ibex 35', 'Ibex', 'Euro Stoxx 50', 'Stoxx 600', 'Stoxx', 'Nikkei 225',
  'Topix', 'TOPIX', 'Hang Seng', 'Bovespa', 'Ibovespa', 'SMI', 'AEX', 'PSI', 'MSCI',
];

/** First words of a name that make it a public body whatever follows ("Banque de …", "Bank of …"). */
export const CENTRAL_BANKS: readonly string[] = [
  'Federal Reserve', 'Fed', 'European Central Bank', 'Bank of England', 'Bank of Japan', 'Bank of Canada',
  'Banque de France', 'Banque centrale européenne', 'BCE', 'Bundesbank', 'Deutsche Bundesbank', 'Banco de España',
  'Banco Central', 'Banca d\'Italia', 'Banco de Portugal', 'Swiss National Bank', 'Banque nationale suisse',
  'People\'s Bank of China', '日本銀行', '日銀',
];

/**
 * Adjectives that, between a cue and a name, say the group is not a firm: "il gruppo islamico
 * Hamas", "le groupe armé X", "el grupo parlamentario Y".
 */
export const NON_COMPANY_ADJECTIVES: ReadonlySet<string> = new Set([
  'islamico', 'islamiste', 'islamista', 'islamic', 'islamist', 'terroriste', 'terrorista', 'terrorist', 'armato', 'armé',
  'armado', 'armed', 'militant', 'militante', 'politico', 'politique', 'político', 'political', 'paramilitare',
  'paramilitaire', 'paramilitar', 'ribelle', 'rebelle', 'rebelde', 'rebel', 'jihadiste', 'jihadista', 'jihadist',
  'parlamentare', 'parlementaire', 'parlamentario', 'parlamentar', 'musical', 'musicale', 'criminel', 'criminale',
  'criminal', 'ethnique', 'étnico', 'etnico',
]);
