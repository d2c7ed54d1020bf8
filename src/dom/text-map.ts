/**
 * From a DOM subtree to the article text the engine reads, and back.
 *
 * Inline elements join ("42 <b>000</b> $" reads "42 000 $"); block boundaries become "\n\n" and
 * <br> becomes "\n", so words of two paragraphs never join. Runs of HTML whitespace (space, tab,
 * newline) collapse to one space as a browser renders them; no-break spaces are kept, since money
 * grouping depends on them.
 *
 * Each text node keeps where its characters landed (`TextSegment`), so an engine offset maps back
 * to a (node, offset) pair and hence to a DOM Range.
 */
import { BLOCK_TAGS, SKIPPED_TAGS, isHiddenByAttributes } from './elements';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const HTML_SPACE = /[ \t\n\r\f]/;

export interface TextSegment {
  node: Text;
  /** Offset of this node's first kept character in the article text. */
  start: number;
  /** Offset just past its last kept character. */
  end: number;
  /**
   * For each kept character, its offset in the node's data; absent when the node's characters
   * were kept one to one from `skipped` on.
   */
  map?: Uint32Array;
  /** Characters dropped from the node's start (collapsed leading whitespace). */
  skipped: number;
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
}

export interface WalkOptions {
  /** Extra test for elements to skip (the live page adds computed-style checks here). */
  skip?: (el: Element) => boolean;
}

/** Builds the article text of `root` and the map from its offsets back to text nodes. */
export function buildTextMap(root: Node, options: WalkOptions = {}): TextMap {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  // What the text ends with: 'start' (nothing yet), 'space', 'break' (newline) or 'char'.
  let tail: 'start' | 'space' | 'break' | 'char' = 'start';
  let pendingBreak = 0; // newlines owed before the next visible character

  const flushBreak = () => {
    if (pendingBreak === 0) return;
    if (tail !== 'start') {
      const s = pendingBreak >= 2 ? '\n\n' : '\n';
      parts.push(s);
      length += s.length;
      tail = 'break';
    }
    pendingBreak = 0;
  };

  const addText = (node: Text) => {
    const data = node.data;
    let out = '';
    const kept: number[] = [];
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (HTML_SPACE.test(ch)) {
        // Collapse: drop a space after a space, a break, the start, or before an owed break.
        if (tail !== 'char' || pendingBreak > 0) continue;
        out += ' ';
        tail = 'space';
      } else {
        if (out.length === 0) flushBreak(); // breaks come from elements, so only before a node's text
        out += ch;
        tail = 'char';
      }
      kept.push(i);
    }
    if (out.length === 0) return;
    const first = kept[0]!;
    const identity = kept[kept.length - 1]! - first === kept.length - 1;
    segments.push({
      node,
      start: length,
      end: length + out.length,
      skipped: first,
      ...(identity ? {} : { map: Uint32Array.from(kept) }),
    });
    parts.push(out);
    length += out.length;
  };

  const walk = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      addText(node as Text);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || isHiddenByAttributes(el) || options.skip?.(el)) return;
    if (tag === 'BR') {
      pendingBreak = Math.max(pendingBreak, 1);
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) pendingBreak = 2;
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) pendingBreak = 2;
  };

  walk(root);
  // Trailing whitespace before a break is harmless; the engine trims around quotes and amounts.
  return { text: parts.join(''), segments };
}

/** The segment holding article offset `offset` (the first whose end is past it), by binary search. */
export function segmentAt(map: TextMap, offset: number): TextSegment | undefined {
  const segs = map.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return segs[lo];
}

/** Offset in the node's data of the article offset `offset` inside `seg`. */
export function nodeOffset(seg: TextSegment, offset: number): number {
  const k = Math.max(0, Math.min(offset - seg.start, seg.end - seg.start));
  if (seg.map) return k < seg.map.length ? seg.map[k]! : seg.map[seg.map.length - 1]! + 1;
  return seg.skipped + k;
}
