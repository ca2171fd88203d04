import { describe, expect, it } from 'vitest';
import { shannonEntropy } from '../../src/engine/entropy.ts';
import { encodeSecret } from '../../src/envcheck/generate.ts';
import { alphabetOf, DEFAULT_FORBIDDEN_WORDS, floorFor, forbiddenWord, repetition, sequence, strengthIssues } from '../../src/envcheck/strength.ts';
import { seededBytes } from './helpers.ts';

const opts = { minLength: 32, entropyFloor: 3.0, forbiddenWords: DEFAULT_FORBIDDEN_WORDS };
const rules = (v: string) => strengthIssues(v, opts).map((i) => i.rule);

describe('forbiddenWord', () => {
  it.each([
    ['changeme-please-0a9f8e7d6c5b4a39281706f5e4d3c2b1', 'changeme'],
    ['CHANGEME0a9f8e7d6c5b4a39281706f5e4d3', 'changeme'],
    ['Change-Me_0a9f8e7d6c5b4a39281706f5e4d3', 'changeme'],
    ['Ch4ngeM3!0a9f8e7d6c5b4a39281706f5e4d3', 'changeme'],
    ['MyPassw0rd_0a9f8e7d6c5b4a39281706f5e4d3', 'password'],
    ['this-is-my-$ecret-0a9f8e7d6c5b4a39281706', 'secret'],
    ['sk_test_4eC39HqLyjWDarjtT1zdp7dc0a9f8e7d', 'test'],
    ['myTestKey0a9f8e7d6c5b4a39281706f5e4d3c2', 'test'],
    ['TEST0a9f8e7d6c5b4a39281706f5e4d3c2b1a0', 'test'],
    ['development-key-0a9f8e7d6c5b4a39281706f5e', 'development'],
    ['the-default-value-0a9f8e7d6c5b4a3928170', 'default'],
    ['an-example-value-0a9f8e7d6c5b4a39281706f', 'example'],
    ['PLACEHOLDER_0a9f8e7d6c5b4a39281706f5e4d3c2', 'placeholder'],
    ['dummy0a9f8e7d6c5b4a39281706f5e4d3c2b1a09', 'dummy'],
    ['replace-me-with-a-long-random-string', 'replaceme'],
    ['insert-your-signing-key-here-please', 'insert'],
    ['django-insecure-0a9f8e7d6c5b4a39281706f5e4d3c2b1a0', 'insecure'],
  ])('finds the word in %s', (value, word) => {
    expect(forbiddenWord(value, DEFAULT_FORBIDDEN_WORDS)).toBe(word);
  });

  it('reads short words only as a person writes them (one case), not scattered through mixed case', () => {
    expect(forbiddenWord('xqtEsTzR0a9f8e7d6c5b4a39281706f5e4d3', DEFAULT_FORBIDDEN_WORDS)).toBeUndefined();
    expect(forbiddenWord('xqdUmMyzR0a9f8e7d6c5b4a39281706f5e4d3', DEFAULT_FORBIDDEN_WORDS)).toBeUndefined();
    // Long words stay case-insensitive: chance cannot spell them.
    expect(forbiddenWord('xqsEcReTzR0a9f8e7d6c5b4a39281706f5e4d3', DEFAULT_FORBIDDEN_WORDS)).toBe('secret');
  });

  it('takes configured words', () => {
    expect(forbiddenWord('acme-prod-0a9f8e7d6c5b4a39281706f5e4d3', [...DEFAULT_FORBIDDEN_WORDS, 'acme'])).toBe('acme');
    expect(forbiddenWord('acme-prod-0a9f8e7d6c5b4a39281706f5e4d3', DEFAULT_FORBIDDEN_WORDS)).toBeUndefined();
  });
});

describe('repetition and sequence', () => {
  it.each([
    ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'a run of one repeated character'],
    ['Xk9zzzzzzq2LmN5pQ8rS1tU4vW7xY0aB3cD6e', 'a run of one repeated character'],
    ['hunter2hunter2hunter2hunter2hunter2h', 'a repeated chunk'],
    ['abababababababababababababababababab', 'a repeated chunk'],
  ])('repetition(%s)', (value, what) => {
    expect(repetition(value)).toBe(what);
  });

  it.each([
    ['Xk9qwertyq2LmN5pQ8rS1tU4vW7xY0aB3cD6', 'a keyboard run'],
    ['Xk9poiuytq2LmN5pQ8rS1tU4vW7xY0aB3cD6', 'a keyboard run'],
    ['Xk9ASDFGHq2LmN5pQ8rS1tU4vW7xY0aB3cD6', 'a keyboard run'],
    ['Xk9abcdefq2LmN5pQ8rS1tU4vW7xY0aB3cD6', 'a counting run'],
    ['Xk9987654q2LmN5pQ8rS1tU4vW7xY0aB3cD6', 'a counting run'],
    ['Xk9FEDCBAq2LmN5pQ8rS1tU4vW7xY0aB3cD6', 'a counting run'],
  ])('sequence(%s)', (value, what) => {
    expect(sequence(value)).toBe(what);
  });

  it('needs longer runs in hex and digits, where chance makes runs likelier', () => {
    expect(alphabetOf('9f8e7d6c5b4a3928')).toBe('hex');
    expect(alphabetOf('123e4567-e89b-12d3-a456-426614174000')).toBe('hex');
    expect(alphabetOf('8675309112358132')).toBe('digits');
    expect(alphabetOf('Xk9zq2LmN5pQ8rS1')).toBe('wide');
    // six identical hex digits or a six-digit count can be chance; eight are not
    expect(repetition('9f8e7d000000c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a4')).toBeUndefined();
    expect(repetition('9f8e7d00000000c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a4')).toBe('a run of one repeated character');
    expect(sequence('9f8e7d123456c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a4')).toBeUndefined();
    expect(sequence('9f8e7d12345678c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a4')).toBe('a counting run');
  });
});

describe('entropy floor', () => {
  it('scales the floor to the alphabet', () => {
    expect(floorFor('Xk9zq2LmN5pQ8rS1Xk9zq2LmN5pQ8rS1', 3)).toBe(3);
    expect(floorFor('9f8e7d6c5b4a39289f8e7d6c5b4a3928', 3)).toBeCloseTo(2);
    expect(floorFor('86753091123581328675309112358132', 3)).toBeCloseTo(1.66, 2);
  });

  it('caps the floor for short values, whose entropy their length bounds', () => {
    // 16 characters measure at most 4 bits each; 8 at most 3
    expect(floorFor('Xk9zq2LmN5pQ8rS1', 3)).toBeCloseTo(2.8);
    expect(floorFor('Xk9zq2Lm', 3)).toBeCloseTo(2.1);
    expect(rules('changeme')).toEqual(['min-length', 'weak-word']);
  });

  // Reproducible samples (SHA-256 counter bytes) in every format people generate secrets in.
  const formats: [string, (b: Buffer) => string, number][] = [
    ['base64url, 24 bytes (32 chars)', (b) => encodeSecret(b, 'urlsafe'), 24],
    ['base64url, 32 bytes', (b) => encodeSecret(b, 'urlsafe'), 32],
    ['base64, 32 bytes', (b) => encodeSecret(b, 'base64'), 32],
    ['hex, 16 bytes (openssl rand -hex 16)', (b) => encodeSecret(b, 'hex'), 16],
    ['hex, 32 bytes', (b) => encodeSecret(b, 'hex'), 32],
    ['UUID layout', (b) => { const h = b.toString('hex'); return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`; }, 16],
    ['base32, 20 bytes', (b) => [...b].map((x) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[x & 31]).join('').padEnd(32, 'Q').slice(0, 32), 32],
  ];
  it.each(formats)('random %s clears it, every time in 3,000 samples', (name, encode, bytes) => {
    let lowest = Infinity;
    for (let i = 0; i < 3000; i++) {
      const v = encode(seededBytes(`${name}:${i}`, bytes));
      const issues = strengthIssues(v, { ...opts, minLength: 1 }).filter((x) => x.rule === 'low-entropy');
      expect(issues, v).toEqual([]);
      lowest = Math.min(lowest, shannonEntropy(v) - floorFor(v, opts.entropyFloor));
    }
    // the margin: even the least varied sample is well above its floor
    expect(lowest).toBeGreaterThan(0.2);
  });

  it.each([
    'xyzyxzyxzxyzzyxzyxzyxxyzyxzxyzyxzyxzyzx',
    'qzxwvkjqzxkwvjzqxvkwjzqxvwkjzxqvkjwzqxv',
  ])('fails low-variety values: %s', (v) => {
    expect(rules(v)).toContain('low-entropy');
  });
});

describe('strengthIssues', () => {
  it('reports only empty for an empty value', () => {
    expect(strengthIssues('', opts)).toEqual([{ rule: 'empty', detail: 'no value' }]);
  });

  it('reports every weakness of a bad value, and none of a good one', () => {
    expect(rules('changeme123')).toEqual(['min-length', 'weak-word']);
    expect(rules('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')).toEqual(['repeated', 'low-entropy']);
    expect(rules('qwertyuiopqwertyuiopqwertyuiopqwertyuiop')).toEqual(['repeated', 'sequence']);
    expect(rules(encodeSecret(seededBytes('good', 32), 'urlsafe'))).toEqual([]);
  });

  it('says what it found without quoting the value', () => {
    const value = 'changeme-Zq8vN3kLmP0rT5wXzzzzzzzz';
    for (const issue of strengthIssues(value, opts)) expect(issue.detail).not.toContain('Zq8vN3kLmP0rT5wX');
  });
});
