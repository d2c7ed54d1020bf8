/** Wires the options form to stored settings. */
import { useMemo, useState } from 'preact/hooks';
import { useRates } from '@/ui/hooks/use-rates';
import { useSettings } from '@/ui/hooks/use-settings';
import { browserUiLang, makeTranslate } from '@/ui/i18n';
import { OptionsForm } from '@/ui/OptionsForm';
import { RatesPanel } from '@/ui/RatesPanel';

export function App() {
  const lang = useMemo(() => browserUiLang(), []);
  const t = useMemo(() => makeTranslate(lang), [lang]);
  document.documentElement.lang = lang;
  const { settings, loaded, save } = useSettings();
  const [saved, setSaved] = useState(false);
  const [rejected, setRejected] = useState<string[]>([]);
  const rates = useRates();
  if (!loaded) return null;
  return (
    <>
      <OptionsForm
        t={t}
        settings={settings}
        saved={saved}
        onSave={async (next) => {
          const bad = await save(next);
          setRejected(bad);
          setSaved(true);
        }}
      />
      {rejected.length ? <p role="alert" class="invalid">{t('optInvalid', rejected.join(', '))}</p> : null}
      <RatesPanel t={t} date={rates.date} status={rates.status} onRefresh={rates.refresh} />
    </>
  );
}
