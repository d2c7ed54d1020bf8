/**
 * Which highlighted range is under a point. Highlights are not elements, so there is no event
 * target to ask: the caret position under the pointer gives a (text node, offset), and this index
 * maps text nodes to the ranges that cover them (a range over inline markup covers several).
 */

export interface Hit<T> {
  range: Range;
  item: T;
}

const SHOW_TEXT = 4;

/** The text nodes `range` touches, in document order. */
export function textNodesIn(range: Range): Text[] {
  const start = range.startContainer;
  if (start === range.endContainer && start.nodeType === 3) return [start as Text];
  const doc = start.ownerDocument ?? (start as Document);
  const walker = doc.createTreeWalker(range.commonAncestorContainer, SHOW_TEXT);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (range.intersectsNode(n)) out.push(n as Text);
    else if (out.length > 0) break; // past the end
  }
  return out;
}

export class HitIndex<T> {
  private readonly byNode = new Map<Node, Hit<T>[]>();
  private readonly nodesOf = new Map<Range, Text[]>();

  add(range: Range, item: T): void {
    const nodes = textNodesIn(range);
    this.nodesOf.set(range, nodes);
    for (const n of nodes) {
      const list = this.byNode.get(n);
      if (list) list.push({ range, item });
      else this.byNode.set(n, [{ range, item }]);
    }
  }

  remove(range: Range): void {
    for (const n of this.nodesOf.get(range) ?? []) {
      const list = this.byNode.get(n)?.filter((h) => h.range !== range);
      if (list?.length) this.byNode.set(n, list);
      else this.byNode.delete(n);
    }
    this.nodesOf.delete(range);
  }

  clear(): void {
    this.byNode.clear();
    this.nodesOf.clear();
  }

  /** Every hit covering the text node `node`. */
  on(node: Node): readonly Hit<T>[] {
    return this.byNode.get(node) ?? [];
  }

  /**
   * The innermost hit containing the point (node, offset); with client coordinates, only a hit
   * whose boxes hold them (a caret snaps to the nearest character even past the line's end).
   */
  at(node: Node, offset: number, x?: number, y?: number): Hit<T> | undefined {
    let best: Hit<T> | undefined;
    let bestLen = Infinity;
    for (const h of this.on(node)) {
      if (!h.range.isPointInRange(node, offset)) continue;
      if (x !== undefined && y !== undefined && !underPoint(h.range, x, y)) continue;
      const len = h.range.toString().length;
      if (len < bestLen) {
        best = h;
        bestLen = len;
      }
    }
    return best;
  }
}

function underPoint(range: Range, x: number, y: number): boolean {
  for (const r of Array.from(range.getClientRects())) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}
