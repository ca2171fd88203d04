// The one generic test for every built-in rule: its own examples are its specification.
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.ts';
import { activeRules, builtinRules } from '../src/rules/index.ts';
import type { ContentRule, FileRule, Target } from '../src/engine/types.ts';

// Negatives are checked against the default rule set; a strict-only rule's own positives need it too.
const engine = new Engine(activeRules(false));
const strictEngine = new Engine(activeRules(true));
const genericIds = new Set(builtinRules.filter((r) => r.kind !== 'file' && r.generic).map((r) => r.id));
const target = (content: string, path = 'example.txt'): Target => ({ path, content, size: content.length, origin: { kind: 'file' } });

const contentRules = builtinRules.filter((r): r is ContentRule => r.kind !== 'file');
const fileRules = builtinRules.filter((r): r is FileRule => r.kind === 'file');

describe('registry', () => {
  it('has unique kebab-case ids', () => {
    const ids = builtinRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('gives every rule at least two positive and two negative examples', () => {
    for (const r of builtinRules) {
      expect(r.examples.positive.length, r.id).toBeGreaterThanOrEqual(2);
      expect(r.examples.negative.length, r.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('uses lower-case keywords that occur in every positive example', () => {
    for (const r of contentRules) {
      for (const k of r.keywords) expect(k, r.id).toBe(k.toLowerCase());
      for (const p of r.examples.positive) {
        const text = (typeof p === 'string' ? p : p.text).toLowerCase();
        if (r.keywords.length) expect(r.keywords.some((k) => text.includes(k)), `${r.id}: ${text.slice(0, 60)}`).toBe(true);
      }
    }
  });
});

describe.each(contentRules.map((r) => [r.id, r] as const))('content rule %s', (_id, rule) => {
  it.each(rule.examples.positive.map((p) => [typeof p === 'string' ? p : p.text, p] as const))('finds %s', (_t, p) => {
    const text = typeof p === 'string' ? p : p.text;
    const secret = typeof p === 'string' ? p : p.secret;
    const found = (activeRules(false).includes(rule) ? engine : strictEngine).scan(target(text)).filter((f) => f.secret === secret);
    expect(found.map((f) => f.ruleId), `expected ${rule.id} to extract ${secret}`).toEqual([rule.id]);
  });

  // A vendor rule's near-miss (a wrong-length key under API_KEY=) can still be a credential that a
  // generic rule rightly reports, so a specific rule's negatives must pass every specific rule;
  // a generic rule's negatives must pass every rule.
  it.each(rule.examples.negative.map((n) => [n] as const))('ignores %s', (text) => {
    const found = engine.scanContent(target(text)).filter((f) => rule.generic || f.ruleId === rule.id || !genericIds.has(f.ruleId));
    expect(found.map((f) => `${f.ruleId}: ${f.secret}`)).toEqual([]);
  });
});

describe.each(fileRules.map((r) => [r.id, r] as const))('file rule %s', (_id, rule) => {
  it.each(rule.examples.positive.map((p) => [p.path, p] as const))('flags %s', (_p, ex) => {
    const found = engine.scanFile({ ...ex, size: ex.size ?? 10, origin: { kind: 'file' } });
    expect(found.map((f) => f.ruleId)).toContain(rule.id);
  });
  it.each(rule.examples.negative.map((p) => [p.path, p] as const))('passes %s', (_p, ex) => {
    const found = engine.scanFile({ ...ex, size: ex.size ?? 10, origin: { kind: 'file' } });
    expect(found.map((f) => f.ruleId)).not.toContain(rule.id);
  });
});
