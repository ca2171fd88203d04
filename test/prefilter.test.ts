// The keyword prefilter against a plain reference: every (keyword, end) occurrence, case-
// insensitive for ASCII, non-ASCII characters alike, longest keyword first at one end, ties
// in keyword order. Random keyword sets and texts, fixed seed.

import { describe, expect, it } from 'vitest';
import { Prefilter } from '../src/engine/prefilter.ts';

const fold = (s: string) => Array.from(s, (ch) => {
  const c = ch.charCodeAt(0);
  return c >= 128 ? '\0' : ch.toLowerCase();
}).join('');

function reference(keywords: string[], text: string): [number, number][] {
  const t = fold(text);
  const out: [number, number][] = [];
  for (let end = 1; end <= t.length; end++) {
    const here = keywords
      .map((k, id) => ({ k: fold(k), id }))
      .filter(({ k }) => k.length <= end && t.slice(end - k.length, end) === k)
      .sort((a, b) => b.k.length - a.k.length || a.id - b.id);
    for (const { id } of here) out.push([id, end]);
  }
  return out;
}

function hits(p: Prefilter, text: string): [number, number][] {
  const h = p.scan(text);
  return Array.from({ length: h.count }, (_, i) => [h.ids[i], h.ends[i]]);
}

describe('prefilter', () => {
  it('finds what a plain search finds, in the same order', () => {
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let trial = 0; trial < 2000; trial++) {
      const abc = 'abAB_é'.slice(0, 2 + Math.floor(rnd() * 5));
      const pick = (s: string) => s[Math.floor(rnd() * s.length)];
      const keywords = Array.from({ length: 1 + Math.floor(rnd() * 8) }, () => Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => pick(abc)).join('').toLowerCase());
      const text = Array.from({ length: Math.floor(rnd() * 40) }, () => pick(`${abc}xZ\nü`)).join('');
      expect(hits(new Prefilter(keywords), text), `${JSON.stringify(keywords)} in ${JSON.stringify(text)}`).toEqual(reference(keywords, text));
    }
  });

  it('reuses its table across scans and on long texts', () => {
    const p = new Prefilter(['private key', 'akia', 'ghp_', 'token']);
    const text = 'x'.repeat(100_000) + 'GHP_ and a Private Key; TOKEN=akia';
    for (let i = 0; i < 3; i++) expect(hits(p, text).map(([id]) => id)).toEqual([2, 0, 3, 1]);
    expect(hits(new Prefilter([]), 'anything')).toEqual([]);
  });
});
