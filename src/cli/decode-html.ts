/**
 * Bytes of a saved page to text, honouring the charset the page declares (a byte-order mark,
 * then `<meta charset>` or `<meta http-equiv="Content-Type">` in its first 4 kB); UTF-8 when it
 * declares none or names one we cannot decode.
 *
 * Decoding goes through whatwg-encoding (iconv-lite), not Node's TextDecoder: Node decodes
 * "windows-1252" as ISO-8859-1, which turns the euro sign and curly quotes (0x80, 0x92–0x94)
 * into control characters, and both matter to money and quotes.
 */
import { decode, getBOMEncoding, isSupported, labelToName } from 'whatwg-encoding';

const SNIFF_BYTES = 4096;
const META_CHARSET = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i;

/** The encoding name (WHATWG spelling) the page declares, or undefined. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const bom = getBOMEncoding(bytes);
  if (bom) return bom;
  // latin1 maps each byte to one character, so the ASCII of the <meta> reads whatever the charset
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1');
  const label = META_CHARSET.exec(head)?.[1];
  return label ? (labelToName(label) ?? undefined) : undefined;
}

export function decodeHtml(bytes: Uint8Array): { html: string; charset: string } {
  const declared = declaredCharset(bytes);
  // A page saved as UTF-8 that still says UTF-16 in its <meta> is read as UTF-8, as browsers do.
  const charset = declared && isSupported(declared) && !(declared.startsWith('UTF-16') && !getBOMEncoding(bytes)) ? declared : 'UTF-8';
  return { html: decode(bytes, charset), charset };
}
