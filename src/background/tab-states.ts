/**
 * Per-tab state as the content scripts report it (findingsChanged, keyed by sender.tab.id), kept
 * in memory and mirrored to session storage so a service worker woken again still knows it.
 */
import { TabStateSchema, type KindCounts, type ScanStatus, type TabState } from '../messaging/protocol';
import { z } from '../core/zod';
import type { KeyValueArea } from '../coverage/cache';

const STORAGE_KEY = 'tabStates';
const StoredSchema = z.array(TabStateSchema);

export class TabStates {
  private readonly byTab = new Map<number, TabState>();
  private loaded: Promise<void> | undefined;

  constructor(private readonly area?: KeyValueArea) {}

  /** Reads the mirrored states once (after a service-worker restart). */
  load(): Promise<void> {
    this.loaded ??= (async () => {
      try {
        const raw = (await this.area?.get(STORAGE_KEY))?.[STORAGE_KEY];
        const r = StoredSchema.safeParse(raw ?? []);
        if (r.success) for (const s of r.data) if (!this.byTab.has(s.tabId)) this.byTab.set(s.tabId, s);
      } catch {
        // No session storage: memory only.
      }
    })();
    return this.loaded;
  }

  async set(tabId: number, url: string, status: ScanStatus, counts: KindCounts): Promise<TabState> {
    await this.load();
    const state: TabState = { tabId, url, status, counts };
    this.byTab.set(tabId, state);
    await this.save();
    return state;
  }

  async get(tabId: number): Promise<TabState | undefined> {
    await this.load();
    return this.byTab.get(tabId);
  }

  async list(): Promise<TabState[]> {
    await this.load();
    return [...this.byTab.values()];
  }

  async remove(tabId: number): Promise<void> {
    await this.load();
    if (this.byTab.delete(tabId)) await this.save();
  }

  private async save(): Promise<void> {
    try {
      await this.area?.set({ [STORAGE_KEY]: [...this.byTab.values()] });
    } catch {
      // Memory still has it.
    }
  }
}

/** What the toolbar badge says for a tab: its number of findings, nothing when off or none. */
export function badgeText(state: TabState | undefined): string {
  if (!state || state.status === 'off' || state.status === 'error') return '';
  const n = state.counts.money + state.counts.company + state.counts.quote + state.counts.claim;
  if (n === 0) return state.status === 'scanning' ? '…' : '';
  return n > 999 ? '999+' : String(n);
}
