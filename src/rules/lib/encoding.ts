// Decoding helpers for formats whose structure can be proven offline: base64 / base64url
// payloads that must decode to JSON or to printable text.

const B64 = /^[A-Za-z0-9+/]*={0,2}$/;
const B64URL = /^[A-Za-z0-9_-]*={0,2}$/;

/** Decodes standard or URL-safe base64 (padding optional); undefined when it is neither. */
export function decodeBase64(s: string): Buffer | undefined {
  if (s.length === 0 || s.length % 4 === 1) return undefined;
  if (B64.test(s)) return Buffer.from(s, 'base64');
  if (B64URL.test(s)) return Buffer.from(s, 'base64url');
  return undefined;
}

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
