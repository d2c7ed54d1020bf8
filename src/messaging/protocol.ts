/**
 * Every message between the parts of the extension, as zod schemas, in one place. Each side
 * validates what it receives (`parseMessage`) and drops a bad message with a logged reason.
 *
 *   content script ──findingsChanged──► background (badge, per-tab state)
 *   popup ──getFindings / focusFinding / setEnabled──► content script (tabs.sendMessage)
 *   popup ──getTabState / getCoverage──► background
 *
 * Direction is in the message name's map; names are camelCase verbs.
 */
import { FindingSchema, LangSchema } from '../core/findings';
import { z } from '../core/zod';

export const ScanStatusSchema = z.enum(['scanning', 'done', 'off', 'error']);
export type ScanStatus = z.infer<typeof ScanStatusSchema>;

export const KindCountsSchema = z.object({
  money: z.number(),
  company: z.number(),
  quote: z.number(),
  claim: z.number(),
});
export type KindCounts = z.infer<typeof KindCountsSchema>;

/** What the content script knows of its page, as the popup shows it. */
export const PageFindingsSchema = z.object({
  status: ScanStatusSchema,
  url: z.string(),
  title: z.string(),
  lang: LangSchema,
  findings: z.array(FindingSchema),
  /** Why the scan failed or is off, in words a reader can act on. */
  reason: z.optional(z.string()),
});
export type PageFindings = z.infer<typeof PageFindingsSchema>;

export const TabStateSchema = z.object({
  tabId: z.number(),
  url: z.string(),
  status: ScanStatusSchema,
  counts: KindCountsSchema,
});
export type TabState = z.infer<typeof TabStateSchema>;

// ---- content script → background --------------------------------------------------------
export const FindingsChangedSchema = z.object({
  type: z.literal('findingsChanged'),
  url: z.string(),
  status: ScanStatusSchema,
  counts: KindCountsSchema,
});

// ---- popup → content script --------------------------------------------------------------
export const GetFindingsSchema = z.object({ type: z.literal('getFindings') });
export const FocusFindingSchema = z.object({ type: z.literal('focusFinding'), id: z.string() });
export const FocusResultSchema = z.object({ found: z.boolean() });
export const SetEnabledSchema = z.object({ type: z.literal('setEnabled'), enabled: z.boolean() });

// ---- popup → background ------------------------------------------------------------------
export const GetTabStateSchema = z.object({ type: z.literal('getTabState'), tabId: z.optional(z.number()) });
export const ListTabsSchema = z.object({ type: z.literal('listTabs') });

export const ContentMessageSchema = z.discriminatedUnion('type', [GetFindingsSchema, FocusFindingSchema, SetEnabledSchema]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/** Parses `raw` with `schema`; on failure logs why (never the payload itself) and returns undefined. */
export function parseMessage<T>(schema: z.ZodMiniType<T>, raw: unknown, where: string): T | undefined {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  console.warn(`Claimlens: dropped a bad message in ${where}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return undefined;
}

// ---- background ↔ popup: tab list and related coverage (appended by the popup/background) ----

/** Answer to getTabState: the tab's state, or null when its content script never reported. */
export const TabStateReplySchema = z.nullable(TabStateSchema);
/** Answer to listTabs: every tab whose content script reported (the e2e tests find a tab by URL). */
export const TabListSchema = z.array(TabStateSchema);

/** The popup asks the background for live coverage of the page: only these words leave the browser. */
export const GetCoverageSchema = z.object({
  type: z.literal('getCoverage'),
  /** The query words (page's main entities, or one item plus them). */
  query: z.string().check(z.minLength(1), z.maxLength(300)),
  lang: LangSchema,
  /** The page's host, whose own articles are dropped from the results. */
  excludeHost: z.optional(z.string()),
});
export type GetCoverage = z.infer<typeof GetCoverageSchema>;

export const CoverageProviderSchema = z.enum(['gdelt', 'googleNews']);
export type CoverageProvider = z.infer<typeof CoverageProviderSchema>;

/** One article of related coverage, as the popup lists it. */
export const CoverageArticleSchema = z.object({
  title: z.string(),
  url: z.string(),
  outlet: z.string(),
  /** ISO 8601, when the provider gave a date it could parse. */
  date: z.optional(z.string()),
  /** Language name or code as the provider gave it. */
  language: z.optional(z.string()),
  provider: CoverageProviderSchema,
  /** The publisher's host (for dropping the current site; Google News links are redirects). */
  host: z.optional(z.string()),
});
export type CoverageArticle = z.infer<typeof CoverageArticleSchema>;

/** Why a provider gave nothing: plain categories the popup turns into a sentence. */
export const ProviderFailureSchema = z.enum(['offline', 'refused', 'timeout', 'invalid', 'disabled']);
export type ProviderFailure = z.infer<typeof ProviderFailureSchema>;

export const CoverageReplySchema = z.object({
  query: z.string(),
  articles: z.array(CoverageArticleSchema),
  /** Per provider that failed, why. Absent providers answered (possibly with nothing). */
  failures: z.array(z.object({ provider: CoverageProviderSchema, reason: ProviderFailureSchema })),
  /** True when every answer came from the session cache. */
  cached: z.boolean(),
});
export type CoverageReply = z.infer<typeof CoverageReplySchema>;

/** Every message the background accepts. */
/** Options page → background: fetch today's ECB reference rates (only when the reader asks). */
export const RefreshRatesSchema = z.object({ type: z.literal('refreshRates') });
/** The date of the rates now in use, and whether the refresh reached the ECB. */
export const RefreshRatesReplySchema = z.object({ date: z.string(), refreshed: z.boolean() });
export type RefreshRatesReply = z.infer<typeof RefreshRatesReplySchema>;

export const BackgroundMessageSchema = z.discriminatedUnion('type', [
  FindingsChangedSchema,
  GetTabStateSchema,
  ListTabsSchema,
  GetCoverageSchema,
  RefreshRatesSchema,
]);
export type BackgroundMessage = z.infer<typeof BackgroundMessageSchema>;
