// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeHtml } from '../../../src/cli/decode-html';

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('decodeHtml', () => {
  it('decodes a page that declares windows-1252 in a meta charset', () => {
    const bytes = latin1('<html><head><meta charset="windows-1252"></head><body>Soci\xe9t\xe9 : 5\xa0000 \x80</body></html>');
    const { html, charset } = decodeHtml(bytes);
    expect(charset).toBe('windows-1252');
    expect(html).toContain('Société : 5\u00a0000 €');
  });

  it('reads the charset from an http-equiv Content-Type', () => {
    const bytes = latin1('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>caf\xe9</p>');
    expect(declaredCharset(bytes)).toBe('windows-1252');
    expect(decodeHtml(bytes).html).toContain('café');
  });

  it('decodes Shift_JIS when the page says so', () => {
    // 円 in Shift_JIS is 0x89 0x7E
    const bytes = Uint8Array.from([...latin1('<meta charset="shift_jis"><p>100'), 0x89, 0x7e, ...latin1('</p>')]);
    expect(decodeHtml(bytes).html).toContain('100円');
  });

  it('uses UTF-8 when nothing is declared, and honours a byte-order mark', () => {
    const utf8 = new TextEncoder().encode('<p>42 000 $ — « données »</p>');
    expect(decodeHtml(utf8).html).toContain('42 000 $ — « données »');
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeHtml(bom).charset).toBe('UTF-8');
  });

  it('falls back to UTF-8 on a charset label it does not know', () => {
    const bytes = new TextEncoder().encode('<meta charset="x-made-up"><p>é</p>');
    expect(decodeHtml(bytes)).toMatchObject({ charset: 'UTF-8' });
    expect(decodeHtml(bytes).html).toContain('é');
  });
});
