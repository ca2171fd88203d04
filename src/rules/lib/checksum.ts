// Offline checksums used by token formats that carry one.

import { isPlaceholder } from '../../engine/filters.ts';

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 (IEEE) of the string's UTF-8 bytes; token bodies are ASCII. */
export function crc32(s: string): number {
  let crc = -1;
  for (let i = 0; i < s.length; i++) crc = (crc >>> 8) ^ CRC_TABLE[(crc ^ s.charCodeAt(i)) & 0xff];
  return (crc ^ -1) >>> 0;
}

export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function base62(n: number, width: number): string {
  let out = '';
  while (n > 0) {
    out = BASE62[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(width, '0');
}

/**
 * GitHub (2021+) and npm tokens end in six base62 characters: the CRC-32 of the random body
 * before them. True when a `prefix_` + body + checksum token carries a correct one.
 */
export function hasBase62Crc32(tokenBody: string): boolean {
  if (tokenBody.length <= 6) return false;
  const body = tokenBody.slice(0, -6);
  return base62(crc32(body), 6) === tokenBody.slice(-6);
}

/** CRC-32 (IEEE) of raw bytes. */
export function crc32Bytes(bytes: Uint8Array): number {
  let crc = -1;
  for (let i = 0; i < bytes.length; i++) crc = (crc >>> 8) ^ CRC_TABLE[(crc ^ bytes[i]) & 0xff];
  return (crc ^ -1) >>> 0;
}

/** CRC-32 of the ASCII text as 8 hex digits (lower case). */
export function crc32Hex(s: string): string {
  return crc32(s).toString(16).padStart(8, '0');
}

/**
 * Atlassian tokens (Bitbucket app passwords, API and access tokens) and Cloudflare's scannable
 * tokens end in 8 hex digits: the CRC-32 of the text before them. `start` skips a prefix the
 * checksum does not cover.
 */
export function hasTrailingHexCrc32(token: string, start = 0): boolean {
  if (token.length <= start + 8) return false;
  return crc32Hex(token.slice(start, -8)) === token.slice(-8).toLowerCase();
}

/**
 * validate for a token format that carries a checksum; the rule sets skipPlaceholderFilter. A
 * matching checksum proves the token whatever its random part happens to spell: the shared
 * placeholder filter drops values holding "todo", "fake", "your_" and the like, and about one
 * random GitHub token in 12,000 holds one (a 150-character Atlassian token far more often), so
 * real tokens were dropped. Without a matching checksum the placeholder filter decides, as
 * before, and the rule's own confidence applies.
 */
export function checksumProves(check: (secret: string) => boolean | undefined): (secret: string) => boolean | undefined {
  return (secret) => (check(secret) === true ? true : isPlaceholder(secret) ? false : undefined);
}
