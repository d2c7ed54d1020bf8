/**
 * The reader's settings, as stored (`local:settings`). Parsed on every read: storage outlives
 * code versions, so a value that no longer fits falls back to the default, field by field.
 */
import { z } from '../core/zod';

export const HighlightStyleSchema = z.enum(['background', 'underline']);

export const SettingsSchema = z.object({
  /** Claimlens on or off everywhere (toolbar and keyboard shortcut toggle this). */
  enabled: z._default(z.boolean(), true),
  /** The reader's currency, for the hover card's conversion. */
  homeCurrency: z._default(z.string(), 'EUR'),
  /** Which kinds are highlighted on the page (all are listed in the popup). */
  highlight: z._default(
    z.object({ money: z.boolean(), company: z.boolean(), quote: z.boolean() }),
    { money: true, company: true, quote: true },
  ),
  highlightStyle: z._default(HighlightStyleSchema, 'background'),
  /** Related-coverage providers the popup may query. */
  providers: z._default(z.object({ gdelt: z.boolean(), googleNews: z.boolean() }), { gdelt: true, googleNews: true }),
  /** Provider base URLs (settings so tests can point them at a local server). */
  providerUrls: z._default(
    z.object({ gdelt: z.string(), googleNews: z.string() }),
    { gdelt: 'https://api.gdeltproject.org/api/v2/doc/doc', googleNews: 'https://news.google.com/rss/search' },
  ),
  /** Host names where Claimlens stays off. */
  disabledSites: z._default(z.array(z.string()), []),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
