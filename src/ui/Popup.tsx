/**
 * The popup: the page's findings in three groups with counts, a filter box, related coverage and
 * export. Props only; the entrypoint's App wires it to the browser. Rendering stays cheap (one
 * pass to group, formatters cached, search links built only when opened) so 300 findings list
 * well within the 100 ms budget.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Finding } from '../core/findings';
import { itemQuery, mainEntities } from '../coverage/query';
import { searchLinks, type LinkBases } from '../coverage/links';
import type { PageFindings } from '../messaging/protocol';
import { CoveragePanel, type CoverageView } from './CoveragePanel';
import { ExportPanel, type ExportView } from './ExportPanel';
import type { ExportFormat } from './export';
import { FilterBox } from './FilterBox';
import { FindingGroup } from './FindingGroup';
import { CompanyItem, MoneyItem, QuoteItem, type ItemContext } from './FindingItem';
import { groupFindings } from './groups';
import type { Translate } from './i18n';
import { PageStatus, type StatusKind } from './PageStatus';

/**
 * Rows per group in the first paint; the rest follow right after. The popup shows about a dozen
 * rows without scrolling, so a long list appears at once and completes a frame later.
 */
export const FIRST_PAINT_ROWS = 30;

export type PageView = { state: 'loading' } | { state: 'status'; kind: StatusKind } | { state: 'page'; page: PageFindings };

export interface PopupProps {
  t: Translate;
  locale: string;
  view: PageView;
  filter: string;
  onFilter(value: string): void;
  onFocus(id: string): void;
  linkBases: LinkBases;
  coverageQuery: string;
  coverage: CoverageView;
  onCoverage(): void;
  exported?: ExportView;
  onExport(format: ExportFormat): void;
  onOptions(): void;
  /** Claimlens on everywhere (the toolbar switch; Alt+Shift+L flips the same setting). */
  enabled: boolean;
  onEnabled(on: boolean): void;
  /** The page's host, when it is a web page, and whether Claimlens is off there. */
  site?: { host: string; off: boolean };
  onSite(off: boolean): void;
}

/** Arrow keys move between the rows' main buttons (Tab still walks every control). */
function onListKey(e: KeyboardEvent): void {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const root = e.currentTarget as HTMLElement;
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('.item-main')];
  const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (i < 0) return;
  const next = buttons[e.key === 'ArrowDown' ? Math.min(i + 1, buttons.length - 1) : Math.max(i - 1, 0)];
  next?.focus();
  e.preventDefault();
}

export function Popup(props: PopupProps) {
  const { t, view } = props;
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('popupHeading')}</h1>
        <button type="button" class="options-link" onClick={props.onOptions}>{t('openOptions')}</button>
      </header>
      <div class="switches">
        <label>
          <input type="checkbox" data-testid="enabled" checked={props.enabled} onChange={(e) => props.onEnabled((e.currentTarget as HTMLInputElement).checked)} />
          {t('popupEnabled')}
        </label>
        {props.site ? (
          <button type="button" data-testid="site-switch" onClick={() => props.onSite(!props.site!.off)}>
            {t(props.site.off ? 'popupSiteOn' : 'popupSiteOff', props.site.host)}
          </button>
        ) : null}
      </div>
      {view.state === 'loading' ? <PageStatus t={t} kind="loading" /> : null}
      {view.state === 'status' ? <PageStatus t={t} kind={view.kind} /> : null}
      {view.state === 'page' ? <PageBody {...props} page={view.page} /> : null}
    </main>
  );
}

function PageBody(props: PopupProps & { page: PageFindings }) {
  const { t, page } = props;
  const entities = useMemo(() => mainEntities(page.findings), [page.findings]);
  const groups = useMemo(() => groupFindings(page.findings, props.filter), [page.findings, props.filter]);
  const [complete, setComplete] = useState(false);
  useEffect(() => {
    if (complete) return;
    const timer = setTimeout(() => setComplete(true), 0);
    return () => clearTimeout(timer);
  }, [complete]);
  const cap = <T,>(rows: T[]): T[] => (complete ? rows : rows.slice(0, FIRST_PAINT_ROWS));
  const ctx: ItemContext = {
    t,
    locale: props.locale,
    onFocus: props.onFocus,
    linksFor: (f: Finding) => searchLinks(f, itemQuery(f, entities), page.lang, props.linkBases),
  };
  const none = page.findings.length === 0;
  const statusKind: StatusKind | undefined =
    page.status === 'scanning' ? 'scanning' : page.status === 'off' ? 'off' : page.status === 'error' ? 'error' : none ? 'nothing' : undefined;
  const shown = groups.counts.money + groups.counts.companies + groups.counts.quotes;
  return (
    <>
      <p class="page-title" title={page.url}>{page.title || page.url}</p>
      {statusKind ? <PageStatus t={t} kind={statusKind} {...(page.reason ? { detail: page.reason } : {})} /> : null}
      {!none ? (
        <>
          <FilterBox label={t('filterLabel')} placeholder={t('filterPlaceholder')} value={props.filter} onInput={props.onFilter} />
          {shown === 0 ? <p class="status" role="status">{t('filterNoMatch', props.filter)}</p> : null}
          <div class="groups" onKeyDown={onListKey}>
            <FindingGroup id="money" title={t('groupMoney')} count={groups.counts.money} countLabel={t('groupCount', String(groups.counts.money))}>
              {cap(groups.money).map((f) => <MoneyItem key={f.id} ctx={ctx} finding={f} />)}
            </FindingGroup>
            <FindingGroup id="companies" title={t('groupCompanies')} count={groups.counts.companies} countLabel={t('groupCount', String(groups.counts.companies))}>
              {cap(groups.companies).map((r) => <CompanyItem key={r.name} ctx={ctx} row={r} />)}
            </FindingGroup>
            <FindingGroup id="quotes" title={t('groupQuotes')} count={groups.counts.quotes} countLabel={t('groupCount', String(groups.counts.quotes))}>
              {cap(groups.quotes).map((f) => <QuoteItem key={f.id} ctx={ctx} finding={f} />)}
            </FindingGroup>
          </div>
        </>
      ) : null}
      <CoveragePanel t={t} locale={props.locale} query={props.coverageQuery} view={props.coverage} onRequest={props.onCoverage} />
      {!none ? <ExportPanel t={t} onExport={props.onExport} {...(props.exported ? { view: props.exported } : {})} /> : null}
    </>
  );
}
