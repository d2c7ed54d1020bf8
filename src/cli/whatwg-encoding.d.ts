// whatwg-encoding ships no types; these are the four functions of its documented API.
declare module 'whatwg-encoding' {
  export function decode(bytes: Uint8Array, fallbackEncodingName: string): string;
  export function labelToName(label: string): string | null;
  export function isSupported(name: string): boolean;
  export function getBOMEncoding(bytes: Uint8Array): 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | null;
}
