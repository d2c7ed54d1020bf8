/**
 * The options page's form: on/off, home currency, kinds to highlight, highlight style, coverage
 * providers (and their addresses, which the tests point at a local server), sites where
 * Claimlens stays off. Props only: it edits a copy and hands it to `onSave`.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../settings/schema';
import type { Translate } from './i18n';

/** Currencies offered first; any ISO 4217 code Intl knows is accepted. */
export const COMMON_CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'JPY', 'CAD', 'AUD', 'CNY', 'BRL', 'SEK', 'NOK', 'DKK', 'PLN', 'INR'];

/** Host names from the text area: one per line or comma, lower-cased, scheme and path removed. */
export function parseSites(text: string): string[] {
  const out = new Set<string>();
  for (const raw of text.split(/[\n,]+/)) {
    const s = raw.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '');
    if (/^(\*\.)?[a-z0-9.-]+\.[a-z0-9-]+$|^localhost$|^[0-9.]+$/.test(s)) out.add(s);
  }
  return [...out];
}

export interface OptionsFormProps {
  t: Translate;
  settings: Settings;
  saved: boolean;
  onSave(next: Settings): void;
}

export function OptionsForm({ t, settings, saved, onSave }: OptionsFormProps) {
  const [draft, setDraftState] = useState<Settings>(settings);
  const [sites, setSitesState] = useState(settings.disabledSites.join('\n'));
  // The latest values, ahead of rendering: two quick changes (or a change then Save) in one
  // frame must all land, which closures over the last rendered state would lose.
  const latest = useRef({ draft: settings, sites: settings.disabledSites.join('\n') });
  const setDraft = (d: Settings) => {
    latest.current.draft = d;
    setDraftState(d);
  };
  const setSites = (v: string) => {
    latest.current.sites = v;
    setSitesState(v);
  };
  useEffect(() => {
    setDraft(settings);
    setSites(settings.disabledSites.join('\n'));
  }, [settings]);
  const set = <K extends keyof Settings>(key: K, value: (d: Settings) => Settings[K]) => {
    const d = latest.current.draft;
    setDraft({ ...d, [key]: value(d) });
  };
  const check = (e: Event) => (e.currentTarget as HTMLInputElement).checked;
  const text = (e: Event) => (e.currentTarget as HTMLInputElement).value;
  return (
    <form
      class="options"
      onSubmit={(e) => {
        e.preventDefault();
        const { draft: d, sites: text } = latest.current;
        onSave({ ...d, homeCurrency: d.homeCurrency.trim().toUpperCase(), disabledSites: parseSites(text) });
      }}
    >
      <h1>{t('optionsHeading')}</h1>
      <label class="row">
        <input type="checkbox" name="enabled" checked={draft.enabled} onChange={(e) => { const v = check(e); set('enabled', () => v); }} />
        {t('optEnabled')}
      </label>
      <label class="row">
        {t('optHomeCurrency')}
        <input name="homeCurrency" list="currencies" size={5} maxLength={3} pattern="[A-Za-z]{3}" value={draft.homeCurrency} onInput={(e) => { const v = text(e); set('homeCurrency', () => v); }} />
        <datalist id="currencies">{COMMON_CURRENCIES.map((c) => <option key={c} value={c} />)}</datalist>
      </label>
      <fieldset>
        <legend>{t('optHighlight')}</legend>
        {(['money', 'company', 'quote'] as const).map((k) => (
          <label class="row" key={k}>
            <input type="checkbox" name={`highlight-${k}`} checked={draft.highlight[k]} onChange={(e) => { const v = check(e); set('highlight', (d) => ({ ...d.highlight, [k]: v })); }} />
            {t(k === 'money' ? 'optKindMoney' : k === 'company' ? 'optKindCompany' : 'optKindQuote')}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optStyle')}</legend>
        {(['background', 'underline'] as const).map((s) => (
          <label class="row" key={s}>
            <input type="radio" name="highlightStyle" value={s} checked={draft.highlightStyle === s} onChange={() => set('highlightStyle', () => s)} />
            {t(s === 'background' ? 'optStyleBackground' : 'optStyleUnderline')}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optProviders')}</legend>
        <p class="help">{t('optProvidersHelp')}</p>
        {(['googleNews', 'gdelt'] as const).map((p) => (
          <div class="provider" key={p}>
            <label class="row">
              <input type="checkbox" name={`provider-${p}`} checked={draft.providers[p]} onChange={(e) => { const v = check(e); set('providers', (d) => ({ ...d.providers, [p]: v })); }} />
              {t(p === 'gdelt' ? 'optProviderGdelt' : 'optProviderGoogleNews')}
            </label>
            <label class="row url">
              {t('optProviderUrl')}
              <input type="url" name={`url-${p}`} value={draft.providerUrls[p]} onInput={(e) => { const v = text(e); set('providerUrls', (d) => ({ ...d.providerUrls, [p]: v })); }} />
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optDisabledSites')}</legend>
        <p class="help">{t('optDisabledSitesHelp')}</p>
        <textarea name="disabledSites" rows={5} aria-label={t('optDisabledSites')} value={sites} onInput={(e) => setSites((e.currentTarget as HTMLTextAreaElement).value)} />
      </fieldset>
      <p class="actions">
        <button type="submit">{t('optSave')}</button>
        {saved ? <span role="status" class="saved">{t('optSaved')}</span> : null}
      </p>
    </form>
  );
}
