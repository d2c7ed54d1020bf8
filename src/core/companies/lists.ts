/**
 * Enumerations of firms: "Siemens, BASF, Daimler, BMW, VW und Thyssenkrupp", "las constructoras
 * Graña y Montero, JJC Contratistas Generales e ICCGSA". When one item is a confirmed firm and
 * the run ends with a conjunction, or a plural cue ("las compañías") opens it, every item is a
 * firm: writers list like with like. (Lists after a plural cue are read by the scan, ./scan.ts.)
 */
import { nameEndingAt, nameStartingAt, plausibleName } from './rules';

/** "and" words; "or" is left out: "Apple Pay, Mastercard oder Sepa" lists means of payment. */
const CONJ = '(?:and|et|und|sowie|y|e)';
/** A separator right after an item: ", ", ", and ", " y ". */
const SEP_AFTER = new RegExp(`^(?:,(?: ${CONJ})? | ${CONJ} )`);
/** A separator right before an item. */
const SEP_BEFORE = new RegExp(`(?:,(?: ${CONJ})? | ${CONJ} )$`);
const HAS_CONJ = new RegExp(` ${CONJ} $`);
const MAX_ITEMS = 12;

/** A span of text naming one item. */
export interface Item {
  start: number;
  end: number;
  /** Read leftwards: in German it may start with nouns that describe the firm ("den US-Platzhirschen Visa"). */
  readBack?: boolean;
}

/**
 * The other items of the enumeration the item [start, end) belongs to (none when it is not in
 * one that ends with a conjunction), and where the run of items read ends.
 */
export function enumerationAround(text: string, start: number, end: number): { items: Item[]; until: number } {
  const items: Item[] = [];
  let conj = false;
  // Rightwards.
  let e = end;
  for (let k = 0; k < MAX_ITEMS; k++) {
    // Cheap test first: a separator starts with a comma or a space.
    const c = text.charCodeAt(e);
    if (c !== 44 && c !== 32) break;
    const m = SEP_AFTER.exec(text.slice(e, e + 12));
    if (!m) break;
    const s = e + m[0].length;
    const ne = nameStartingAt(text, s);
    if (ne < 0 || !plausibleName(text.slice(s, ne))) break;
    if (HAS_CONJ.test(m[0])) conj = true;
    items.push({ start: s, end: ne });
    e = ne;
  }
  // Leftwards.
  let s = start;
  for (let k = 0; k < MAX_ITEMS; k++) {
    if (text.charCodeAt(s - 1) !== 32) break; // a separator ends with a space
    const before = text.slice(Math.max(0, s - 12), s);
    const m = SEP_BEFORE.exec(before);
    if (!m) break;
    const sepStart = s - m[0].length;
    const ns = nameEndingAt(text, sepStart);
    if (ns < 0 || !plausibleName(text.slice(ns, sepStart))) break;
    if (HAS_CONJ.test(m[0])) conj = true;
    items.push({ start: ns, end: sepStart, readBack: true });
    s = ns;
  }
  return { items: conj ? items : [], until: e };
}
