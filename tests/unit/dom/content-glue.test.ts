import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
  // A clock the test moves, so no assertion depends on how fast this machine runs.
  let clock = 1000;
  beforeEach(() => {
    clock = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
  });
  afterEach(() => vi.restoreAllMocks());

  /** A window whose idle periods last `period()` ms from when their callback runs. */
  function idleWindow(period: () => number) {
    const win = {
      granted: 0,
      requestIdleCallback: (cb: (d: IdleDeadline) => void) => {
        win.granted++;
        setTimeout(() => {
          const end = clock + period();
          cb({ didTimeout: false, timeRemaining: () => Math.max(0, end - clock) } as IdleDeadline);
        }, 0);
        return 1;
      },
    };
    return win;
  }

  it('grants slices from requestIdleCallback, capped, and says when one is spent', async () => {
    const win = idleWindow(() => 40);
    let stop = false;
    const slices = new IdleSlices(win as unknown as Window, () => stop, 5);
    await slices.nextSlice();
    expect(win.granted).toBe(1);
    expect(slices.budget.spent()).toBe(false);
    clock += 4;
    expect(slices.budget.spent()).toBe(false);
    clock += 1;
    expect(slices.budget.spent()).toBe(true); // capped at 5 ms, not the 40 ms offered
    stop = true;
    expect(slices.cancelled()).toBe(true);
  });

  it('grants the next slice as a task of its own while the idle period lasts, then asks for a new period', async () => {
    let period = 30;
    const win = idleWindow(() => period);
    const slices = new IdleSlices(win as unknown as Window, () => false, 5);
    await slices.nextSlice();
    clock += 5;
    await slices.nextSlice(); // 25 ms of the period left: no new idle callback
    expect(win.granted).toBe(1);
    expect(slices.budget.spent()).toBe(false);
    clock += 5;
    expect(slices.budget.spent()).toBe(true);
    period = 10;
    clock += 18; // 2 ms of the period left: too little for a slice
    await slices.nextSlice();
    expect(win.granted).toBe(2);
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
