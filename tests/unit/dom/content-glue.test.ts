import { describe, expect, it } from 'vitest';
import { IdleSlices } from '../../../src/content/idle-slices';
import { hiddenByStyle } from '../../../src/content/visibility';
import { parseSettings, siteEnabled } from '../../../src/content/settings';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema';
import { page } from './helpers';

describe('settings as the content script reads them', () => {
  it('falls back to the defaults when the stored value does not fit', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ enabled: 'yes' })).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ enabled: false }).enabled).toBe(false);
  });

  it('a site switched off covers its subdomains, and only them', () => {
    const s = parseSettings({ disabledSites: ['example.org'] });
    expect(siteEnabled(s, 'example.org')).toBe(false);
    expect(siteEnabled(s, 'news.example.org')).toBe(false);
    expect(siteEnabled(s, 'notexample.org')).toBe(true);
  });
});

describe('IdleSlices', () => {
  it('grants slices from requestIdleCallback, capped, and says when one is spent', async () => {
    let granted = 0;
    const win = {
      requestIdleCallback: (cb: (d: IdleDeadline) => void) => {
        granted++;
        setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 40 } as IdleDeadline), 0);
        return 1;
      },
    } as unknown as Window;
    let stop = false;
    const slices = new IdleSlices(win, () => stop, 5);
    await slices.nextSlice();
    expect(granted).toBe(1);
    expect(slices.budget.spent()).toBe(false);
    const t0 = performance.now();
    while (!slices.budget.spent()) if (performance.now() - t0 > 100) break;
    expect(performance.now() - t0).toBeLessThan(20); // capped at 5 ms, not the 40 ms offered
    stop = true;
    expect(slices.cancelled()).toBe(true);
  });
});

describe('hiddenByStyle', () => {
  it('skips elements a stylesheet hides, and does not ask plain elements', () => {
    page('<style>.closed { display: none } .ghost { visibility: hidden }</style><div class="closed">a</div><div class="ghost">b</div><div class="open">c</div><p>d</p>');
    const [closed, ghost, open] = [...document.querySelectorAll('div')];
    expect(hiddenByStyle(closed!)).toBe(true);
    expect(hiddenByStyle(ghost!)).toBe(true);
    expect(hiddenByStyle(open!)).toBe(false);
    expect(hiddenByStyle(document.querySelector('p')!)).toBe(false);
  });
});
