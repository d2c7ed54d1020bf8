/**
 * Is a word an ordinary English word? Answered from the lexicon of wink-eng-lite-web-model (an
 * installed dev dependency): words in its vocabulary get ids below the first out-of-vocabulary
 * id. Used at generation time only, to mark brand names that are also words ("Apple", "Target",
 * "Shell") as needing evidence, and to drop spell-checker tokens that are plain words.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model);
const its = nlp.its;

function idOf(word: string): number {
  const tokens = nlp.readDoc(word).tokens();
  if (tokens.length() !== 1) return Number.POSITIVE_INFINITY;
  return tokens.itemAt(0).out(its.uniqueId) as unknown as number;
}

/** Ids at or above this are words the model never saw. */
const FIRST_UNKNOWN_ID = Math.min(idOf('qxzvjkwpq'), idOf('zzqvkxjw'));

export function isEnglishWord(word: string): boolean {
  return idOf(word.toLowerCase()) < FIRST_UNKNOWN_ID;
}
