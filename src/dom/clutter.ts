/**
 * Page furniture that sits inside the article's element on many sites: reader comments, share
 * bars, slideshows and widgets of other stories, sidebars, newsletter boxes, ad slots. Named by
 * their class or id, the only signal a saved page and a live page both keep. Their text is not
 * the story, so it is neither listed nor highlighted.
 *
 * A class token matches when one of these words is the whole token or a dash- or
 * underscore-separated part of it ("sect_commentlinks", "yom-secondary", "social-share").
 */
const CLUTTER_WORDS = [
  'comment', 'comments', 'commentlinks', 'community', 'discussion', 'disqus',
  'sidebar', 'secondary', 'widget', 'slideshow', 'carousel',
  'newsletter', 'share', 'sharing', 'social', 'sharebar',
  'outbrain', 'taboola', 'mostread', 'most-read', 'popular', 'trending',
  'recommended', 'recommendations', 'recirculation', 'promo', 'sponsored', 'advert', 'advertisement', 'ad', 'ads',
  'breadcrumb', 'breadcrumbs', 'byline-social', 'tags', 'taglist',
];
const CLUTTER = new RegExp(`(?:^|[-_])(?:${CLUTTER_WORDS.map((w) => w.replace(/-/g, '\\-')).join('|')})(?:$|[-_])`, 'i');

/**
 * "related" marks both story teasers between paragraphs, which annotators count as part of the
 * article (a one-line "see also" paragraph), and whole blocks of other stories, which they do
 * not: only the blocks are skipped.
 */
const RELATED = /(?:^|[-_])related(?:$|[-_])/i;
const TEASER_BLOCKS = new Set(['UL', 'OL', 'ASIDE', 'SECTION', 'NAV', 'DIV']);

/** Class or id tokens of `el` that name it as page furniture, not story. */
export function isClutter(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role === 'complementary' || role === 'navigation') return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (names.length < 2) return false;
  for (const token of names.split(/\s+/)) {
    if (!token) continue;
    if (CLUTTER.test(token)) return true;
    if (RELATED.test(token) && TEASER_BLOCKS.has(el.tagName.toUpperCase())) return true;
  }
  return false;
}
