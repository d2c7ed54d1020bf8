/**
 * Wires the page controller to the browser: settings from storage, messages from the popup
 * (getFindings, focusFinding, setEnabled, validated with the shared zod schemas), findingsChanged
 * to the background, same-document navigation, and teardown when the extension goes away.
 */
import { browser } from 'wxt/browser';
import {
  ContentMessageSchema,
  parseMessage,
  type ContentMessage,
  type KindCounts,
  type ScanStatus,
} from '../messaging/protocol';
import { pageHighlightHost } from '../dom/highlighter';
import { BUNDLED_RATES, type RateTable } from '../rates/ecb';
import { PageController } from './controller';
import { loadEngine } from './engine-loader';
import { IdleSlices } from './idle-slices';
import { loadRates, loadSettings, siteEnabled, watchSettings } from './settings';

/** What WXT's ContentScriptContext offers that we use. */
export interface ScriptContext {
  onInvalidated(cb: () => void): void;
  setInterval(cb: () => void, ms: number): number;
}

/** How often the address is checked for same-document navigation the page's scripts made. */
const URL_POLL_MS = 1000;

/** Answers one message from the popup; undefined for messages that are not ours. */
export function answer(controller: PageController, raw: unknown): Promise<unknown> | undefined {
  if (!raw || typeof raw !== 'object' || !('type' in raw)) return undefined;
  const type = (raw as { type: unknown }).type;
  if (type !== 'getFindings' && type !== 'focusFinding' && type !== 'setEnabled') return undefined;
  const msg: ContentMessage | undefined = parseMessage(ContentMessageSchema, raw, 'content script');
  if (!msg) return undefined;
  switch (msg.type) {
    case 'getFindings':
      return Promise.resolve(controller.findings());
    case 'focusFinding':
      return Promise.resolve({ found: controller.focusFinding(msg.id) });
    case 'setEnabled':
      controller.setEnabled(msg.enabled);
      return Promise.resolve(controller.findings());
  }
}

export async function startContentScript(ctx: ScriptContext): Promise<PageController> {
  let rates: RateTable = BUNDLED_RATES;
  const engine = loadEngine();
  engine.catch(() => {
    // Reported by the first scan, which waits for the engine (status 'error', shown in the popup).
  });
  const controller = new PageController({
    doc: document,
    engine,
    highlights: pageHighlightHost(window),
    slices: (cancelled) => new IdleSlices(window, cancelled),
    notify: (state: { url: string; status: ScanStatus; counts: KindCounts }) => {
      browser.runtime.sendMessage({ type: 'findingsChanged', ...state }).catch(() => {
        // No listener yet (the background is waking up) or the extension was reloaded: the
        // popup asks with getFindings anyway.
      });
    },
    rates: () => rates,
    readerLocale: navigator.language,
  });

  const onMessage = (raw: unknown) => answer(controller, raw);
  browser.runtime.onMessage.addListener(onMessage);

  const host = location.hostname;
  const unwatch = watchSettings((s) => controller.applySettings(s, siteEnabled(s, host)));
  const [settings, loaded] = await Promise.all([loadSettings(), loadRates()]);
  rates = loaded;
  controller.applySettings(settings, siteEnabled(settings, host));

  // Same-document navigation: history traversal, the Navigation API where the browser has it,
  // and a cheap poll of the address for pushState calls the page makes out of our sight.
  const onNav = () => controller.onNavigation();
  window.addEventListener('popstate', onNav);
  const nav = (window as unknown as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', onNav);
  ctx.setInterval(onNav, URL_POLL_MS);

  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    unwatch();
    window.removeEventListener('popstate', onNav);
    nav?.removeEventListener('navigatesuccess', onNav);
    controller.destroy();
  });
  return controller;
}
