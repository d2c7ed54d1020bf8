import type { QuoteLangData } from './types';

export const DE: QuoteLangData = {
  verbs: ['sagte', 'sagt', 'sagten', 'gesagt', 'so', 'meinte', 'meint', 'betonte', 'betont', 'erklärte', 'erklärt', 'ergänzte', 'ergänzt', 'fügte', 'schrieb', 'schreibt', 'twitterte', 'warnte', 'warnt', 'kritisierte', 'kritisiert', 'behauptete', 'behauptet', 'warf', 'wirft', 'beschuldigte', 'beschuldigt', 'fordert', 'forderte', 'räumte', 'räumt', 'sieht', 'sah', 'bestätigte', 'bestätigt', 'dementierte', 'teilte', 'teilt', 'heißt', 'hieß', 'antwortete', 'antwortet', 'unterstrich', 'glaubt', 'glaubte', 'findet', 'fand', 'berichtete', 'berichtet', 'mahnte', 'mahnt', 'urteilte', 'urteilt', 'kommentierte', 'stellte', 'stellt', 'laut', 'zufolge', 'sagen', 'erklären', 'resümiert', 'resümierte', 'prognostiziert', 'prognostizierte', 'schätzt', 'schätzte', 'gibt', 'gab', 'befürchtet', 'befürchtete', 'zitiert'],
  verbStems: [],
  sources: ['laut', 'nach angaben', 'zufolge', 'so'],
  pronouns: ['er', 'sie', 'wir', 'ich'],
  pronounSuffixes: [],
  titles: ['herr', 'frau', 'dr.', 'prof.', 'präsident', 'präsidentin', 'minister', 'ministerin', 'kanzler', 'kanzlerin', 'chef', 'chefin', 'expertin', 'experte', 'professor', 'professorin'],
  roles: ['chef', 'chefin', 'vorstand', 'vorstandschef', 'präsident', 'präsidentin', 'sprecher', 'sprecherin', 'minister', 'ministerin', 'gründer', 'gründerin', 'expertin', 'experte', 'analyst', 'analystin', 'professor', 'professorin', 'finanzprofessor', 'spezialistin', 'spezialist', 'aktivistin', 'aktivist', 'klimaaktivistin', 'kanzler', 'kanzlerin', 'geschäftsführer', 'geschäftsführerin', 'direktor', 'direktorin', 'leiter', 'leiterin', 'anwalt', 'anwältin', 'richter', 'richterin'],
  companyRoles: ['unternehmen', 'konzern', 'firma', 'bank', 'gruppe', 'hersteller', 'anbieter'],
  notNames: ['dass', 'ob', 'weil', 'obwohl', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'und', 'oder', 'aber', 'doch', 'wenn', 'als', 'wie', 'wo', 'was', 'wer', 'warum', 'dass', 'da', 'dann', 'denn', 'so', 'auch', 'noch', 'schon', 'nur', 'er', 'sie', 'es', 'wir', 'ich', 'ihr', 'sein', 'seine', 'ihre', 'im', 'in', 'am', 'an', 'auf', 'aus', 'bei', 'mit', 'nach', 'von', 'vor', 'zu', 'zum', 'zur', 'für', 'über', 'unter', 'laut', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'dies', 'diese', 'dieser', 'dieses', 'man', 'nicht', 'kein', 'keine', 'mehr', 'seit', 'bis', 'damit', 'deshalb', 'trotzdem', 'jetzt', 'heute', 'hier', 'dort', 'bislang', 'bisher', 'zudem', 'außerdem', 'allerdings', 'immerhin', 'lesen', 'sie', 'mehr', 'foto', 'bild', 'jedoch', 'dennoch', 'später', 'danach', 'schließlich', 'zunächst', 'inzwischen', 'ebenso', 'ferner', 'daher', 'deswegen', 'also'],
  prepositions: ['von', 'vom', 'in', 'im', 'an', 'am', 'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'für', 'gegen', 'über', 'zu', 'zum', 'zur', 'des', 'der'],
  addressees: ['gegenüber', 'dem', 'der'],
  conjunctions: ['dass', 'daß', 'ob', 'die', 'der', 'welche'],
  coordinators: ['und', 'aber'],
  introducers: ['nach', 'vor', 'während', 'trotz', 'bei', 'seit'],
  particles: ['von', 'van', 'der', 'den', 'de', 'zu', 'vom', 'zum', 'di', 'da'],
  allegationVerbs: ['vorgeworfen', 'vorwirft', 'vorwarf', 'warf', 'wirft', 'beschuldig', 'bezichtig', 'anklag', 'angeklagt', 'verklag', 'kritisier', 'beschimpf', 'prangert', 'anprangert'],
  allegationCues: ['illegal', 'rechtswidrig', 'betrug', 'betrüg', 'gestohlen', 'stahl', 'diebstahl', 'gelogen', 'lüge', 'lügt', 'korrupt', 'korruption', 'bestech', 'erpress', 'unentschuldbar', 'verbrech', 'kriminell', 'missbrauch', 'verstoß', 'verstößt', 'manipul', 'vertusch', 'täusch', 'abzocke', 'veruntreu', 'geldwäsche', 'schuld', 'skandal', 'verantwortungslos'],
  workNouns: ['film', 'buch', 'roman', 'lied', 'song', 'album', 'serie', 'sendung', 'stück', 'dokumentation', 'doku', 'podcast', 'magazin', 'zeitschrift', 'zeitung', 'kolumne', 'titel', 'namens', 'genannt', 'spitzname', 'kampagne', 'programm', 'initiative', 'projekt', 'bericht', 'studie', 'hashtag', 'aktion', 'wirtschaftsmagazin', 'nachrichtenmagazin'],
  negations: ['nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'weder'],
  claimCues: ['wirft', 'warf', 'vorgeworfen', 'behauptete, dass', 'behauptet, dass', 'beschuldigte', 'beschuldigt'],
};
