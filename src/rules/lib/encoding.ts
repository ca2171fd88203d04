// Offline structure checks for token formats built from standard encodings: base64 bodies of
// a fixed byte length, UUIDs, Discord snowflakes. A value that fails one of these was not
// produced by the vendor's encoder, whatever it looks like.

const B64_STD = /^[A-Za-z0-9+/]*={0,2}$/;
const B64_URL = /^[A-Za-z0-9_-]*$/;

/**
 * Decodes base64 (standard or URL alphabet, padding optional) and returns the bytes only when
 * the text is the canonical encoding of them: no stray bits in the last character, no bad
 * padding. Random strings pass this by chance (1 in 4 or 1 in 16 by length), encoders always do.
 */
export function decodeCanonicalBase64(s: string, alphabet: 'std' | 'url'): Buffer | undefined {
  if (!(alphabet === 'std' ? B64_STD : B64_URL).test(s) || s.length % 4 === 1) return undefined;
  const bytes = Buffer.from(s, alphabet === 'std' ? 'base64' : 'base64url');
  const again = bytes.toString(alphabet === 'std' ? 'base64' : 'base64url');
  const bare = s.replace(/=+$/, '');
  if (again.replace(/=+$/, '') !== bare) return undefined;
  // With padding present it must be the full, correct padding.
  if (bare.length !== s.length && again !== s) return undefined;
  return bytes;
}

/** True when `s` is the canonical base64 encoding of exactly `bytes` bytes. */
export function isBase64OfLength(s: string, bytes: number, alphabet: 'std' | 'url'): boolean {
  return decodeCanonicalBase64(s, alphabet)?.length === bytes;
}

const UUID_V4 = /^[0-9a-f]{8}-?[0-9a-f]{4}-?4[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$/i;

/** A random (version 4, RFC 4122 variant) UUID, with or without dashes. */
export function isUuidV4(s: string): boolean {
  return UUID_V4.test(s);
}

const DISCORD_EPOCH = 1420070400000n;
const SNOWFLAKE_MIN = Date.UTC(2015, 0, 1);
const SNOWFLAKE_MAX = Date.UTC(2040, 0, 1);

/** A Discord snowflake id (17-20 digits) whose embedded timestamp falls between 2015 and 2040. */
export function isDiscordSnowflake(id: string): boolean {
  if (!/^[1-9][0-9]{16,19}$/.test(id)) return false;
  const ms = Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
  return ms >= SNOWFLAKE_MIN && ms < SNOWFLAKE_MAX;
}

/**
 * True when `s` holds a run of `len` characters that count up one by one (abcdef, 123456,
 * ABCDEF). Generated keys essentially never do (odds near 62^-5 per position); hand-typed
 * stand-ins such as gsk_abcdefghijABCDEFGHIJ1234567890... always do.
 */
export function hasCountingRun(s: string, len = 6): boolean {
  let run = 1;
  for (let i = 1; i < s.length; i++) {
    run = s.charCodeAt(i) - s.charCodeAt(i - 1) === 1 ? run + 1 : 1;
    if (run >= len) return true;
  }
  return false;
}

const B64 = /^[A-Za-z0-9+/]*={0,2}$/;
const B64URL = /^[A-Za-z0-9_-]*={0,2}$/;

/**
 * Decodes base64, padding optional: standard alphabet only (url false), URL-safe only (url
 * true), or either (url omitted). Undefined when the text is no such encoding.
 */
export function decodeBase64(s: string, url?: boolean): Buffer | undefined {
  if (s.length === 0 || s.replace(/=+$/, '').length % 4 === 1) return undefined;
  if (url !== true && B64.test(s)) return Buffer.from(s, 'base64');
  if (url !== false && B64URL.test(s)) return Buffer.from(s, 'base64url');
  return undefined;
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

/** True when every byte is printable ASCII, tab, CR or LF, or part of valid UTF-8 text. */
export function isPrintableText(buf: Buffer): boolean {
  if (buf.length === 0) return false;
  const s = buf.toString('utf8');
  if (s.includes('\uFFFD')) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 ? c !== 9 && c !== 10 && c !== 13 : c === 0x7f || (c >= 0x80 && c < 0xa0)) return false;
  }
  return true;
}

/** The text a base64 value decodes to, when it is printable text. */
export function decodeBase64Text(s: string): string | undefined {
  const buf = decodeBase64(s);
  return buf && isPrintableText(buf) ? buf.toString('utf8') : undefined;
}

/** The JSON object a base64 / base64url value decodes to; undefined for anything else. */
export function decodeBase64Json(s: string): Record<string, unknown> | undefined {
  const text = decodeBase64Text(s);
  if (text === undefined || !text.trimStart().startsWith('{')) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** True when obj has every key in `keys` as a non-empty string or number. */
export function hasFields(obj: Record<string, unknown> | undefined, keys: string[]): boolean {
  if (!obj) return false;
  return keys.every((k) => {
    const v = obj[k];
    return (typeof v === 'string' && v.length > 0) || typeof v === 'number';
  });
}
