// `scan-secrets generate`: length, alphabet and uniqueness, through the CLI and the function.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodedLength, encodeSecret, generateEnvLines, generateSecret } from '../../src/envcheck/generate.ts';
import { cli, seededBytes, tempDir, write } from './helpers.ts';

const ALPHABET = {
  urlsafe: /^[A-Za-z0-9_-]+$/,
  hex: /^[0-9a-f]+$/,
  base64: /^[A-Za-z0-9+/]+={0,2}$/,
};

describe('scan-secrets generate', () => {
  it('prints one URL-safe secret of 32 bytes (43 characters) by default', () => {
    const res = cli(['generate'], tempDir());
    expect(res.code).toBe(0);
    expect(res.stderr).toBe('');
    expect(res.stdout).toMatch(/^[A-Za-z0-9_-]{43}\n$/);
    expect(Buffer.from(res.stdout.trim(), 'base64url')).toHaveLength(32);
  });

  it.each([
    ['urlsafe', 16, 22], ['urlsafe', 64, 86], ['hex', 16, 32], ['hex', 32, 64], ['base64', 32, 44], ['base64', 50, 68],
  ] as const)('--format %s --bytes %i prints %i characters of its alphabet', (format, bytes, length) => {
    const res = cli(['generate', '--format', format, '--bytes', String(bytes)], tempDir());
    expect(res.code).toBe(0);
    const value = res.stdout.trim();
    expect(value).toHaveLength(length);
    expect(value).toMatch(ALPHABET[format]);
    expect(Buffer.from(value, format === 'urlsafe' ? 'base64url' : format)).toHaveLength(bytes);
  });

  it('notes on stderr when the value is shorter than the policy minimum', () => {
    const res = cli(['generate', '--bytes', '16'], tempDir());
    expect(res.stderr).toContain('16 bytes as urlsafe is 22 characters; env-check asks for at least 32');
    expect(res.stdout).toMatch(/^[A-Za-z0-9_-]{22}\n$/);
  });

  it('prints a distinct value each run', () => {
    const dir = tempDir();
    const values = Array.from({ length: 5 }, () => cli(['generate'], dir).stdout.trim());
    expect(new Set(values).size).toBe(5);
  });

  it('--env-lines prints KEY=value lines, each with its own value', () => {
    const keys = ['SECRET_KEY', 'JWT_SECRET_KEY', 'SESSION_SECRET', 'CSRF_TOKEN', 'WEBHOOK_SECRET', 'ENCRYPTION_KEY'];
    const res = cli(['generate', '--env-lines', keys.join(','), '--format', 'hex'], tempDir());
    expect(res.code).toBe(0);
    const lines = res.stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.split('=')[0])).toEqual(keys);
    const values = lines.map((l) => l.slice(l.indexOf('=') + 1));
    for (const v of values) expect(v).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(values).size).toBe(keys.length);
  });

  it('writes a .env that passes the production policy', () => {
    const dir = tempDir();
    const lines = cli(['generate', '--env-lines', 'SECRET_KEY,JWT_SECRET_KEY,API_TOKEN'], dir).stdout;
    write(dir, { '.env': lines });
    const res = cli(['env-check', '--env', 'production'], dir);
    expect(res.stdout).toContain('no problems');
    expect(res.code).toBe(0);
  });

  it.each([
    [['--bytes', '8'], '--bytes must be a whole number from 16 (128 bits) to 1024; got 8'],
    [['--bytes', '4096'], 'got 4096'],
    [['--bytes', '20.5'], 'got 20.5'],
    [['--bytes', 'many'], '--bytes must be a whole number from 16 (128 bits) to 1024; got many'],
    [['--format', 'base32'], 'Invalid values'],
    [['--env-lines', 'GOOD,1BAD'], '--env-lines: "1BAD" is not a variable name'],
    [['--env-lines', 'A,B,A'], '--env-lines: A is listed twice'],
    [['--env-lines', ','], '--env-lines needs variable names'],
  ])('exits 2 for %j', (args, message) => {
    const res = cli(['generate', ...args], tempDir());
    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain(message);
  });
});

describe('generateSecret', () => {
  it('gives 10,000 distinct values in each format', () => {
    for (const format of ['urlsafe', 'hex', 'base64'] as const) {
      const seen = new Set<string>();
      for (let i = 0; i < 10_000; i++) {
        const v = generateSecret(32, format);
        expect(v).toHaveLength(encodedLength(32, format));
        expect(v).toMatch(ALPHABET[format]);
        seen.add(v);
      }
      expect(seen.size).toBe(10_000);
    }
  });

  it('draws again when a draw would fail env-check, and takes the next good one', () => {
    const good = seededBytes('good draw', 32);
    // bytes whose encoding spells a weak word: the first characters are set by the first bytes alone
    const spelled = Buffer.from(`Secret${encodeSecret(good, 'urlsafe').slice(6)}`, 'base64url');
    expect(encodeSecret(spelled, 'urlsafe').startsWith('Secret')).toBe(true);
    const draws = [Buffer.alloc(32, 0), spelled, good];
    const source = (n: number) => {
      const b = draws.shift() ?? randomBytes(n);
      return b;
    };
    expect(generateSecret(32, 'urlsafe', source)).toBe(encodeSecret(good, 'urlsafe'));
    expect(draws).toEqual([]);
  });

  it('fails loudly on a broken random source instead of looping', () => {
    expect(() => generateSecret(32, 'urlsafe', (n) => Buffer.alloc(n, 7))).toThrow('keeps producing weak values');
    const fixed = seededBytes('same', 32);
    expect(() => generateEnvLines(['A', 'B'], 32, 'hex', () => fixed)).toThrow('keeps repeating itself');
  });
});
