/**
 * Bytes of a saved page to text, honouring the charset the page declares (a byte-order mark,
 * then `<meta charset>` or `<meta http-equiv="Content-Type">` in its first 4 kB); UTF-8 when it
 * declares none or names one this runtime cannot decode.
 */
const SNIFF_BYTES = 4096;
const META_CHARSET = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i;

export function declaredCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // latin1 maps each byte to one character, so the ASCII of the <meta> reads whatever the charset
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  return META_CHARSET.exec(head)?.[1]?.toLowerCase();
}

export function decodeHtml(bytes: Uint8Array): { html: string; charset: string } {
  const declared = declaredCharset(bytes);
  if (declared) {
    try {
      return { html: new TextDecoder(declared).decode(bytes), charset: declared };
    } catch {
      // an unknown label: fall back to UTF-8, as browsers do
    }
  }
  return { html: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8' };
}
