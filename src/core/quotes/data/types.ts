/**
 * The words the quotes engine reads, per language. Adding a language is adding one of these.
 * All entries are lower case; `stems` lists match any word that starts with the entry.
 */
export interface QuoteLangData {
  /** Reporting verbs, one word each, all the forms news use (said, says, told, added). */
  verbs: readonly string[];
  /** Reporting verb stems, for languages with many inflections (erklär → erklärte, erklärt). */
  verbStems: readonly string[];
  /** Words that put the source after them: "according to X", "selon X" (several words: space-joined). */
  sources: readonly string[];
  /** Subject pronouns, resolved to the person named before. */
  pronouns: readonly string[];
  /** Endings of inverted verbs that carry the pronoun ("a-t-il", "souligne-t-elle"). */
  pronounSuffixes: readonly string[];
  /** Honorifics dropped before a name (mr, mme, dr). */
  titles: readonly string[];
  /** Nouns of descriptions that stand for a person or organisation ("le patron de Twitter"). */
  roles: readonly string[];
  /** Roles that stand for a company ("the company said"): resolved to the last company named. */
  companyRoles: readonly string[];
  /** Capitalised words that are not names: determiners, sentence openers, months. */
  notNames: readonly string[];
  /** Prepositions: a name right after one is a complement ("a Gerusalemme", "of Apple"), not a subject. */
  prepositions: readonly string[];
  /** Words that introduce whom a speaker told (to, à, a) and verbs whose object is that party (told). */
  addressees: readonly string[];
  /** Words that open a subordinate clause (that, que, dass): a name after one is not the speaker. */
  conjunctions: readonly string[];
  /** Words joining two verbs of one subject ("propone … y recalcó"). */
  coordinators: readonly string[];
  /** Words that open an introductory phrase before the subject ("Dopo la vittoria su X, Jabeur …"): names before its comma are not the subject. */
  introducers: readonly string[];
  /** Lower-case words inside names (de, van, von). */
  particles: readonly string[];
  /** Reporting verbs that make a quote an allegation (stems: accus → accused, accuses). */
  allegationVerbs: readonly string[];
  /** Words in a quote or its clause that assert wrongdoing (stems). */
  allegationCues: readonly string[];
  /** Nouns before a title of a work ("the film", "le livre"): the quoted words are a title. */
  workNouns: readonly string[];
  /** Words that deny what follows (not, pas, nicht, no): "did not steal" asserts no wrongdoing. */
  negations: readonly string[];
  /** Phrases after which a reported allegation follows without quotation marks ("alleged that"). */
  claimCues: readonly string[];
}
