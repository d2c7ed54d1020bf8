import type { QuoteLangData } from './types';

export const EN: QuoteLangData = {
  verbs: ['said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'tweeted', 'posted', 'stated', 'states', 'explained', 'explains', 'noted', 'notes', 'argued', 'argues', 'insisted', 'insists', 'warned', 'warns', 'asked', 'asks', 'replied', 'replies', 'responded', 'claimed', 'claims', 'alleged', 'alleges', 'accused', 'accuses', 'charged', 'denounced', 'declared', 'announced', 'announces', 'commented', 'continued', 'recalled', 'admitted', 'acknowledged', 'stressed', 'emphasized', 'emphasised', 'described', 'called', 'calls', 'concluded', 'predicted', 'suggested', 'remarked', 'observed', 'confirmed', 'denied', 'insisting', 'saying', 'adding', 'telling', 'writing', 'according', 'quipped', 'joked', 'urged', 'vowed', 'promised', 'conceded'],
  verbStems: [],
  sources: ['according to', 'per', 'via'],
  pronouns: ['he', 'she', 'they', 'we', 'i'],
  pronounSuffixes: [],
  titles: ['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'prof', 'prof.', 'president', 'senator', 'sen.', 'rep.', 'judge', 'chairman', 'ceo', 'minister', 'chancellor', 'governor', 'mayor', 'general', 'gen.', 'secretary', 'director', 'analyst', 'lord', 'lady', 'king', 'queen', 'prince', 'pope', 'officer', 'founder'],
  roles: ['chief', 'ceo', 'boss', 'head', 'chairman', 'chairwoman', 'president', 'spokesman', 'spokeswoman', 'spokesperson', 'founder', 'minister', 'director', 'executive', 'analyst', 'official', 'officer', 'leader', 'owner', 'billionaire', 'judge', 'lawyer', 'attorney', 'secretary', 'senator', 'governor', 'professor', 'expert', 'researcher', 'advisor', 'adviser', 'regulator', 'commissioner', 'manager', 'partner', 'activist', 'entrepreneur'],
  companyRoles: ['company', 'firm', 'group', 'carrier', 'bank', 'retailer', 'startup', 'airline', 'automaker', 'giant', 'insurer', 'platform', 'network'],
  notNames: ['the', 'a', 'an', 'and', 'but', 'or', 'if', 'in', 'on', 'at', 'to', 'for', 'of', 'as', 'by', 'with', 'from', 'after', 'before', 'when', 'while', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'there', 'here', 'what', 'why', 'how', 'who', 'so', 'yet', 'still', 'also', 'then', 'now', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'in', 'however', 'meanwhile', 'read', 'more', 'related', 'photo', 'image', 'source', 'update', 'one', 'all', 'some', 'many', 'most', 'no', 'not', 'last', 'next', 'according', 'said', 'says', 'even', 'because', 'although', 'despite', 'since', 'until', 'under', 'over', 'about', 'only', 'just', 'both', 'each', 'every', 'other', 'another', 'such'],
  prepositions: ['of', 'in', 'at', 'on', 'from', 'for', 'with', 'by', 'to', 'about', 'against', 'into', 'behind'],
  addressees: ['to', 'told', 'tells', 'telling'],
  conjunctions: ['that', 'which', 'who', 'whether', 'if'],
  coordinators: ['and', 'but'],
  particles: ['de', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'la', 'le', 'des', 'bin', 'al', 'el', 'ibn', 'st', 'st.'],
  allegationVerbs: ['alleg', 'accus', 'charg', 'denounc', 'condemn', 'blam', 'sued', 'sues', 'suing', 'slam', 'lambast'],
  allegationCues: ['illegal', 'unlawful', 'fraud', 'stole', 'steal', 'stolen', 'theft', 'lied', 'lying', 'liar', 'lies', 'corrupt', 'brib', 'extort', 'scam', 'cheat', 'crime', 'criminal', 'abuse', 'violat', 'breach', 'launder', 'embezzl', 'collu', 'cover-up', 'misled', 'mislead', 'deceiv', 'deceptive', 'manipulat', 'terroris', 'genocide', 'war crime', 'complicit', 'infring', 'harass', 'assault', 'rigged', 'defraud', 'unjustifiabl', 'exploit', 'negligen', 'misconduct', 'illicit'],
  workNouns: ['film', 'movie', 'book', 'novel', 'song', 'album', 'show', 'series', 'play', 'documentary', 'podcast', 'newsletter', 'magazine', 'column', 'programme', 'program', 'titled', 'entitled', 'dubbed', 'nicknamed', 'episode', 'article', 'essay', 'report', 'campaign', 'hashtag', 'operation'],
  negations: ['not', 'never', 'no', "didn't", 'didn’t', "don't", 'don’t', "doesn't", 'doesn’t', "wasn't", 'wasn’t', "weren't", 'weren’t', "isn't", 'isn’t', "aren't", 'aren’t', "hasn't", 'hasn’t', "haven't", 'haven’t', "hadn't", 'hadn’t', "won't", 'won’t', 'cannot', "can't", 'can’t', 'nor'],
  claimCues: ['alleged that', 'alleges that', 'claimed that', 'claims that', 'accused', 'accuses', 'allegations that', 'charged that', 'alleging that'],
};
