/**
 * From a DOM subtree to the article text the engine reads, and back.
 *
 * Inline elements join ("42 <b>000</b> $" reads "42 000 $"); block boundaries become "\n\n" and
 * <br> becomes "\n", so words of two paragraphs never join. Runs of HTML whitespace (space, tab,
 * newline) collapse to one space as a browser renders them; no-break spaces are kept, since money
 * grouping depends on them.
 *
 * Each text node keeps where its characters landed (`TextSegment`), so an engine offset maps back
 * to a (node, offset) pair and hence to a DOM Range (see ./ranges.ts).
 *
 * The walk is iterative and resumable (`TextMapBuilder.run`), so the content script can build the
 * map of a multi-megabyte page in idle slices; `buildTextMap` runs it in one go for `scan`.
 */
import { BLOCK_TAGS, SKIPPED_TAGS, isHiddenByAttributes } from './elements';
import { isClutter } from './clutter';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** HTML whitespace (space, tab, LF, CR, FF), by char code: faster than a regex per character. */
function isHtmlSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}

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
  /** Told of each element skipped as hidden, so a page that reveals it later can be rescanned. */
  onHidden?: (el: Element) => void;
}

/** How many nodes the builder visits between two calls of its `shouldYield` test. */
const NODES_PER_CHECK = 128;

/**
 * Builds a TextMap by walking `root` in document order, a slice at a time. The walk keeps its
 * place between calls of `run`, so a caller can stop when its time budget is spent.
 */
export class TextMapBuilder {
  /** Pieces of text of the current slice, and the joined text of earlier slices. */
  private readonly parts: string[] = [];
  private readonly chunks: string[] = [];
  private readonly segments: TextSegment[] = [];
  private length = 0;
  /** What the text ends with: nothing yet, a space, a break (newline) or a visible character. */
  private tail: 'start' | 'space' | 'break' | 'char' = 'start';
  /** Newlines owed before the next visible character. */
  private pendingBreak = 0;
  /** The next node to enter, or null when the walk is over. */
  private next: Node | null;
  private readonly kept: number[] = [];

  constructor(
    private readonly root: Node,
    private readonly options: WalkOptions = {},
  ) {
    this.next = root;
  }

  /** True once every node under the root has been visited. */
  get done(): boolean {
    return this.next === null;
  }

  /**
   * Walks on until the subtree is done or `shouldYield()` says stop (asked every
   * NODES_PER_CHECK nodes). Returns true when the walk is complete.
   */
  run(shouldYield?: () => boolean): boolean {
    let n = this.next;
    let count = 0;
    while (n) {
      if (shouldYield && ++count % NODES_PER_CHECK === 0 && shouldYield()) break;
      if (this.enter(n) && n.firstChild) {
        n = n.firstChild;
        continue;
      }
      n = this.leave(n);
    }
    this.next = n;
    // Join this slice's pieces now: joining a whole multi-megabyte page's pieces at the end
    // would be one long step (measured: 40 ms for 3 MB).
    if (n !== null && this.parts.length > 0) {
      this.chunks.push(this.parts.join(''));
      this.parts.length = 0;
    }
    return n === null;
  }

  /** The text and segments built so far (all of them once `done`). */
  result(): TextMap {
    const text = this.chunks.length ? this.chunks.join('') + this.parts.join('') : this.parts.join('');
    return { text, segments: this.segments };
  }

  /** Handles entering `node`; true when its children should be walked. */
  private enter(node: Node): boolean {
    if (node.nodeType === TEXT_NODE) {
      this.addText(node as Text);
      return false;
    }
    if (node.nodeType !== ELEMENT_NODE) return node === this.root; // a Document or fragment root
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || (node !== this.root && isClutter(el))) return false;
    if (isHiddenByAttributes(el) || this.options.skip?.(el)) {
      this.options.onHidden?.(el);
      return false;
    }
    if (tag === 'BR') {
      this.pendingBreak = Math.max(this.pendingBreak, 1);
      return false;
    }
    if (BLOCK_TAGS.has(tag)) this.pendingBreak = 2;
    return true;
  }

  /** Leaves `node` (and any ancestors whose last child it was); returns the next node to enter. */
  private leave(node: Node): Node | null {
    let n: Node | null = node;
    while (n && n !== this.root) {
      if (n.nextSibling) return n.nextSibling;
      n = n.parentNode;
      if (n && n.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((n as Element).tagName.toUpperCase())) this.pendingBreak = 2;
    }
    return null;
  }

  private flushBreak(): void {
    if (this.pendingBreak === 0) return;
    if (this.tail !== 'start') {
      const s = this.pendingBreak >= 2 ? '\n\n' : '\n';
      this.parts.push(s);
      this.length += s.length;
      this.tail = 'break';
    }
    this.pendingBreak = 0;
  }

  private addText(node: Text): void {
    const data = node.data;
    const kept = this.kept;
    kept.length = 0;
    let out = '';
    let runStart = -1; // start of a run of characters kept as they are
    for (let i = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      if (isHtmlSpace(c)) {
        if (runStart >= 0) {
          out += data.slice(runStart, i);
          runStart = -1;
        }
        // Collapse: drop a space after a space, a break, the start, or before an owed break.
        if (this.tail !== 'char' || this.pendingBreak > 0) continue;
        out += ' ';
        this.tail = 'space';
      } else {
        if (out.length === 0 && runStart < 0) this.flushBreak(); // breaks come from elements, so only before a node's text
        if (runStart < 0) runStart = i;
        this.tail = 'char';
      }
      kept.push(i);
    }
    if (runStart >= 0) out += data.slice(runStart);
    if (out.length === 0) return;
    const first = kept[0]!;
    const identity = kept[kept.length - 1]! - first === kept.length - 1;
    this.segments.push({
      node,
      start: this.length,
      end: this.length + out.length,
      skipped: first,
      ...(identity ? {} : { map: Uint32Array.from(kept) }),
    });
    this.parts.push(out);
    this.length += out.length;
  }
}

/** Builds the article text of `root` and the map from its offsets back to text nodes. */
export function buildTextMap(root: Node, options: WalkOptions = {}): TextMap {
  const builder = new TextMapBuilder(root, options);
  builder.run();
  return builder.result();
}

/**
 * Index of the segment holding article offset `offset`, by binary search; when the offset falls in
 * a gap (an inserted break), the index of the next segment (or segments.length past the end).
 */
export function segmentIndexAt(map: TextMap, offset: number): number {
  const segs = map.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return lo;
}

/** The segment holding article offset `offset` (the first whose end is past it). */
export function segmentAt(map: TextMap, offset: number): TextSegment | undefined {
  return map.segments[segmentIndexAt(map, offset)];
}

/** Offset in the node's data of the article offset `offset` inside `seg`. */
export function nodeOffset(seg: TextSegment, offset: number): number {
  const k = Math.max(0, Math.min(offset - seg.start, seg.end - seg.start));
  if (seg.map) return k < seg.map.length ? seg.map[k]! : seg.map[seg.map.length - 1]! + 1;
  return seg.skipped + k;
}
