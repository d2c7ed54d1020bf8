/**
 * The finding contract shared by every part of Claimlens: the engine produces these, the DOM layer
 * highlights them, the messages carry them, the popup lists them and `scan` prints them.
 *
 * Offsets are UTF-16 code-unit indices into the article text the engine was given
 * (`start` inclusive, `end` exclusive), so `text === articleText.slice(start, end)`.
 *
 * zod/mini keeps the content script small (zod classic adds ~70 kB per entrypoint) and the
 * jitless setting (see ./zod.ts) keeps strict CSPs quiet.
 */
import { z } from './zod';

export const LangSchema = z.enum(['en', 'fr', 'de', 'es', 'it', 'pt', 'ja']);
export type Lang = z.infer<typeof LangSchema>;
export const LANGS: readonly Lang[] = LangSchema.options;

export const PeriodSchema = z.enum(['hour', 'day', 'week', 'month', 'quarter', 'year']);
export type Period = z.infer<typeof PeriodSchema>;

/** Common to every kind: where the finding sits and the characters it covers. */
const base = {
  /** Stable within one scan: `${kind}:${start}`. */
  id: z.string(),
  text: z.string(),
  start: z.number(),
  end: z.number(),
};

export const MoneyFindingSchema = z.object({
  ...base,
  kind: z.literal('money'),
  /** The plain number in units of the currency (2,15 billions de dollars → 2150000000000). */
  value: z.number(),
  /** ISO 4217 code. */
  currency: z.string(),
  period: z.optional(PeriodSchema),
  /** A qualifier such as "more than", "about", "up to", as written ("plus de"). */
  approx: z.optional(z.string()),
  /** Set on both ends of a range or list that shares a currency or magnitude: the group's id. */
  range: z.optional(z.string()),
  /** How the value was read, for the hover card ("French 'billion' is 10^12"). */
  note: z.optional(z.string()),
});
export type MoneyFinding = z.infer<typeof MoneyFindingSchema>;

export const CompanyFindingSchema = z.object({
  ...base,
  kind: z.literal('company'),
  /** Canonical name ("Microsoft", "X Corp."). */
  name: z.string(),
  wikidata: z.optional(z.string()),
  ticker: z.optional(z.string()),
});
export type CompanyFinding = z.infer<typeof CompanyFindingSchema>;

export const QuoteFindingSchema = z.object({
  ...base,
  kind: z.literal('quote'),
  /** The person or organisation who said it, as the page names them (full name when known). */
  speaker: z.optional(z.string()),
  allegation: z.boolean(),
  /** The accused party, when the quote or its sentence names one. */
  target: z.optional(z.string()),
});
export type QuoteFinding = z.infer<typeof QuoteFindingSchema>;

/** A reported allegation without quotation marks ("X alleged that …"). */
export const ClaimFindingSchema = z.object({
  ...base,
  kind: z.literal('claim'),
  speaker: z.optional(z.string()),
  allegation: z.boolean(),
  target: z.optional(z.string()),
});
export type ClaimFinding = z.infer<typeof ClaimFindingSchema>;

export const FindingSchema = z.discriminatedUnion('kind', [
  MoneyFindingSchema,
  CompanyFindingSchema,
  QuoteFindingSchema,
  ClaimFindingSchema,
]);
export type Finding = z.infer<typeof FindingSchema>;
export type FindingKind = Finding['kind'];

/** A finding before the engine assigns its id. */
export type Draft<F extends Finding> = Omit<F, 'id'>;

export { findingId } from './finding-id';
