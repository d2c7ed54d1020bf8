/**
 * The page's own publisher: a capitalised name on the page that spells the label of its domain
 * ("Observer" on observer.com, "Radio-Canada" on ici.radio-canada.ca, "Gazeta do Povo" on
 * gazetadopovo.com.br). Publishers count as firms, and stories name themselves ("Cointelegraph
 * a contacté Microsoft").
 */

/** Second-level parts of country domains: the registrable label is the one before them. */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'ne', 'or', 'gov', 'ac', 'gob', 'edu']);
/** Labels too short or too generic to stand for a publisher. */
const MIN_LABEL = 4;

/** The domain label that names the site, letters and digits only: "radiocanada", or undefined. */
export function siteLabel(host: string | undefined): string | undefined {
  if (!host) return undefined;
  const parts = host.toLowerCase().split('.').filter(Boolean);
  if (parts.length < 2) return undefined;
  let i = parts.length - 2;
  if (i > 0 && SECOND_LEVEL.has(parts[i] as string) && (parts[parts.length - 1] as string).length === 2) i--;
  const label = (parts[i] as string).replace(/[^a-z0-9]/g, '');
  return label.length >= MIN_LABEL ? label : undefined;
}

/** One character folded to its base lower-case letter ("É" → "e"); ASCII without a detour. */
const fold = (c: string): string => {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
  return c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
};

/**
 * Mentions of the publisher: spans starting at a capitalised word whose letters, read across
 * spaces, hyphens and apostrophes, spell `label`, ending at a word boundary.
 */
export function publisherMentions(
  text: string,
  capitals: readonly number[],
  label: string,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const first = label[0] as string;
  const firstUpper = first.toUpperCase().charCodeAt(0);
  for (let c = 0; c < capitals.length; c += 2) {
    const start = capitals[c] as number;
    const code = text.charCodeAt(start);
    if (code < 128 ? code !== firstUpper : fold(text[start] as string) !== first) continue;
    let k = 0;
    let p = start;
    while (p < text.length && k < label.length && p - start < label.length * 2 + 4) {
      const ch = text[p] as string;
      if (ch === ' ' || ch === '-' || ch === "'" || ch === '\u2019') {
        p++;
        continue;
      }
      if (fold(ch) !== label[k]) break;
      k++;
      p++;
    }
    if (k === label.length && !/[\p{L}\p{N}]/u.test(text[p] ?? ' ')) out.push({ start, end: p });
  }
  return out;
}
