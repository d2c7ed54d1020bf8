/**
 * Finds the region of a page that holds the story (headline, standfirst, body, captions), so
 * menus, teasers, comments and footers are neither listed nor highlighted. A page with no clear
 * article (a home page, a search page) is scanned whole.
 *
 * Signals, strongest first: `itemprop=articleBody`, common body class names, `<article>`,
 * `<main>`/`role=main`; each candidate is weighed by its text length less its link text (teasers
 * and menus are mostly links). The winner is widened to take in the page's headline when the
 * headline sits just outside it, as it often does.
 */
import { SKIPPED_TAGS } from './elements';

const CANDIDATES = [
  '[itemprop="articleBody"]',
  '[itemprop="articlebody"]',
  'article',
  '[role="main"]',
  'main',
  '[class*="article-body"]',
  '[class*="article__body"]',
  '[class*="articleBody"]',
  '[class*="story-body"]',
  '[class*="post-content"]',
  '[class*="entry-content"]',
  '[class*="article-content"]',
  '[class*="article__content"]',
  '[id*="article-body"]',
].join(',');

/** Below this much prose, a candidate is a teaser, not the story. */
const MIN_ARTICLE_CHARS = 400;

interface TextWeight {
  text: number;
  links: number;
}

/** Characters of readable text under `el`, and how many of them are link text. */
export function textWeight(el: Element): TextWeight {
  const w: TextWeight = { text: 0, links: 0 };
  const visit = (node: Node, inLink: boolean) => {
    if (node.nodeType === 3) {
      const n = (node as Text).data.trim().length;
      w.text += n;
      if (inLink) w.links += n;
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    const link = inLink || tag === 'A';
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c, link);
  };
  visit(el, false);
  return w;
}

function score(w: TextWeight): number {
  return w.text - 2 * w.links;
}

function commonAncestor(a: Element, b: Element): Element | null {
  const seen = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) seen.add(n);
  for (let n: Node | null = b; n; n = n.parentNode) if (seen.has(n)) return n.nodeType === 1 ? (n as Element) : null;
  return null;
}

/** The element to scan: the article region, or `<body>` when the page has none. */
export function findArticleRoot(doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  let best: Element | null = null;
  let bestScore = MIN_ARTICLE_CHARS;
  const weights = new Map<Element, TextWeight>();
  for (const el of Array.from(doc.querySelectorAll(CANDIDATES))) {
    const w = textWeight(el);
    weights.set(el, w);
    const s = score(w);
    // Prefer the inner candidate when an outer one adds little but chrome.
    if (s > bestScore * 1.15 || (best && s >= bestScore * 0.85 && best.contains(el))) {
      best = el;
      bestScore = Math.max(s, bestScore);
    }
  }
  if (!best) return body;
  return widenToHeadline(doc, best, weights.get(best) ?? textWeight(best)) ?? best;
}

/** The nearest ancestor of `root` that also holds the page's headline, if it adds little else. */
function widenToHeadline(doc: Document, root: Element, w: TextWeight): Element | null {
  const h1 = Array.from(doc.querySelectorAll('h1')).find((h) => !root.contains(h) && h.textContent?.trim());
  if (!h1 || root.querySelector('h1')) return null;
  const both = commonAncestor(root, h1);
  if (!both || both === doc.body || both === doc.documentElement) return null;
  const bw = textWeight(both);
  return bw.text - bw.links <= (w.text - w.links) * 1.5 + 600 ? both : null;
}
