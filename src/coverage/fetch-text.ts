/**
 * One provider request with a timeout, its failure sorted into plain categories: offline
 * (the network refused or is down), refused (the provider answered with an error status, e.g. a
 * 429 rate limit), timeout.
 */
import type { ProviderFailure } from '../messaging/protocol';

export const DEFAULT_TIMEOUT_MS = 8000;

export type FetchLike = (url: string, init: { signal: AbortSignal; credentials: 'omit'; headers: Record<string, string> }) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export type FetchTextResult = { ok: true; text: string } | { ok: false; reason: ProviderFailure; detail: string };

export async function fetchText(url: string, fetchFn: FetchLike, accept: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<FetchTextResult> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  try {
    // No cookies: the providers learn the query words and nothing else.
    const res = await fetchFn(url, { signal: ctrl.signal, credentials: 'omit', headers: { accept } });
    if (!res.ok) return { ok: false, reason: 'refused', detail: `HTTP ${res.status}` };
    return { ok: true, text: await res.text() };
  } catch (e) {
    if (ctrl.signal.aborted) return { ok: false, reason: 'timeout', detail: `no answer within ${timeoutMs} ms` };
    return { ok: false, reason: 'offline', detail: (e as Error).message || 'network error' };
  } finally {
    clearTimeout(timer);
  }
}
