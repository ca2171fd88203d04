// Is a token generated randomness? Shannon entropy measured against what random text of the
// SAME alphabet and the SAME length reaches, plus a few structural checks.
//
// Why per alphabet and per length: the entropy of a string is bounded by log2(alphabet size)
// and, for short strings, by log2(length) (a 16-character string holds at most 16 distinct
// characters: 4 bits/char). A fixed threshold (say 4.5) would reject every random hex string
// (hex tops out at 4.0) and every random 16-character base64 token (p50 is 3.75), while letting
// long English-ish identifiers through. So the thresholds below are percentiles of the entropy
// of uniformly random strings, measured by Monte Carlo (60,000 samples per cell; node
// crypto.randomBytes mapped onto each alphabet):
//
//   length            16    20    24    32    40    48    64    96   128   192   256
//   hex       p0.1  2.47  2.68  2.86  3.12  3.29  3.39  3.54  3.70  3.78  3.85  3.89
//             p5    2.82  3.04  3.18  3.37  3.50  3.58  3.69  3.80  3.85  3.90  3.92
//   base32    p0.1  2.89  3.14  3.35  3.67  3.88  4.04  4.27  4.50  4.63  4.76  4.82
//             p5    3.25  3.48  3.66  3.93  4.12  4.25  4.43  4.63  4.72  4.82  4.86
//   base36    p0.1  2.95  3.22  3.43  3.77  3.98  4.14  4.36  4.62  4.76  4.90  4.97
//             p5    3.32  3.54  3.74  4.01  4.20  4.34  4.54  4.75  4.86  4.97  5.02
//   base62/64 p0.1  3.15  3.48  3.72  4.07  4.32  4.53  4.81  5.14  5.33  5.54  5.65
//             p5    3.50  3.78  3.97  4.32  4.54  4.72  4.97  5.28  5.44  5.62  5.71
//
// (base62 and base64/base64url differ by under 0.05 everywhere, so they share a row. Text with
// punctuation, like Django's secret keys, uses the base36 row: its alphabets hold 40 to 90
// symbols, and a richer alphabet only raises the entropy of random text, so that row is the
// lenient bound for all of them.)
//
// - In context (a key that names a secret), the threshold is p0.1: at most 1 in 1000 real
//   random tokens falls below it. Context already did the work of choosing the value; the
//   threshold only has to reject human-made text (identifiers, words), which the structural
//   checks below catch anyway.
// - Without context (strict mode), the threshold is p5 and the minimum length is 20 (32 for
//   hex): 5% of short random tokens are lost, in exchange for far fewer random-looking
//   identifiers, base64-encoded words and hashes.
// Between the measured lengths the thresholds are interpolated linearly; above 256 the last
// column applies.
//
// Minimum lengths: 16 characters (about 95 bits in base62), hex 20 (80 bits). Shorter values
// are passwords (generic-password's job) or identifiers.

import { shannonEntropy } from '../../engine/entropy.ts';
import { isIdentifierLike, isLowVariety } from '../../engine/filters.ts';

export type Alphabet = 'hex' | 'base32' | 'base36' | 'base62' | 'symbols';

const LENGTHS = [16, 20, 24, 32, 40, 48, 64, 96, 128, 192, 256];
const BASE36 = {
  context: [2.95, 3.22, 3.43, 3.77, 3.98, 4.14, 4.36, 4.62, 4.76, 4.9, 4.97],
  strict: [3.32, 3.54, 3.74, 4.01, 4.2, 4.34, 4.54, 4.75, 4.86, 4.97, 5.02],
};
const TABLE: Record<Alphabet, { context: number[]; strict: number[] }> = {
  hex: {
    context: [2.47, 2.68, 2.86, 3.12, 3.29, 3.39, 3.54, 3.7, 3.78, 3.85, 3.89],
    strict: [2.82, 3.04, 3.18, 3.37, 3.5, 3.58, 3.69, 3.8, 3.85, 3.9, 3.92],
  },
  base32: {
    context: [2.89, 3.14, 3.35, 3.67, 3.88, 4.04, 4.27, 4.5, 4.63, 4.76, 4.82],
    strict: [3.25, 3.48, 3.66, 3.93, 4.12, 4.25, 4.43, 4.63, 4.72, 4.82, 4.86],
  },
  base36: BASE36,
  base62: {
    context: [3.15, 3.48, 3.72, 4.07, 4.32, 4.53, 4.81, 5.14, 5.33, 5.54, 5.65],
    strict: [3.5, 3.78, 3.97, 4.32, 4.54, 4.72, 4.97, 5.28, 5.44, 5.62, 5.71],
  },
  // Punctuation-rich secrets (Django's 50-symbol alphabet, generated passwords) draw from 40 to
  // 90 symbols; the base36 row is the lenient bound for any alphabet of 36 or more.
  symbols: BASE36,
};

/** Which alphabet the token is drawn from (the smallest that holds every character). */
export function alphabetOf(token: string): Alphabet {
  const t = token.replace(/=+$/, '');
  if (/^[0-9a-f]+$/.test(t) || /^[0-9A-F]+$/.test(t)) return 'hex';
  if (/^[A-Z2-7]+$/.test(t) || /^[a-z2-7]+$/.test(t)) return 'base32';
  if (/^[A-Z0-9]+$/.test(t) || /^[a-z0-9]+$/.test(t)) return 'base36';
  if (/^[A-Za-z0-9+/_.~-]+$/.test(t)) return 'base62';
  return 'symbols';
}

/** The entropy a random token of this alphabet and length reaches with the given confidence. */
export function entropyThreshold(alphabet: Alphabet, length: number, mode: 'context' | 'strict'): number {
  const row = TABLE[alphabet][mode];
  if (length <= LENGTHS[0]) return row[0];
  for (let i = 1; i < LENGTHS.length; i++) {
    if (length <= LENGTHS[i]) {
      const f = (length - LENGTHS[i - 1]) / (LENGTHS[i] - LENGTHS[i - 1]);
      return row[i - 1] + f * (row[i] - row[i - 1]);
    }
  }
  return row[row.length - 1];
}

export const MIN_LENGTH = { context: { hex: 20, other: 16 }, strict: { hex: 32, other: 20 } } as const;
export const MAX_LENGTH = 512;

/**
 * True when the token looks machine-generated: long enough, entropy at or above the
 * threshold for its alphabet and length, several character classes, and no reading as words.
 */
export function isRandomToken(token: string, mode: 'context' | 'strict' = 'context'): boolean {
  const t = token.replace(/=+$/, '');
  const alphabet = alphabetOf(t);
  const min = alphabet === 'hex' ? MIN_LENGTH[mode].hex : MIN_LENGTH[mode].other;
  if (t.length < min || t.length > MAX_LENGTH) return false;
  if (mode === 'strict' && alphabet === 'symbols') return false;
  if (/\s/.test(t) || isLowVariety(t)) return false;
  const lower = /[a-z]/.test(t);
  const upper = /[A-Z]/.test(t);
  const digit = /[0-9]/.test(t);
  if (alphabet === 'hex' || alphabet === 'base36') {
    if (!digit || !(lower || upper)) return false;
  } else if (alphabet === 'base62' || alphabet === 'symbols') {
    if (Number(lower) + Number(upper) + Number(digit) < 2) return false;
  }
  // Split on separators: every piece of a real token is random; "my-app-session-9f3k2" is not.
  const pieces = t.split(/[._~/+-]+/).filter(Boolean);
  if (pieces.length > 1 && pieces.filter((p) => p.length >= 4 && !isIdentifierLike(p)).length === 0) return false;
  if (isIdentifierLike(t)) return false;
  return shannonEntropy(t) >= entropyThreshold(alphabet, t.length, mode);
}

/**
 * True when a value can be a real password: 8 to 128 characters, no spaces, at least two
 * character classes (lower, upper, digit, symbol) and some variety (Shannon entropy of 2.5
 * bits/char or more: eight characters with six distinct ones). Human-chosen passwords are not
 * random, so there is no alphabet threshold here; the noise filters and the list of published
 * defaults do the rest.
 */
export function isPasswordLike(value: string): boolean {
  if (value.length < 8 || value.length > 128) return false;
  if (/\s/.test(value) || /^[-!&*|>]/.test(value)) return false; // flags, YAML tags, anchors, block scalars
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(value)).length;
  if (classes < 2) return false;
  return shannonEntropy(value) >= 2.5 && !isLowVariety(value);
}
