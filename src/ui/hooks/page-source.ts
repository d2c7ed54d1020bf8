/**
 * The popup's I/O: which tab it is about, that tab's findings (from its content script), showing
 * a finding, and coverage from the background. Every answer is validated with zod; a bad one is
 * dropped with a logged reason and treated as no answer.
 */
import { browser } from 'wxt/browser';
import {
  CoverageReplySchema,
  FocusResultSchema,
  ScanStatusSchema,
  parseMessage,
  type CoverageReply,
  type GetCoverage,
  type PageFindings,
} from '../../messaging/protocol';
import { FindingSchema, LangSchema, type Finding, type Lang } from '../../core/findings';
import { z } from '../../core/zod';
import { unscannableUrl, type Unscannable } from '../page-kind';

export interface TargetTab {
  id: number;
  /** Present only when the browser tells it (activeTab or host access). */
  url?: string;
}

/** `?tabId=N` when given (tests, the page benchmark), else the active tab of the current window. */
export async function targetTab(search: string): Promise<TargetTab | undefined> {
  const param = new URLSearchParams(search).get('tabId');
  // The URL is looked up only if the page does not answer (one round trip less on the way to the list).
  if (param !== null && /^\d+$/.test(param)) return { id: Number(param) };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return undefined;
  return { id: tab.id, ...(tab.url ? { url: tab.url } : {}) };
}

/** The answer's envelope; its findings are checked one by one so one bad finding costs only itself. */
const PageEnvelopeSchema = z.object({
  status: ScanStatusSchema,
  url: z.string(),
  title: z.string(),
  lang: LangSchema,
  findings: z.array(z.unknown()),
  reason: z.optional(z.string()),
});

/** Validates a getFindings answer: undefined if its envelope is bad; bad findings dropped with a logged reason. */
export function parsePageFindings(raw: unknown): PageFindings | undefined {
  const env = parseMessage(PageEnvelopeSchema, raw, 'popup (getFindings answer)');
  if (!env) return undefined;
  const findings: Finding[] = [];
  let dropped = 0;
  let firstReason = '';
  for (const f of env.findings) {
    const r = FindingSchema.safeParse(f);
    if (r.success) findings.push(r.data);
    else {
      dropped++;
      firstReason ||= r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    }
  }
  if (dropped) console.warn(`Claimlens: dropped ${dropped} bad finding(s) from the page's answer (first: ${firstReason})`);
  return { ...env, findings };
}

export type PageAnswer = { ok: true; page: PageFindings } | { ok: false; why: Unscannable };

/** Asks the tab's content script for its findings; a page it cannot run on gets the reason. */
export async function fetchPage(tab: TargetTab): Promise<PageAnswer> {
  const byUrl = unscannableUrl(tab.url);
  if (byUrl) return { ok: false, why: byUrl };
  try {
    const raw = await browser.tabs.sendMessage(tab.id, { type: 'getFindings' });
    const page = parsePageFindings(raw);
    return page ? { ok: true, page } : { ok: false, why: 'noScript' };
  } catch {
    // No content script answered: a browser page, a PDF viewer, a store, or a tab opened
    // before Claimlens was installed. The address tells which, when the browser gives it.
    const url = tab.url ?? (await browser.tabs.get(tab.id).catch(() => undefined))?.url;
    return { ok: false, why: unscannableUrl(url) ?? 'noScript' };
  }
}

/** The target tab and its answer, started as early as possible (before the first render). */
export interface PageLoad {
  tab: TargetTab | undefined;
  answer: PageAnswer;
}

export async function loadPage(search: string): Promise<PageLoad> {
  const tab = await targetTab(search);
  return { tab, answer: tab ? await fetchPage(tab) : { ok: false, why: 'noScript' } };
}

/** Scrolls the page to the finding and flashes it; false when the page no longer has it. */
export async function focusFinding(tabId: number, id: string): Promise<boolean> {
  try {
    const raw = await browser.tabs.sendMessage(tabId, { type: 'focusFinding', id });
    return parseMessage(FocusResultSchema, raw, 'popup (focusFinding answer)')?.found ?? false;
  } catch {
    return false;
  }
}

/** The page's host, whose own articles coverage leaves out. */
export function hostOfPage(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/** Asks the background for live coverage; a failed or malformed answer reads as "invalid". */
export async function requestCoverage(query: string, lang: Lang, pageUrl: string): Promise<CoverageReply> {
  const host = hostOfPage(pageUrl);
  const msg: GetCoverage = { type: 'getCoverage', query, lang, ...(host ? { excludeHost: host } : {}) };
  try {
    const raw = await browser.runtime.sendMessage(msg);
    const reply = parseMessage(CoverageReplySchema, raw, 'popup (getCoverage answer)');
    if (reply) return reply;
  } catch (e) {
    console.warn(`Claimlens: coverage request failed: ${(e as Error).message}`);
  }
  return { query, articles: [], failures: [{ provider: 'gdelt', reason: 'invalid' }], cached: false };
}
