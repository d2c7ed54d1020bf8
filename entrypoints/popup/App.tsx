/** Wires the popup component to the browser through the hooks (src/ui/hooks). */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pageQuery } from '@/coverage/query';
import { exportFindings, type ExportFormat } from '@/ui/export';
import type { CoverageView } from '@/ui/CoveragePanel';
import type { ExportView } from '@/ui/ExportPanel';
import { focusFinding, requestCoverage } from '@/ui/hooks/page-source';
import { usePage } from '@/ui/hooks/use-page';
import { useSettings } from '@/ui/hooks/use-settings';
import { browserUiLang, makeTranslate } from '@/ui/i18n';
import { siteHost, withSite } from '@/ui/site-switch';
import { Popup } from '@/ui/Popup';

/** performance mark set when the popup first shows a page's list (time from opening: its startTime). */
export const LIST_MARK = 'claimlens:list-rendered';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function App() {
  const lang = useMemo(() => browserUiLang(), []);
  const t = useMemo(() => makeTranslate(lang), [lang]);
  document.documentElement.lang = lang;
  const locale = navigator.language || lang;
  const { view, tab } = usePage(location.search);
  const { settings, save } = useSettings();
  const [filter, setFilter] = useState('');
  const [coverage, setCoverage] = useState<CoverageView>({ state: 'idle' });
  const [exported, setExported] = useState<ExportView | undefined>(undefined);
  const page = view.state === 'page' ? view.page : undefined;
  const host = siteHost(page?.url ?? tab?.url);
  const coverageQuery = useMemo(() => (page ? pageQuery(page.findings, page.title) : ''), [page?.findings, page?.title]);
  // Marks the first rendered list, so the page benchmark can read the popup's time to list.
  useEffect(() => {
    if (view.state === 'page' && performance.getEntriesByName(LIST_MARK).length === 0) performance.mark(LIST_MARK);
  }, [view.state]);
  const coverageView: CoverageView = !settings.providers.gdelt && !settings.providers.googleNews ? { state: 'disabled' } : coverage;

  return (
    <Popup
      t={t}
      locale={locale}
      view={view}
      filter={filter}
      onFilter={setFilter}
      onFocus={(id) => {
        if (tab) void focusFinding(tab.id, id);
      }}
      linkBases={{ gdelt: settings.providerUrls.gdelt }}
      coverageQuery={coverageQuery}
      coverage={coverageView}
      onCoverage={async () => {
        if (!page || !coverageQuery) return;
        setCoverage({ state: 'loading' });
        setCoverage({ state: 'done', reply: await requestCoverage(coverageQuery, page.lang, page.url) });
      }}
      {...(exported ? { exported } : {})}
      onExport={async (format: ExportFormat) => {
        if (!page) return;
        const text = exportFindings(page, format, locale);
        setExported({ format, text, copied: false });
        setExported({ format, text, copied: await copy(text) });
      }}
      onOptions={() => void browser.runtime.openOptionsPage()}
      enabled={settings.enabled}
      onEnabled={(on) => void save({ ...settings, enabled: on })}
      {...(host ? { site: { host, off: settings.disabledSites.includes(host) } } : {})}
      onSite={(off) => host && void save(withSite(settings, host, off))}
    />
  );
}
