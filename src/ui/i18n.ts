/**
 * The popup's and options page's words, in the reader's language. The tables are the extension's
 * own `_locales` files (what browser.i18n serves for the manifest and the command), bundled so
 * the UI follows the browser's preferred languages (navigator.languages) even where the browser
 * runs in a language it has no UI pack for.
 */
import en from '~~/public/_locales/en/messages.json';
import fr from '~~/public/_locales/fr/messages.json';

export type MessageKey = keyof typeof en;
export type UiLang = 'en' | 'fr';
/** Looks up a message, filling $1…$9 with `subs`. */
export type Translate = (key: MessageKey, ...subs: string[]) => string;

const TABLES: Record<UiLang, Record<string, { message: string }>> = { en, fr };

/** The first of the reader's languages the UI speaks; English otherwise. */
export function pickUiLang(languages: readonly (string | undefined)[]): UiLang {
  for (const l of languages) {
    const primary = l?.toLowerCase().split(/[-_]/)[0];
    if (primary === 'en' || primary === 'fr') return primary;
  }
  return 'en';
}

export function makeTranslate(lang: UiLang): Translate {
  const table = TABLES[lang];
  return (key, ...subs) => {
    const m = table[key]?.message ?? en[key]?.message ?? key;
    return subs.length ? m.replace(/\$([1-9])/g, (_, d: string) => subs[Number(d) - 1] ?? '') : m;
  };
}

/** The reader's UI language as the browser reports it. */
export function browserUiLang(): UiLang {
  const nav = typeof navigator !== 'undefined' ? navigator.languages ?? [navigator.language] : [];
  return pickUiLang(nav);
}
