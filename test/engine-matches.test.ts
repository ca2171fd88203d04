// Where the engine searches on after a match. A match its rule rejects must not hide what lies
// in its value (a URL that is no secret can hold a token that is one), and the search must
// stay linear: a value is searched again once, not once per assignment nested in it.
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.ts';
import { defineRule } from '../src/rules/lib/define.ts';
import type { Rule } from '../src/engine/types.ts';

const keyValue = defineRule({
  id: 'test-key-value',
  title: 'test',
  severity: 'high',
  keywords: ['='],
  pattern: /(?<key>\w+)=(?<secret>[^\s"&]+)/,
  validate: (_secret, g) => (g.key === 'token' ? undefined : false),
  skipPlaceholderFilter: true,
  examples: { positive: [], negative: [] },
});
const wholeMatch = defineRule({
  id: 'test-whole',
  title: 'test',
  severity: 'high',
  keywords: ['zz'],
  pattern: /(?<secret>[A-Z]{4,})/,
  validate: (secret) => (secret.startsWith('A') ? false : undefined),
  skipPlaceholderFilter: true,
  examples: { positive: [], negative: [] },
});

const scan = (rules: Rule[], content: string) =>
  new Engine(rules)
    .scan({ path: 'a.txt', content, size: content.length, origin: { kind: 'file' } })
    .map((f) => `${f.line}:${f.column}:${f.secret}`);

describe('after a match', () => {
  it('a rejected match is searched again from its value', () => {
    expect(scan([keyValue], 'feed=https://host/items?page=2&token=Q7xK2mZ9')).toEqual(['1:38:Q7xK2mZ9']);
    expect(scan([keyValue], 'a=token=Q7xK2mZ9 x=token=R8yL3nA0')).toEqual(['1:9:Q7xK2mZ9', '1:26:R8yL3nA0']);
  });
  it('a value is searched again once, so that nested assignments cost a bounded amount', () => {
    // a's value is searched again; b's match lies in it and is passed over, with what it holds.
    expect(scan([keyValue], 'a=b=token=Q7xK2mZ9 token=R8yL3nA0')).toEqual(['1:26:R8yL3nA0']);
  });
  it('an accepted match is not searched again', () => {
    expect(scan([keyValue], 'token=Q7xK2mZ9?token=R8yL3nA0')).toEqual(['1:7:Q7xK2mZ9?token=R8yL3nA0']);
  });
  it('a rejected match whose secret is the whole match is not searched again from inside it', () => {
    expect(scan([wholeMatch], 'zz ABCDEFG BCDEFG')).toEqual(['1:12:BCDEFG']);
  });
});
