/**
 * Engine offsets → DOM Ranges. A finding's [start, end) in the article text maps, through the
 * text map's segments, to a start (node, offset) and an end (node, offset); the Range between
 * them covers exactly the characters the engine read, even across inline elements.
 */
import { nodeOffset, segmentIndexAt, type TextMap } from './text-map';

/** Where in the DOM an article offset lies. */
export interface DomPoint {
  node: Text;
  offset: number;
}

/** The DOM point before the character at article offset `offset`. */
export function startPointAt(map: TextMap, offset: number): DomPoint | undefined {
  const seg = map.segments[segmentIndexAt(map, offset)];
  if (!seg) return undefined;
  return { node: seg.node, offset: nodeOffset(seg, Math.max(offset, seg.start)) };
}

/** The DOM point just after the character at article offset `offset - 1`. */
export function endPointAt(map: TextMap, offset: number): DomPoint | undefined {
  let i = segmentIndexAt(map, offset - 1);
  let seg = map.segments[i];
  // In a gap (an inserted break), the end belongs to the segment before it.
  if (!seg || seg.start > offset - 1) seg = map.segments[--i];
  if (!seg) return undefined;
  const last = Math.min(offset, seg.end) - 1;
  return { node: seg.node, offset: nodeOffset(seg, last) + 1 };
}

/**
 * A Range over article text [start, end), or undefined when the offsets fall outside the map or
 * its nodes have changed since the map was built.
 */
export function rangeFor(map: TextMap, start: number, end: number): Range | undefined {
  if (end <= start || start < 0 || end > map.text.length) return undefined;
  const a = startPointAt(map, start);
  const b = endPointAt(map, end);
  if (!a || !b) return undefined;
  if (a.offset > a.node.data.length || b.offset > b.node.data.length) return undefined; // the node changed
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
