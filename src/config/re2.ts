// Regexes that come from a config file are untrusted: a pattern like `(a+)+$` takes a
// backtracking engine (JavaScript's RegExp) exponential time, and a commit hook must never hang.
// They run in re2js, a pure-JavaScript port of RE2 whose matching time is linear in the input.
// RE2 is also the syntax gitleaks uses (Go's regexp), so gitleaks patterns run unchanged.
//
// Chosen over RE2 compiled to WebAssembly (re2-wasm, @adguard/re2-wasm) after measuring all
// three (docs/configuration.md, "Untrusted regexes"): the wasm builds take 0.3 to 1.4 s to
// start and copy the whole input into wasm memory on every exec, which made one search per
// line thousands of times slower; re2js loads in tens of milliseconds, needs no binary, and
// is only loaded when a config holds a regex.

import { RE2JS } from 're2js';
import type { MatcherHit, RuleMatcher } from '../engine/types.ts';

/** Which group holds the secret: a 1-based number, a group name, or undefined for the default. */
export type SecretGroup = number | string | undefined;

export class RegexSyntaxError extends Error {
  override name = 'RegexSyntaxError';
}

export class UntrustedRegex implements RuleMatcher {
  private readonly secretIndex: number | undefined;
  private readonly groupCount: number;
  private readonly names: [string, number][];

  constructor(readonly source: string, private readonly re: RE2JS, secretGroup: SecretGroup) {
    this.groupCount = re.groupCount();
    const named = re.namedGroups();
    this.names = Object.entries(named);
    if (typeof secretGroup === 'number') {
      if (!Number.isInteger(secretGroup) || secretGroup < 0 || secretGroup > this.groupCount) {
        throw new RegexSyntaxError(`secret group ${secretGroup} does not exist: the regex has ${this.groupCount} group${this.groupCount === 1 ? '' : 's'}`);
      }
      this.secretIndex = secretGroup;
    } else if (typeof secretGroup === 'string') {
      if (named[secretGroup] === undefined) throw new RegexSyntaxError(`secret group "${secretGroup}" does not exist in the regex`);
      this.secretIndex = named[secretGroup];
    } else if (named.secret !== undefined) {
      this.secretIndex = named.secret;
    }
  }

  /** True when the regex matches anywhere in s. */
  test(s: string): boolean {
    return this.re.matcher(s).find();
  }

  *find(text: string): Iterable<MatcherHit> {
    const m = this.re.matcher(text);
    while (m.find()) {
      const start = m.start(0);
      const end = m.end(0);
      if (end === start) continue;
      let secretStart = start;
      let secretEnd = end;
      if (this.secretIndex !== undefined) {
        if (this.secretIndex > 0) {
          secretStart = m.start(this.secretIndex);
          secretEnd = m.end(this.secretIndex);
          if (secretStart < 0) continue;
        }
      } else {
        // Like gitleaks: without a secret group, the first group that matched something.
        for (let g = 1; g <= this.groupCount; g++) {
          const s = m.start(g);
          const e = m.end(g);
          if (s >= 0 && e > s) {
            secretStart = s;
            secretEnd = e;
            break;
          }
        }
      }
      const groups: Record<string, string | undefined> = {};
      for (const [name, i] of this.names) groups[name] = m.group(i) ?? undefined;
      yield { start, end, secretStart, secretEnd, groups };
    }
  }
}

// Hints for constructs people bring from backtracking engines (PCRE, Python, JavaScript).
const HINTS: [RegExp, string][] = [
  [/`\(\?[=!]/, 'look-ahead is not supported in linear-time matching: match the text itself, or check it with an allowlist'],
  [/invalid capture in lookbehind/, 'a look-behind may not capture: write (?:...) inside it'],
  [/`\\[1-9]/, 'back-references are not supported in linear-time matching'],
  [/`\(\?>|nested repetition operator: `[*+?}]\+/, 'atomic groups and possessive quantifiers are not supported: use a plain group or quantifier'],
  [/`\(\?[a-zA-Z]*x/, 'the x (verbose) flag is not supported: remove the spaces and comments'],
  [/invalid repeat count/, 'RE2 allows at most 1000 repetitions, also when nested'],
];

/**
 * Rewrites the few escapes that mean the same thing but that RE2 spells differently:
 * `\Z` (end of text) becomes `\z`, `\uXXXX` and `\u{X}` become `\x{...}`. Everything else is
 * RE2 syntax already (Go's regexp, and so gitleaks, uses it).
 */
export function toRe2Syntax(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch !== '\\' || i + 1 >= source.length) {
      out += ch;
      continue;
    }
    const next = source[i + 1];
    if (next === 'Z') {
      out += '\\z';
      i++;
    } else if (next === 'u' && /^[0-9A-Fa-f]{4}$/.test(source.slice(i + 2, i + 6))) {
      out += `\\x{${source.slice(i + 2, i + 6)}}`;
      i += 5;
    } else if (next === 'u' && source[i + 2] === '{') {
      const close = source.indexOf('}', i + 3);
      if (close === -1) {
        out += ch;
        continue;
      }
      out += `\\x{${source.slice(i + 3, close)}}`;
      i = close;
    } else {
      out += ch + next;
      i++;
    }
  }
  return out;
}

export type RegexCompiler = (source: string, secretGroup?: SecretGroup) => UntrustedRegex;

/** Compiles an untrusted regex; throws RegexSyntaxError with a message a person can act on. */
export function compileUntrusted(source: string, secretGroup?: SecretGroup): UntrustedRegex {
  const re2 = toRe2Syntax(source);
  const flags = /\(\?<[=!]/.test(re2) ? RE2JS.LOOKBEHINDS : 0;
  let re: RE2JS;
  try {
    re = RE2JS.compile(re2, flags);
  } catch (e) {
    const msg = String((e as Error).message ?? e).replace(/^error parsing regexp: /, '');
    const hint = HINTS.find(([test]) => test.test(msg))?.[1];
    throw new RegexSyntaxError(hint ? `${msg} (${hint})` : msg);
  }
  return new UntrustedRegex(source, re, secretGroup);
}
