/**
 * The live page's extra skip test for the text walk: elements hidden by computed style (closed
 * menus, collapsed panels, off-screen templates), which saved-page parsing cannot see.
 *
 * Cheap on purpose: only elements with a class, id or style attribute are asked, since those are
 * what site CSS hides; the walk skips a hidden element's whole subtree, so descendants are never
 * asked. Styles are already computed at document idle, so each call is a lookup.
 */
export function hiddenByStyle(el: Element): boolean {
  if (!el.hasAttribute('class') && !el.hasAttribute('id') && !el.hasAttribute('style')) return false;
  const cs = el.ownerDocument.defaultView?.getComputedStyle(el);
  if (!cs) return false;
  return cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse';
}
