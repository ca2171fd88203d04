// Random secrets from the operating system's CSPRNG (crypto.randomBytes), encoded for .env use.
// A draw that env-check itself would call weak (a random value that happens to contain `test`,
// a six-character run) is drawn again, so what `generate` prints always passes `env-check`.

import { randomBytes } from 'node:crypto';
import { DEFAULT_FORBIDDEN_WORDS, forbiddenWord, repetition, sequence } from './strength.ts';

export const SECRET_FORMATS = ['urlsafe', 'hex', 'base64'] as const;
export type SecretFormat = (typeof SECRET_FORMATS)[number];

export const MIN_BYTES = 16;
export const MAX_BYTES = 1024;

export function encodeSecret(bytes: Buffer, format: SecretFormat): string {
  if (format === 'hex') return bytes.toString('hex');
  if (format === 'base64') return bytes.toString('base64');
  return bytes.toString('base64url');
}

/** Characters of `bytes` random bytes in `format`. */
export function encodedLength(bytes: number, format: SecretFormat): number {
  if (format === 'hex') return bytes * 2;
  if (format === 'base64') return 4 * Math.ceil(bytes / 3);
  return Math.ceil((bytes * 4) / 3);
}

export function generateSecret(bytes: number, format: SecretFormat, random: (n: number) => Buffer = randomBytes): string {
  // Each redraw happens with odds well under 1 in 10,000, so the bound is never reached by a
  // working random source; a broken one (constant output) is caught instead of looping forever.
  for (let attempt = 0; attempt < 64; attempt++) {
    const value = encodeSecret(random(bytes), format);
    if (!forbiddenWord(value, DEFAULT_FORBIDDEN_WORDS) && !repetition(value) && !sequence(value)) return value;
  }
  throw new Error('the random source keeps producing weak values; is crypto.randomBytes working?');
}

/** One distinct secret per key. */
export function generateEnvLines(keys: string[], bytes: number, format: SecretFormat, random?: (n: number) => Buffer): string[] {
  const seen = new Set<string>();
  return keys.map((key) => {
    let value = generateSecret(bytes, format, random);
    for (let attempt = 0; seen.has(value); attempt++) {
      if (attempt === 64) throw new Error('the random source keeps repeating itself; is crypto.randomBytes working?');
      value = generateSecret(bytes, format, random);
    }
    seen.add(value);
    return `${key}=${value}`;
  });
}
