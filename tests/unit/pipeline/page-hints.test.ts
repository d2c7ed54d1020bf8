/**
 * A long page is read in chunks, and parts added later are read on their own: decisions that
 * depend on the whole page (whose dollar a bare "$" is) must be taken once, from the page.
 */
import { describe, expect, it } from 'vitest';
import type { MoneyFinding } from '../../../src/core/findings';
import { withPageHints } from '../../../src/core/page-hints';
import { CHUNK_CHARS } from '../../../src/pipeline/chunked-extract';
import { scanPage } from '../../../src/pipeline/scan-page-at-once';
import { page } from '../dom/helpers';

const QUEBEC_OPENING =
  '<h1>Montréal : la facture grimpe</h1><p>Le gouvernement du Québec et la Ville de Montréal ont présenté mardi un plan, salué à Ottawa.</p>';
const FILLER = '<p>Les travaux dureront plusieurs années et les élus promettent une consultation publique dans chaque arrondissement.</p>';

function amounts(): MoneyFinding[] {
  return scanPage(document).findings.filter((f): f is MoneyFinding => f.kind === 'money');
}

describe('page-wide hints', () => {
  it('reads a bare "$" far into a long Québec page as Canadian, as at its start', () => {
    const fillers = FILLER.repeat(Math.ceil((CHUNK_CHARS * 1.5) / 100));
    page(`<article>${QUEBEC_OPENING}<p>Le projet coûte 40 $ par habitant.</p>${fillers}<p>Le péage atteindra 12 $ par passage.</p></article>`);
    document.documentElement.setAttribute('lang', 'fr');
    const found = amounts();
    expect(found.map((f) => [f.value, f.currency])).toEqual([
      [40, 'CAD'],
      [12, 'CAD'],
    ]);
    expect(found[1]!.start).toBeGreaterThan(CHUNK_CHARS); // really in a later chunk
  });

  it('keeps "$" American on a French page whose text names no other country', () => {
    page(`<article><p>La plateforme facture désormais 42 000 $ par mois aux entreprises.</p></article>`);
    document.documentElement.setAttribute('lang', 'fr');
    expect(amounts().map((f) => f.currency)).toEqual(['USD']);
  });

  it('decides once: a declared region wins, an undecided page gets null', () => {
    expect(withPageHints('Québec, Montréal, Ottawa.', { lang: 'fr', region: 'FR' })).toEqual({ lang: 'fr', region: 'FR' });
    expect(withPageHints('Rien ici.', { lang: 'fr' })).toEqual({ lang: 'fr', currencyRegion: null });
    expect(withPageHints('Québec, Montréal, Ottawa.', { lang: 'fr' })).toEqual({ lang: 'fr', currencyRegion: 'CA' });
  });

  it('a part read later with the page context keeps the decision', async () => {
    const { findMoney } = await import('../../../src/core/money');
    const ctx = withPageHints('Québec, Montréal, Ottawa, le Canada.', { lang: 'fr' });
    expect(findMoney('Un billet coûte 5 $.', ctx).map((f) => f.currency)).toEqual(['CAD']);
    expect(findMoney('Un billet coûte 5 $.', { lang: 'fr' }).map((f) => f.currency)).toEqual(['USD']);
  });
});
