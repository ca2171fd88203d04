// Small decoders used by validate(): they never throw, and return undefined for text that is
// not a well-formed encoding of the expected alphabet.

const B64 = /^[A-Za-z0-9+/]+={0,2}$/;
const B64URL = /^[A-Za-z0-9_-]+={0,2}$/;

/** Standard base64 (or base64url with `url`), padding optional. */
export function decodeBase64(s: string, url = false): Buffer | undefined {
  if (!(url ? B64URL : B64).test(s) || s.replace(/=+$/, '').length % 4 === 1) return undefined;
  return Buffer.from(s, url ? 'base64url' : 'base64');
}

/** RFC 4648 base32 without padding, either case; trailing partial bits are dropped. */
export function decodeBase32(s: string): Uint8Array | undefined {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of s.toLowerCase()) {
    const v = alphabet.indexOf(ch);
    if (v === -1) return undefined;
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >>> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

/** Printable ASCII only (space to tilde). */
export function isPrintableAscii(s: string): boolean {
  return /^[\x20-\x7e]*$/.test(s);
}

/** `user:password` as HTTP basic auth or a registry `auth` field carries it, decoded. */
export function decodeBasicAuth(b64: string): { user: string; password: string } | undefined {
  const bytes = decodeBase64(b64);
  if (!bytes) return undefined;
  const text = bytes.toString('utf8');
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1 || !isPrintableAscii(text)) return undefined;
  return { user: text.slice(0, colon), password: text.slice(colon + 1) };
}

export const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
