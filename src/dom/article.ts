/**
 * Finds the region of a page that holds the story (headline, standfirst, body, captions), so
 * menus, teasers, comments and footers are neither listed nor highlighted. A page with no clear
 * article (a home page, a search page) is scanned whole.
 *
 * Signals, strongest first: the text the page itself declares as its story in JSON-LD
 * (`NewsArticle.articleBody`, live-blog updates), `itemprop=articleBody`, common body class names,
 * `<article>`, `<main>`/`role=main`; each candidate is weighed by its text length less its link
 * text (teasers and menus are mostly links). The winner is widened to take in the page's headline
 * when the headline sits just outside it, as it often does.
 */
import { runSync, type Budget, type Steps } from '../pipeline/slices';
import { SKIPPED_TAGS } from './elements';
import { declaredArticleBodies } from './json-ld';

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

/**
 * The page's `<body>`. linkedom, given markup before `<html>` (scripts pasted above the doctype,
 * as some CMSs emit), makes the first element the root and reports an empty body of its own; a
 * browser would have moved that markup into the real body, so take the body that has content.
 */
export function pageBody(doc: Document): Element {
  const body = doc.body;
  if (body?.firstChild) return body;
  for (const b of Array.from(doc.querySelectorAll('body'))) if (b.firstChild) return b;
  return body ?? doc.documentElement;
}

/** Nodes visited between two looks at the budget. */
const NODES_PER_CHECK = 256;

/** Characters of readable text under `el`, and how many of them are link text. */
export function textWeight(el: Element): TextWeight {
  return runSync((budget) => weigh(el, budget));
}

/** textWeight as a pausable walk (iterative, so a huge subtree can be weighed in slices). */
function* weigh(el: Element, budget: Budget): Steps<TextWeight> {
  const w: TextWeight = { text: 0, links: 0 };
  let links = 0; // depth of <a> elements around the current node
  let n: Node | null = el;
  let count = 0;
  while (n) {
    if (++count % NODES_PER_CHECK === 0 && budget.spent()) yield;
    let descend = false;
    if (n.nodeType === 3) {
      const len = (n as Text).data.trim().length;
      w.text += len;
      if (links > 0) w.links += len;
    } else if (n.nodeType === 1 && !SKIPPED_TAGS.has((n as Element).tagName.toUpperCase())) {
      descend = n.firstChild !== null;
      if (descend && (n as Element).tagName.toUpperCase() === 'A') links++;
    }
    if (descend) {
      n = n.firstChild;
      continue;
    }
    // Leave n and every ancestor whose last child it was.
    while (n && n !== el && !n.nextSibling) {
      n = n.parentNode;
      if (n && n.nodeType === 1 && (n as Element).tagName.toUpperCase() === 'A') links--;
    }
    n = n && n !== el ? n.nextSibling : null;
  }
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
  return runSync((budget) => findArticleRootSteps(doc, budget));
}

/** findArticleRoot as a pausable stage, for the live page. */
export function* findArticleRootSteps(doc: Document, budget: Budget): Steps<Element> {
  const body = pageBody(doc);
  let best: Element | null = null;
  let bestScore = MIN_ARTICLE_CHARS;
  const weights = new Map<Element, TextWeight>();
  for (const el of Array.from(body.querySelectorAll(CANDIDATES))) {
    const w = yield* weigh(el, budget);
    weights.set(el, w);
    const s = score(w);
    // Prefer the inner candidate when an outer one adds little but chrome.
    if (s > bestScore * 1.15 || (best && s >= bestScore * 0.85 && best.contains(el))) {
      best = el;
      bestScore = Math.max(s, bestScore);
    }
  }
  const declared = yield* declaredBodyElement(doc, body, budget);
  if (declared && declared !== body) {
    // The page's own statement of its story wins over markup guesses, unless the guess holds it.
    if (!best || !best.contains(declared)) best = declared;
  }
  if (!best) return body;
  const widened = yield* widenToHeadline(doc, body, best, weights.get(best) ?? (yield* weigh(best, budget)), budget);
  return widened ?? best;
}

/** The nearest ancestor of `root` that also holds the page's headline, if it adds little else. */
function* widenToHeadline(doc: Document, body: Element, root: Element, w: TextWeight, budget: Budget): Steps<Element | null> {
  const h1 = headline(doc, body);
  if (!h1 || root.contains(h1)) return null;
  const both = commonAncestor(root, h1);
  if (!both || both === body || both === doc.documentElement) return null;
  const bw = yield* weigh(both, budget);
  return bw.text - bw.links <= (w.text - w.links) * 1.5 + 600 ? both : null;
}

/**
 * The page's headline: the h1 whose text opens the page's title (`og:title` or `<title>`, which
 * sites suffix with their name), else the first non-empty h1 (sites also use h1 for their logo).
 */
function headline(doc: Document, body: Element): Element | undefined {
  const title = squash(
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? doc.querySelector('title')?.textContent ?? '',
  ).trim();
  const h1s = Array.from(body.querySelectorAll('h1')).filter((h) => h.textContent?.trim());
  // Some sites set their logo in the h1 and the story's headline in an h2: the title tells.
  return matchingTitle(h1s, title) ?? matchingTitle(Array.from(body.querySelectorAll('h2')), title) ?? h1s[0];
}

/** The heading whose text the page's title contains, the longest such (the site's name is shorter). */
function matchingTitle(headings: Element[], title: string): Element | undefined {
  const key = (s: string) => squash(s).trim().slice(0, 30);
  let best: Element | undefined;
  let bestLen = 7; // shorter matches ("News") say nothing
  for (const h of headings) {
    const k = key(h.textContent ?? '');
    if (k.length > bestLen && title.includes(k)) {
      best = h;
      bestLen = k.length;
    }
  }
  return best;
}

/** Probes of this many characters are cut from the declared body and looked for in the page. */
const PROBE_CHARS = 40;
const MAX_PROBES = 24;
/** Share of the found probes the chosen element must hold. */
const PROBE_QUORUM = 0.8;

const squash = (s: string) => s.replace(/\s+/g, ' ');

/**
 * The element holding the text the page declares as its article body in JSON-LD: the deepest
 * element that contains most of a handful of snippets cut from that text. Null when the page
 * declares none or the snippets are not on the page (paywalled or rewritten bodies).
 */
function* declaredBodyElement(doc: Document, body: Element, budget: Budget): Steps<Element | null> {
  const bodies = declaredArticleBodies(doc);
  if (bodies.length === 0) return null;
  const probes = probesOf(bodies);
  if (probes.length < 2) return null;
  const hits: Element[] = [];
  const left = new Set(probes);
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  // Probes sit inside one text node most of the time; paragraphs with inline markup split
  // them, and those probes simply go unfound.
  let count = 0;
  for (let t = walker.nextNode(); t && left.size > 0; t = walker.nextNode()) {
    if (++count % NODES_PER_CHECK === 0 && budget.spent()) yield;
    const data = (t as Text).data;
    if (data.length < PROBE_CHARS) continue;
    const flat = squash(data);
    for (const p of left) {
      if (flat.includes(p)) {
        left.delete(p);
        if (t.parentElement) hits.push(t.parentElement);
      }
    }
  }
  if (hits.length < 2) return null;
  const counts = new Map<Element, { n: number; depth: number }>();
  for (const h of hits) {
    const chain: Element[] = [];
    for (let e: Element | null = h; e && e !== body.parentElement; e = e.parentElement) chain.push(e);
    for (let i = chain.length - 1, depth = 0; i >= 0; i--, depth++) {
      const e = chain[i]!;
      const c = counts.get(e) ?? { n: 0, depth };
      c.n++;
      counts.set(e, c);
    }
  }
  let best: Element | null = null;
  let bestDepth = -1;
  for (const [e, c] of counts) {
    if (c.n >= hits.length * PROBE_QUORUM && c.depth > bestDepth) {
      best = e;
      bestDepth = c.depth;
    }
  }
  return best;
}

/** Snippets spread over the declared bodies, each from the middle of a sentence-long stretch. */
function probesOf(bodies: string[]): string[] {
  const stretches: string[] = [];
  for (const b of bodies) {
    for (const part of b.split(/\n+|(?<=[.!?。])\s+/)) {
      const s = squash(part).trim();
      if (s.length >= PROBE_CHARS + 10) stretches.push(s);
    }
  }
  const step = Math.max(1, Math.floor(stretches.length / MAX_PROBES));
  const probes: string[] = [];
  for (let i = 0; i < stretches.length && probes.length < MAX_PROBES; i += step) {
    const s = stretches[i]!;
    const at = Math.floor((s.length - PROBE_CHARS) / 2);
    probes.push(s.slice(at, at + PROBE_CHARS));
  }
  return probes;
}
