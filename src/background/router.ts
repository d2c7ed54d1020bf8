/**
 * The background's message handler: validates every message (a bad one is dropped with a logged
 * reason), checks who sent it, and answers. Content scripts may only report findingsChanged;
 * the tab list and coverage are for our own extension pages.
 */
import { BackgroundMessageSchema, parseMessage, type CoverageReply, type GetCoverage, type RefreshRatesReply, type TabState } from '../messaging/protocol';
import { badgeText, type TabStates } from './tab-states';

export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export interface RouterDeps {
  extensionId: string;
  /** Our pages' URL prefix (runtime.getURL('')). */
  extensionOrigin: string;
  states: TabStates;
  setBadge(tabId: number, text: string): Promise<void> | void;
  coverage(req: GetCoverage): Promise<CoverageReply>;
  /** Fetches the ECB's daily rates and stores them for the content scripts. */
  refreshRates(): Promise<RefreshRatesReply>;
}

const BACKGROUND_TYPES = new Set(['findingsChanged', 'getTabState', 'listTabs', 'getCoverage', 'refreshRates']);

function fromOurPage(sender: Sender, deps: RouterDeps): boolean {
  return sender.id === deps.extensionId && !!sender.url?.startsWith(deps.extensionOrigin);
}

/** Answers one runtime message; undefined for messages that are not the background's. */
export function route(raw: unknown, sender: Sender, deps: RouterDeps): Promise<unknown> | undefined {
  const type = raw && typeof raw === 'object' ? (raw as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !BACKGROUND_TYPES.has(type)) return undefined;
  if (sender.id !== deps.extensionId) {
    console.warn(`Claimlens: dropped a ${type} message from another extension`);
    return undefined;
  }
  const msg = parseMessage(BackgroundMessageSchema, raw, 'background');
  if (!msg) return undefined;
  switch (msg.type) {
    case 'findingsChanged': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0) {
        console.warn('Claimlens: dropped findingsChanged without a sender tab');
        return undefined;
      }
      return deps.states.set(tabId, msg.url, msg.status, msg.counts).then(async (s: TabState) => {
        await deps.setBadge(tabId, badgeText(s));
        return undefined;
      });
    }
    case 'getTabState':
    case 'listTabs':
    case 'getCoverage':
    case 'refreshRates':
      if (!fromOurPage(sender, deps)) {
        console.warn(`Claimlens: dropped ${msg.type} from outside the extension's pages`);
        return undefined;
      }
      if (msg.type === 'listTabs') return deps.states.list();
      if (msg.type === 'refreshRates') return deps.refreshRates();
      if (msg.type === 'getTabState') return msg.tabId === undefined ? Promise.resolve(null) : deps.states.get(msg.tabId).then((s) => s ?? null);
      return deps.coverage(msg);
  }
}
