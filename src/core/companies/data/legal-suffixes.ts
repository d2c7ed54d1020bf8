/**
 * Legal-form suffixes: a capitalised name right before one of these is a firm ("Acme Corp.",
 * "Dinassa SA", "Muster GmbH"). Written as tokens the way the tokenizer splits them: letters and
 * digits in runs, each "." or "&" its own token. Trailing dots are optional in the text.
 */
export const LEGAL_SUFFIXES: readonly string[] = [
  'Inc', 'Incorporated', 'Corp', 'Corporation', 'Co', 'Ltd', 'Limited', 'plc', 'PLC', 'LLC', 'LLP', 'LP',
  'SA', 'S.A', 'SAS', 'S.A.S', 'SE', 'AG', 'GmbH', 'KGaA', 'KG', 'NV', 'N.V', 'BV', 'B.V', 'SpA', 'S.p.A', 'Srl',
  'S.r.l', 'S.L', 'SL', 'Ltda', 'K.K', 'AB', 'ASA', 'Oyj', 'SARL', 'S.à r.l', 'S.A.B', 'de C.V',
  'Holdings', 'Holding',
];

/** Japanese legal forms, written before or after the name: 株式会社トヨタ, トヨタ株式会社, (株). */
export const JA_LEGAL_FORMS: readonly string[] = ['株式会社', '有限会社', '合同会社', '(株)', '（株）'];
