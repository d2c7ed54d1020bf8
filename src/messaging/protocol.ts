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
