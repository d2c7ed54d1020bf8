/**
 * Which quotation spans are quotes someone said: not titles of works ("the film “Toy Story”"),
 * not nicknames or scare quotes (a word or three in marks with no reporting verb or speaker near).
 */
import { tokenize } from '../names';
import type { Lexicon } from './lexicon';

/** Quotes this short, with no reporting verb around, are scare quotes or names. */
const SHORT_WORDS = 3;

export function listable(
  text: string,
  lex: Lexicon,
  inside: { from: number; to: number },
  pre: { from: number; to: number },
  reported: boolean,
): boolean {
  if (lex.lang === 'ja') return listableJa(text, lex, inside, reported);
  // the first words are enough to tell a short or Title Case span
  const words = tokenize(text, inside.from, Math.min(inside.to, inside.from + 120));
  if (words.length === 0) return false;
  // a title after its noun: the film “…”, le livre « … », das Magazin „…“
  const before = tokenize(text, Math.max(pre.from, pre.to - 40), pre.to);
  const last = before[before.length - 1];
  // (a title follows its noun directly: after a colon, "ha detto: «…»", the word is a reporting verb)
  if (last && lex.workNouns.has(last.lower) && !gapHasColon(text, last.end, pre.to)) return false;
  if (words.length <= SHORT_WORDS && !reported) return false;
  // Title Case with no verb near: a title or a name (“A Paradise Built in Hell”)
  if (!reported && words.length >= 2 && words.every((w) => w.cap || lex.names.particles.has(w.lower) || w.lower.length <= 3)) return false;
  return true;
}

function listableJa(text: string, lex: Lexicon, inside: { from: number; to: number }, reported: boolean): boolean {
  const q = text.slice(inside.from, inside.to);
  for (const noun of lex.workNouns) if (q.endsWith(noun)) return false;
  return reported || q.length > 8;
}

function gapHasColon(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 58) return true;
  return false;
}
