/** The plain sentence for a page that cannot be scanned, is still being scanned, or has nothing. */
import type { Unscannable } from './page-kind';
import type { MessageKey, Translate } from './i18n';

export type StatusKind = Unscannable | 'loading' | 'scanning' | 'nothing' | 'off' | 'error';

const KEYS: Record<StatusKind, MessageKey> = {
  browserPage: 'statusBrowserPage',
  pdf: 'statusPdf',
  store: 'statusStore',
  noScript: 'statusNoScript',
  loading: 'statusLoading',
  scanning: 'statusScanning',
  nothing: 'statusNothing',
  off: 'statusOff',
  error: 'statusError',
};

export function PageStatus({ t, kind, detail }: { t: Translate; kind: StatusKind; detail?: string }) {
  const busy = kind === 'loading' || kind === 'scanning';
  return (
    <p class={`status status-${kind}`} data-status={kind} role="status" aria-busy={busy}>
      {t(KEYS[kind])}
      {detail ? <span class="status-detail"> {detail}</span> : null}
    </p>
  );
}
