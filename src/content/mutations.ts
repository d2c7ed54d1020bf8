/**
 * From a batch of MutationRecords to the parts of the article to scan again: the smallest
 * block-level elements whose text changed, or "everything" when the article itself was replaced.
 * Pure over the DOM it is given, so it is tested with happy-dom.
 */
import { BLOCK_TAGS, SKIPPED_TAGS } from '../dom/elements';

export interface DirtyParts {
  /** The article region left the document (or was replaced): scan the page again. */
  full: boolean;
  /** Elements to scan again, none inside another, in no particular order. */
  parts: Element[];
}

const BLOCK_SELECTOR = Array.from(BLOCK_TAGS).map((t) => t.toLowerCase()).join(',');
/** Markup that signals a story arriving on a page first scanned whole. */
const ARTICLE_SELECTOR = 'article, main, [itemprop="articleBody"], [role="main"]';

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/** The nearest block-level element around `node`, not above `root`. */
export function blockAround(node: Node, root: Element): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && el !== root && !isBlock(el)) el = el.parentElement;
  return el;
}

/**
 * The parts of `root` that `records` changed. `ignore` names nodes that are Claimlens's own.
 * `wholePage` says the root is the page's body (no article was found): then a story arriving
 * asks for a full rescan, so the article can be chosen.
 */
export function dirtyParts(records: readonly MutationRecord[], root: Element, ignore: (n: Node) => boolean, wholePage = false): DirtyParts {
  if (!root.isConnected) return { full: true, parts: [] };
  const found = new Set<Element>();
  const add = (el: Element | null) => {
    if (el && root.contains(el)) found.add(el);
  };
  for (const r of records) {
    const target = r.target;
    if (ignore(target)) continue;
    if (r.type === 'characterData') {
      add(blockAround(target, root));
      continue;
    }
    if (r.type !== 'childList' || !root.contains(target)) continue;
    let textChanged = false;
    for (const n of Array.from(r.addedNodes)) {
      if (ignore(n)) continue;
      if (n.nodeType === 1) {
        const el = n as Element;
        if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) continue;
        if (wholePage && (el.matches(ARTICLE_SELECTOR) || el.querySelector(ARTICLE_SELECTOR))) return { full: true, parts: [] };
        // A new paragraph (or a subtree of them) is a part of its own; an inline element
        // changes the text of the block around it.
        if (isBlock(el) || el.querySelector(BLOCK_SELECTOR)) add(el);
        else textChanged = true;
      } else if (n.nodeType === 3) {
        textChanged = true;
      }
    }
    for (const n of Array.from(r.removedNodes)) {
      if (n.nodeType === 3 || (n.nodeType === 1 && !isBlock(n as Element))) textChanged = true;
    }
    if (textChanged) add(blockAround(target, root));
  }
  // Keep the outermost: a part inside another is scanned with it.
  const parts = Array.from(found).filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (found.has(p)) return false;
    return el.isConnected;
  });
  return { full: false, parts };
}

/** The attributes whose change can show or hide an element. */
export const VISIBILITY_ATTRIBUTES = ['class', 'style', 'hidden', 'aria-hidden', 'open'];

/** True when an attribute change on `target` may concern one of the `hidden` elements. */
export function mayReveal(target: Node, hidden: ReadonlySet<Element>): boolean {
  if (hidden.size === 0 || target.nodeType !== 1) return false;
  for (const h of hidden) if (target === h || target.contains(h)) return true;
  return false;
}

/**
 * Hidden elements the walk skipped that attribute changes have now shown ("read more" panels,
 * tabs, accordions): each is a part to scan. They leave `hidden`; those still hidden stay.
 */
export function revealedParts(records: readonly MutationRecord[], hidden: Set<Element>, stillHidden: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  for (const r of records) {
    if (r.type !== 'attributes' || hidden.size === 0) continue;
    for (const h of Array.from(hidden)) {
      if (!h.isConnected) {
        hidden.delete(h);
        continue;
      }
      if ((r.target === h || r.target.contains(h)) && !stillHidden(h)) {
        hidden.delete(h);
        out.push(h);
      }
    }
  }
  return out;
}
