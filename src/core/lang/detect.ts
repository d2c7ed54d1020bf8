import { LANGS, type Lang } from '../findings';
import { STOPWORDS } from './stopwords';

const KANA_OR_HAN = /[\u3040-\u30ff\u4e00-\u9fff]/gu;
const SAMPLE = 20_000;

/** `fr-CA` → `fr`, when it is a language the engine supports. */
export function normaliseLang(tag: string | null | undefined): Lang | undefined {
  const code = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(code ?? '') ? (code as Lang) : undefined;
}

/** `fr-CA` → `CA`; undefined when the tag names no region. */
export function regionOf(tag: string | null | undefined): string | undefined {
  const m = /^[a-z]{2,3}[-_]([a-z]{2})\b/i.exec((tag ?? '').trim());
  return m?.[1]?.toUpperCase();
}

/**
 * The language of `text`, by counting frequent function words in a sample of it. `declared`
 * (the page's `lang` attribute) wins unless the text clearly says otherwise: many sites declare
 * `en` on every page whatever its language.
 */
export function detectLang(text: string, declared?: string | null): Lang {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const cjk = sample.match(KANA_OR_HAN)?.length ?? 0;
  if (cjk > 50 && cjk * 4 > sample.length * 0.5) return 'ja';
  const counts = new Map<string, number>();
  for (const w of sample.toLowerCase().match(/\p{L}+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  const scores = Object.entries(STOPWORDS).map(([lang, words]) => {
    let n = 0;
    for (const w of words) n += counts.get(w) ?? 0;
    return [lang as Lang, n] as const;
  });
  scores.sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  const fromPage = normaliseLang(declared);
  if (!best || best[1] < 5) return fromPage ?? (cjk > 20 ? 'ja' : 'en');
  if (fromPage && fromPage !== 'ja') {
    const declaredScore = scores.find(([l]) => l === fromPage)?.[1] ?? 0;
    // Trust the page unless another language has clearly more evidence.
    if (declaredScore * 2 >= best[1]) return fromPage;
  }
  if (fromPage === 'ja' && cjk > 20) return 'ja';
  return second && best[1] === second[1] && fromPage ? fromPage : best[0];
}
