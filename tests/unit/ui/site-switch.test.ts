import { siteHost, withSite } from '@/ui/site-switch';
import { DEFAULT_SETTINGS } from '@/settings/schema';

describe('site switch', () => {
  it('reads the host of web pages only', () => {
    expect(siteHost('https://www.LeMonde.fr/a?b')).toBe('www.lemonde.fr');
    expect(siteHost('chrome://extensions')).toBeUndefined();
    expect(siteHost('not a url')).toBeUndefined();
    expect(siteHost(undefined)).toBeUndefined();
  });

  it('adds and removes the host from the sites where Claimlens stays off', () => {
    const off = withSite({ ...DEFAULT_SETTINGS, disabledSites: ['a.example'] }, 'b.example', true);
    expect(off.disabledSites).toEqual(['a.example', 'b.example']);
    expect(withSite(off, 'b.example', true).disabledSites).toEqual(['a.example', 'b.example']);
    expect(withSite(off, 'b.example', false).disabledSites).toEqual(['a.example']);
  });
});
