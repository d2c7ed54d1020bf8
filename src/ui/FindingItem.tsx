/**
 * One row of the popup: the page's words, what Claimlens understood, a button that shows the
 * finding on the page, and on demand the search links. Page text is only ever rendered as text.
 */
import { useState } from 'preact/hooks';
import type { ClaimFinding, CompanyFinding, Finding, MoneyFinding, QuoteFinding } from '../core/findings';
import type { SearchLink } from '../coverage/links';
import type { CompanyRow } from './groups';
import type { MessageKey, Translate } from './i18n';
import { formatAmount, formatCompact } from './format';
import { SearchLinks } from './SearchLinks';

export interface ItemContext {
  t: Translate;
  locale: string;
  onFocus(id: string): void;
  /** The search links for a finding, built when the reader opens them. */
  linksFor(f: Finding): SearchLink[];
}

function Row(props: { ctx: ItemContext; finding: Finding; kind: string; focusId: () => string; extra?: Record<string, string>; children: preact.ComponentChildren }) {
  const [open, setOpen] = useState(false);
  const { t } = props.ctx;
  return (
    <li class={`item item-${props.kind}`} data-kind={props.kind} data-id={props.finding.id} {...props.extra}>
      <div class="item-row">
        <button type="button" class="item-main" title={t('showOnPage')} onClick={() => props.ctx.onFocus(props.focusId())}>
          {props.children}
        </button>
        <button type="button" class="item-more" aria-expanded={open} title={t('relatedToggle')} aria-label={t('relatedToggle')} onClick={() => setOpen(!open)}>
          <span aria-hidden="true">⋯</span>
        </button>
      </div>
      {open && <SearchLinks t={t} links={props.ctx.linksFor(props.finding)} />}
    </li>
  );
}

export function MoneyItem({ ctx, finding: f }: { ctx: ItemContext; finding: MoneyFinding }) {
  const full = formatAmount(f.value, f.currency, ctx.locale);
  const compact = formatCompact(f.value, f.currency, ctx.locale);
  const period = f.period ? ` ${ctx.t(`perPeriod_${f.period}` as MessageKey)}` : '';
  return (
    <Row ctx={ctx} finding={f} kind="money" focusId={() => f.id} extra={{ 'data-value': String(f.value), 'data-currency': f.currency }}>
      <span class="page-text">{f.text}</span>
      <span class="understood">
        {f.approx ? `${f.approx} ` : ''}
        {full}
        {period}
        {compact && compact !== full ? <span class="compact"> ({compact})</span> : null}
        {f.note ? <span class="note"> · {f.note}</span> : null}
      </span>
    </Row>
  );
}

export function CompanyItem({ ctx, row }: { ctx: ItemContext; row: CompanyRow }) {
  const [next, setNext] = useState(0);
  const first: CompanyFinding = row.mentions[0]!;
  const spelled = [...new Set(row.mentions.map((m) => m.text))].filter((s) => s !== row.name);
  // Each click shows the next mention on the page, cycling.
  const focusId = () => {
    const m = row.mentions[next % row.mentions.length]!;
    setNext(next + 1);
    return m.id;
  };
  return (
    <Row ctx={ctx} finding={first} kind="company" focusId={focusId} extra={{ 'data-name': row.name, 'data-mentions': String(row.mentions.length) }}>
      <span class="page-text">{row.name}</span>
      <span class="understood">
        {first.ticker ? <span class="ticker">{first.ticker}</span> : null}
        {spelled.length ? <span class="spelled">{spelled.join(', ')}</span> : null}
        <span class="mentions">{row.mentions.length === 1 ? ctx.t('oneMention') : ctx.t('occurrences', String(row.mentions.length))}</span>
      </span>
    </Row>
  );
}

export function QuoteItem({ ctx, finding: f }: { ctx: ItemContext; finding: QuoteFinding | ClaimFinding }) {
  const label = f.allegation ? ctx.t('allegation') : f.kind === 'quote' ? ctx.t('quote') : ctx.t('claim');
  return (
    <Row ctx={ctx} finding={f} kind={f.kind} focusId={() => f.id} extra={{ 'data-allegation': String(f.allegation) }}>
      <span class="page-text quote-text">{f.text}</span>
      <span class="understood">
        <span class={f.allegation ? 'badge badge-allegation' : 'badge'}>{label}</span>
        {f.speaker ? <span class="speaker">{ctx.t('saidBy', f.speaker)}</span> : null}
        {f.target ? <span class="target">{ctx.t('aboutTarget', f.target)}</span> : null}
      </span>
    </Row>
  );
}
