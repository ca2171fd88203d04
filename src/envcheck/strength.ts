// Is a secret value strong enough to run in production? Each check returns what it found
// (a word from our list, a kind of pattern), never a piece of the value.

import { shannonEntropy } from '../engine/entropy.ts';

/**
 * The issue's weak words, then the marks of a template value nobody replaced (`replace-me`,
 * `insert-key-here`, `sample`): in a deployed secret those mean the template was copied. Short
 * markers (`your`, `fake`, `todo`) are left out on purpose: each four-letter word makes about
 * one random secret in 200,000 fail by chance (see forbiddenWord).
 */
export const DEFAULT_FORBIDDEN_WORDS = [
  'changeme', 'password', 'secret', 'test', 'development', 'default', 'example', 'placeholder', 'dummy',
  'replaceme', 'insert', 'sample', 'redacted', 'fixme',
  // Django's startproject writes `django-insecure-...`: a development key by its own name.
  'insecure',
];

export type StrengthRule = 'empty' | 'min-length' | 'weak-word' | 'repeated' | 'sequence' | 'low-entropy';

export interface StrengthIssue {
  rule: StrengthRule;
  /** What was found, safe to print: a forbidden word, a pattern kind, a measured figure. */
  detail: string;
}

export interface StrengthOptions {
  minLength: number;
  /** Bits per character a wide-alphabet value must reach; narrower alphabets scale it (see floorFor). */
  entropyFloor: number;
  forbiddenWords: string[];
}

/**
 * Every weakness of a value, in the order a person should fix them. An empty value only
 * reports `empty`: the rest would restate it.
 */
export function strengthIssues(value: string, opts: StrengthOptions): StrengthIssue[] {
  if (value.length === 0) return [{ rule: 'empty', detail: 'no value' }];
  const out: StrengthIssue[] = [];
  if (value.length < opts.minLength) out.push({ rule: 'min-length', detail: `${value.length} characters, at least ${opts.minLength} needed` });
  const word = forbiddenWord(value, opts.forbiddenWords);
  if (word) out.push({ rule: 'weak-word', detail: word });
  const rep = repetition(value);
  if (rep) out.push({ rule: 'repeated', detail: rep });
  const seq = sequence(value);
  if (seq) out.push({ rule: 'sequence', detail: seq });
  const floor = floorFor(value, opts.entropyFloor);
  const h = shannonEntropy(value);
  if (h < floor) out.push({ rule: 'low-entropy', detail: `${h.toFixed(2)} bits per character, floor ${floor.toFixed(2)}` });
  return out;
}

// Look-alike digits and symbols people put in "clever" weak values (Passw0rd, ch@ngem3).
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };

/**
 * The first forbidden word the value contains. Words of six or more letters match anywhere,
 * in any case, across separators (`change-me`) and look-alikes (`Passw0rd`): a random value
 * holds one by chance less than once in ten million draws. Shorter words (`test`, `dummy`)
 * match as a person writes them, in one case (`test`, `TEST`, `Test`: `sk_test_...`,
 * `myTestKey`): matched in any case, `test` turns up in about one random 43-character base64url
 * value in 32,000; written in one case, about one in 200,000 (and `generate` re-draws those).
 */
export function forbiddenWord(value: string, words: string[]): string | undefined {
  const lower = value.toLowerCase();
  const joined = lower.replace(/[-_.\s]+/g, '');
  const deleet = joined.replace(/[013457@$!]/g, (c) => LEET[c]);
  for (const w of words) {
    const word = w.toLowerCase();
    if (!word) continue;
    if (word.length >= 6) {
      if (lower.includes(word) || joined.includes(word) || deleet.includes(word)) return w;
    } else if ([word, word.toUpperCase(), word[0].toUpperCase() + word.slice(1)].some((form) => value.includes(form))) {
      return w;
    }
  }
  return undefined;
}

export type Alphabet = 'digits' | 'hex' | 'wide';

/** The alphabet a value is drawn from. Dashes are layout (UUIDs, grouped keys), not symbols. */
export function alphabetOf(value: string): Alphabet {
  const body = value.replace(/-/g, '');
  if (/^[0-9]+$/.test(body)) return 'digits';
  if (/^[0-9a-f]+$/.test(body) || /^[0-9A-F]+$/.test(body)) return 'hex';
  return 'wide';
}

/**
 * How long a run must be to count as a pattern. In a 16-symbol alphabet chance makes runs four
 * times likelier per character than in base64's 64: six identical hex digits turn up in about
 * one random 64-digit hex value in 19,000, eight in one in five million.
 */
function runLength(value: string): number {
  return alphabetOf(value) === 'wide' ? 6 : 8;
}

/**
 * One character over and over (a run of six or more; eight in hex or digits), or a short chunk
 * repeated (`abcabcabc`, `hunter2hunter2`): three quarters of the value matching itself one
 * period on. A random value never does: each position matches with odds of 1 in its alphabet.
 */
export function repetition(value: string): string | undefined {
  const run = runLength(value);
  if (new RegExp(`(.)\\1{${run - 1},}`, 'su').test(value)) return 'a run of one repeated character';
  const n = value.length;
  if (n < 8) return undefined;
  const maxPeriod = Math.min(Math.floor(n / 2), 256);
  for (let p = 1; p <= maxPeriod; p++) {
    let same = 0;
    for (let i = p; i < n; i++) if (value.charCodeAt(i) === value.charCodeAt(i - p)) same++;
    if (same >= 0.75 * n) return p === 1 ? 'one repeated character' : 'a repeated chunk';
  }
  return undefined;
}

const KEYBOARD_ROWS = ['`1234567890-=', 'qwertyuiop[]', "asdfghjkl;'", 'zxcvbnm,./', 'qazwsxedcrfvtgbyhnujmikolp'];

/**
 * A keyboard walk (`qwerty`, `asdfgh`, `poiuyt`) or a counting run (`abcdef`, `123456`,
 * `987654`) of six or more characters (eight in hex or digits). In a random base64url value
 * such a run turns up about four times in a million draws, and `generate` re-draws those.
 */
export function sequence(value: string): string | undefined {
  const run = runLength(value);
  const lower = value.toLowerCase();
  let up = 1;
  let down = 1;
  for (let i = 1; i < lower.length; i++) {
    const d = lower.charCodeAt(i) - lower.charCodeAt(i - 1);
    const alnum = /[a-z0-9]/.test(lower[i]) && /[a-z0-9]/.test(lower[i - 1]);
    up = alnum && d === 1 ? up + 1 : 1;
    down = alnum && d === -1 ? down + 1 : 1;
    if (up >= run || down >= run) return 'a counting run';
  }
  for (const row of KEYBOARD_ROWS) {
    const rev = [...row].reverse().join('');
    for (let i = 0; i + run <= row.length; i++) {
      if (lower.includes(row.slice(i, i + run)) || lower.includes(rev.slice(i, i + run))) return 'a keyboard run';
    }
  }
  return undefined;
}

/**
 * The entropy floor for this value. `floor` is set for wide alphabets (base64, mixed letters,
 * digits and symbols: 6 bits a symbol). A value drawn only from hex or decimal digits (a UUID,
 * `openssl rand -hex 16`) cannot carry that much per character however random it is, so its
 * floor scales to its alphabet: floor x log2(16)/6 for hex, floor x log2(10)/6 for digits.
 * A string of n characters measures at most log2(n) bits a character, so short values are held
 * to 0.7 x log2(n) at most: a short value's problem is its length, which min-length reports.
 */
export function floorFor(value: string, floor: number): number {
  const alphabet = alphabetOf(value);
  const byAlphabet = alphabet === 'digits' ? (floor * Math.log2(10)) / 6 : alphabet === 'hex' ? (floor * 4) / 6 : floor;
  return Math.min(byAlphabet, 0.7 * Math.log2(Math.max(value.length, 2)));
}
