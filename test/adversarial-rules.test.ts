// Every built-in pattern must be linear-time. Each rule gets 1 MB single-line inputs built from
// its own keywords and the characters its secrets are made of; the test fails if any scan does
// not finish within vitest's timeout (a catastrophic backtrack runs for minutes, not seconds).
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.ts';
import { builtinRules } from '../src/rules/index.ts';
import type { ContentRule } from '../src/engine/types.ts';

const MB = 1024 * 1024;
const contentRules = builtinRules.filter((r): r is ContentRule => r.kind !== 'file');

function shapes(rule: ContentRule): string[] {
  const kw = rule.keywords[0] ?? 'key';
  const sample = rule.examples.positive.map((p) => (typeof p === 'string' ? p : p.text))[0] ?? kw;
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  return [
    fill(`${kw}`), // the keyword back to back: every position a candidate start
    fill(`${kw}=${'a1B2'.repeat(8)}`), // almost a secret, again and again
    `${kw} = "${'A'.repeat(MB)}`, // one endless unterminated value
    fill(sample.replace(/\n/g, ' ').slice(0, -1)), // a positive without its last character, repeated
    `${kw}${' '.repeat(MB)}=`, // a long run of separators
  ];
}

describe.each(contentRules.map((r) => [r.id, r] as const))('%s on 1 MB adversarial lines', (_id, rule) => {
  it('finishes', { timeout: 30_000 }, () => {
    const engine = new Engine([rule]);
    for (const text of shapes(rule)) {
      const findings = engine.scan({ path: 'adversarial.txt', content: text, size: text.length, origin: { kind: 'file' } });
      expect(Array.isArray(findings)).toBe(true);
    }
  });
});
