/**
 * Speakers of Japanese quotations: 「…」と述べた after, and 〜氏は / 〜は「…」 before. Names are the
 * run of kanji and katakana before the topic particle, with titles (氏, 理事長, 容疑者) cut off.
 */
import type { Lexicon } from './lexicon';
import type { Speaker } from './speaker';

const NAME_CHAR = /[\p{Script=Han}\p{Script=Katakana}ー・]/u;

/** Does a reporting verb follow the quotation: 」と述べた, 」と語った, 」との見方を示した? */
export function reportedAfterJa(text: string, close: number, lex: Lexicon): boolean {
  if (text[close + 1] !== 'と') return false;
  const tail = text.slice(close + 2, close + 40);
  const end = tail.search(/[。\n]/);
  const clause = end >= 0 ? tail.slice(0, end) : tail;
  for (const v of lex.verbs) if (clause.includes(v)) return true;
  return false;
}

function stripTitles(name: string, lex: Lexicon): string {
  for (let again = true; again; ) {
    again = false;
    for (const t of lex.names.titles) {
      if (name.endsWith(t) && name.length > t.length) {
        name = name.slice(0, -t.length);
        again = true;
      }
    }
  }
  return name;
}

/** The topic or subject of the sentence before the quotation: 「清水理事長は「…」」. */
export function speakerJa(text: string, sentenceFrom: number, open: number, lex: Lexicon): Speaker | undefined {
  const pre = text.slice(sentenceFrom, open);
  for (let i = pre.length - 1; i > 0; i--) {
    const c = pre[i];
    if (c !== 'は' && c !== 'が') continue;
    let j = i;
    while (j > 0 && NAME_CHAR.test(pre[j - 1]!)) j--;
    if (j === i) continue;
    const name = stripTitles(pre.slice(j, i), lex);
    if (name.length >= 2) return { name, how: 'explicit' };
  }
  return undefined;
}
