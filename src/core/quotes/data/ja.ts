import type { QuoteLangData } from './types';

/**
 * Japanese has no spaces and no capitals: the engine reads it with its own rules (../japanese.ts);
 * the lists here are verbs after 「…」と, titles after a name, and cue words, all as substrings.
 */
export const JA: QuoteLangData = {
  verbs: ['述べ', '語っ', '語る', '話し', '話す', '強調', '指摘', '説明', '明らかに', '発表', '表明', '主張', '批判', '訴え', '証言', '答え', '回答', 'コメント', '投稿', '書い', '言っ', '言う', 'とし', 'と認め', '謝罪', '訴え', '記者団', '会見', '報告', '結論'],
  verbStems: [],
  sources: ['によると', 'によれば'],
  pronouns: ['彼', '彼女'],
  pronounSuffixes: [],
  titles: ['氏', 'さん', '容疑者', '被告', '理事長', '社長', '会長', '首相', '大統領', '大臣', '相', '長官', '委員長', '代表', '教授', '議員', '知事', '市長', '学長', '院長', '被告人', '元理事長', '前理事長'],
  roles: [],
  companyRoles: [],
  notNames: [],
  prepositions: [],
  addressees: [],
  conjunctions: [],
  coordinators: [],
  introducers: [],
  particles: [],
  allegationVerbs: ['批判', '非難', '告発', '指摘', '追及', '糾弾'],
  allegationCues: ['違法', '不正', '詐欺', '横領', '盗', '嘘', 'うそ', '汚職', '賄賂', '背任', '着服', '私腹', '執着', '不透明', '隠蔽', '改ざん', '捏造', '脱税', '癒着', '流出'],
  workNouns: ['映画', '本', '小説', '歌', 'アルバム', '番組', 'ドラマ', '雑誌', '新聞', '作品', '棟', '会', '学校', '病院', '計画', '作戦'],
  negations: [],
  claimCues: ['と主張', 'と非難', 'と批判', 'と告発'],
};
