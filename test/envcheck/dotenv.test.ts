import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastWins, parseDotenv } from '../../src/envcheck/dotenv.ts';

const values = (text: string) => Object.fromEntries(parseDotenv(text).entries.map((e) => [e.key, e.value]));

describe('parseDotenv', () => {
  it('reads plain assignments, export, spaces around = and comments', () => {
    const parsed = parseDotenv('# a comment\n\nA=1\nexport B=two\n  C = three  \nD=\n\t# indented comment\nE=x # trailing comment\n');
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((e) => [e.key, e.value, e.line])).toEqual([
      ['A', '1', 3], ['B', 'two', 4], ['C', 'three', 5], ['D', '', 6], ['E', 'x', 8],
    ]);
  });

  it('keeps a # inside an unquoted value (a password), and = after the first', () => {
    expect(values('P=p#ss#word\nQ=a=b=c\nR=#fff\nS= # only a comment\n')).toEqual({ P: 'p#ss#word', Q: 'a=b=c', R: '#fff', S: '' });
  });

  it('reads single, double and backtick quotes; escapes only in double quotes', () => {
    const v = values(`S='it''s'\nS1='a\\nb # not a comment'\nD="a\\nb\\t\\"c\\" \\\\ \\x"\nB=\`raw \\n\`\nE="" # empty\n`);
    expect(v.S1).toBe('a\\nb # not a comment');
    expect(v.D).toBe('a\nb\t"c" \\ \\x');
    expect(v.B).toBe('raw \\n');
    expect(v.E).toBe('');
    // `'it''s'`: a closing quote followed by more text is an error, not a silent join.
    expect(parseDotenv("S='it''s'\n").errors).toEqual([{ line: 1, message: 'S: unexpected text after the closing quote' }]);
  });

  it('reads multi-line quoted values and keeps line numbers right after them', () => {
    const text = 'KEY="-----BEGIN PRIVATE KEY-----\nMIIB\nabc\n-----END PRIVATE KEY-----"\nNEXT=1\nS=\'x\ny\'\nLAST=2\n';
    const { entries, errors } = parseDotenv(text);
    expect(errors).toEqual([]);
    expect(entries.map((e) => [e.key, e.line, e.endLine])).toEqual([['KEY', 1, 4], ['NEXT', 5, 5], ['S', 6, 7], ['LAST', 8, 8]]);
    expect(entries[0].value).toBe('-----BEGIN PRIVATE KEY-----\nMIIB\nabc\n-----END PRIVATE KEY-----');
  });

  it('reads CRLF files and a BOM the same as LF files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dotenv-'));
    writeFileSync(join(dir, '.env'), '\uFEFFA=1\r\nexport B="x\r\ny"\r\nC=3 # c\r\n');
    const { entries, errors } = parseDotenv(readFileSync(join(dir, '.env'), 'utf8'));
    expect(errors).toEqual([]);
    expect(entries.map((e) => [e.key, e.value, e.line])).toEqual([['A', '1', 1], ['B', 'x\ny', 2], ['C', '3', 4]]);
  });

  it('reports malformed lines by number without echoing them', () => {
    const secretish = 'Zq8vN3kLmP0rT5wX';
    const { entries, errors } = parseDotenv(`GOOD=1\nthis is ${secretish}\n1BAD=2\nNOEQ ${secretish}\n`);
    expect(entries.map((e) => e.key)).toEqual(['GOOD']);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(JSON.stringify(errors)).not.toContain(secretish);
  });

  it('stops at an unclosed quote and names the line it opened on', () => {
    const { entries, errors } = parseDotenv('A=1\nB="never closed\nC=3\n');
    expect(entries.map((e) => e.key)).toEqual(['A']);
    expect(errors).toEqual([{ line: 2, message: 'B: the double quote that opens the value is never closed' }]);
  });
});

describe('lastWins', () => {
  it('keeps the last assignment and reports repeated keys', () => {
    const { vars, duplicates } = lastWins(parseDotenv('A=1\nB=2\nA=3\n').entries);
    expect(vars.get('A')?.value).toBe('3');
    expect(duplicates).toEqual([{ key: 'A', lines: [1, 3] }]);
  });
});
