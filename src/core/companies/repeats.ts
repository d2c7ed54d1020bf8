/**
 * Later mentions of firms found by a rule ("Kimazou SA" … "Kimazou"), and the test that keeps
 * people out: a one-word name that also follows a first name ("the company Jobs co-founded" …
 * "Steve Jobs"), or a two- or three-word name whose last word also stands alone ("Steve Jobs" …
 * "Jobs said"), is a person's name (people are shortened to their last name, firms to their
 * first). One pass over the capitalised words the scan recorded serves every name.
 */
import { CHAR_CLASS, OTHER, UPPER, LOWER, isWordClass } from './chars';

/** Where each name occurs in full, and which names are people's. */
export interface Repeats {
  occurrences: Map<string, number[]>;
  people: Set<string>;
}

/**
 * @param isNotFirstName words that may stand before a firm's name without being a first name:
 *   sentence openers ("Die"), cue words ("Konzern").
 */
export function findRepeats(
  text: string,
  capitals: readonly number[],
  capitalWords: readonly string[],
  names: Iterable<string>,
  isNotFirstName: (w: string) => boolean,
): Repeats {
  const byFirst = new Map<string, string[]>();
  const singles = new Set<string>();
  const lastWords = new Map<string, string[]>(); // last word → multi-word names ending with it
  const occurrences = new Map<string, number[]>();
  const people = new Set<string>();
  for (const name of names) {
    occurrences.set(name, []);
    const words = name.split(' ');
    const first = words[0] as string;
    byFirst.set(first, [...(byFirst.get(first) ?? []), name]);
    if (words.length === 1) singles.add(name);
    else if (words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) {
      const last = words[words.length - 1] as string;
      lastWords.set(last, [...(lastWords.get(last) ?? []), name]);
    }
  }
  if (occurrences.size === 0) return { occurrences, people };
  const cls = (p: number) => CHAR_CLASS[text.charCodeAt(p)] ?? OTHER;
  for (let c = 0; c < capitals.length; c += 2) {
    const i = capitals[c] as number;
    const word = capitalWords[c >> 1] as string;
    for (const name of byFirst.get(word) ?? []) {
      const e = i + name.length;
      if (text.startsWith(name, i) && (e >= text.length || !isWordClass(cls(e)))) occurrences.get(name)?.push(i);
    }
    if (singles.has(word) && precededByName(text, i, isNotFirstName)) people.add(word);
    for (const name of lastWords.get(word) ?? []) {
      const head = name.slice(0, name.length - word.length);
      if (!text.startsWith(head, i - head.length) && !precededByWord(text, i)) people.add(name);
    }
  }
  return { occurrences, people };
}

/** Is the word at i right after a capitalised word and one space ("Steve Jobs")? */
function precededByName(text: string, i: number, isNotFirstName: (w: string) => boolean): boolean {
  if (i < 3 || text[i - 1] !== ' ') return false;
  let s = i - 1; // s: the second letter of the word before
  while (s > 0 && (CHAR_CLASS[text.charCodeAt(s - 1)] ?? OTHER) === LOWER) s--;
  // First names are short; a long capitalised word before a name is a German noun
  // ("Unternehmensberatung Capco").
  const first = s - 1;
  if (first < 0 || isNotFirstName(text.slice(first, i - 1))) return false;
  return (
    first >= i - 12 &&
    s < i - 2 &&
    first >= 0 &&
    (CHAR_CLASS[text.charCodeAt(first)] ?? OTHER) === UPPER &&
    (first === 0 || !isWordClass(CHAR_CLASS[text.charCodeAt(first - 1)] ?? OTHER))
  );
}

/** Is the word at i right after another word and one space? */
function precededByWord(text: string, i: number): boolean {
  return i >= 2 && text[i - 1] === ' ' && /\p{L}/u.test(text[i - 2] as string);
}
