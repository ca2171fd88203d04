// Bytes as they come: BOMs (UTF-8, UTF-16 LE/BE, UTF-32), bytes that only look like a BOM,
// invalid UTF-8, NUL bytes, and CRLF / CR-only / mixed line endings. A secret must be found at
// the right line and column, and a file not scanned must be a counted skip.
//
// What a line is (docs/hardening.md): a line ends at LF, and CRLF counts as one ending; a lone
// CR is an ordinary character. That is git's view (the line numbers of a staged scan come from
// git's diff), grep's, and SARIF's default (newlineSequences ["\r\n", "\n"]), so every mode and
// format agrees. Columns count UTF-16 code units from 1 (SARIF columnKind utf16CodeUnits), after
// any BOM.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Repo } from '../helpers/repo.ts';
import { fakeGithubToken, runCli, tempDir } from './helpers.ts';

interface Finding { ruleId: string; file: string; line: number; column: number; endLine: number; endColumn: number; secret: string }
const findings = (out: string) => (JSON.parse(out) as { findings: Finding[] }).findings.filter((f) => f.ruleId === 'github-pat');

function utf16(text: string, le: boolean): Buffer {
  const body = Buffer.from(text, 'utf16le');
  if (!le) body.swap16();
  return Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

function utf32(text: string, le: boolean): Buffer {
  const cps = [...text].map((c) => c.codePointAt(0)!);
  const out = Buffer.alloc(4 + cps.length * 4);
  if (le) out.writeUInt32LE(0xfeff, 0);
  else out.writeUInt32BE(0xfeff, 0);
  cps.forEach((cp, i) => (le ? out.writeUInt32LE(cp, 4 + i * 4) : out.writeUInt32BE(cp, 4 + i * 4)));
  return out;
}

/**
 * Every way of scanning each file: walked, staged (from the index), tracked, and standard input.
 * One repository holds all the cases, so each mode runs once.
 */
function scanEveryWay(files: Record<string, Buffer>): Map<string, Finding[][]> {
  const repo = new Repo();
  repo.write('README.md', 'hi\n').add().commit();
  for (const [name, bytes] of Object.entries(files)) repo.write(name, bytes);
  const json = ['--format', 'json', '--no-redact'];
  const runs = [repo.scan('--no-git', ...json, '.')];
  repo.add();
  runs.push(repo.scan('--staged', ...json));
  repo.commit();
  runs.push(repo.scan('--all-files', ...json));
  for (const r of runs) expect(r.stderr).toBe('');
  const out = new Map<string, Finding[][]>();
  for (const [name, bytes] of Object.entries(files)) {
    const stdin = runCli(['-', ...json, '--stdin-filename', name], { cwd: repo.dir, input: bytes });
    expect(stdin.stderr).toBe('');
    out.set(name, [...runs.map((r) => findings(r.stdout).filter((f) => f.file === name)), findings(stdin.stdout)]);
  }
  return out;
}

const token = fakeGithubToken();
const file = (name: string) => `${name.replace(/\W+/g, '-')}.txt`;

const BOMS: [string, (t: string) => Buffer][] = [
  ['UTF-8 BOM', (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)])],
  ['UTF-16 LE BOM', (t) => utf16(t, true)],
  ['UTF-16 BE BOM', (t) => utf16(t, false)],
  ['UTF-32 LE BOM', (t) => utf32(t, true)],
  ['UTF-32 BE BOM', (t) => utf32(t, false)],
];
// an astral character (two UTF-16 code units) before the token: columns count code units
const BOM_TEXT = `# config\r\nname = "café"\r\n  😀 token = "${token}"\r\n`;
// FF FE in front of 8-bit text: the secret after it is found
const fake = fakeGithubToken();
const FAKE_BOM = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`KEY=1\ntoken = ${fake}\n`)]);
// line 2 starts with two bytes of a cut-off 3-byte sequence
const INVALID_UTF8 = Buffer.concat([Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0x0a, 0xe2, 0x82]), Buffer.from(` token=${token} `), Buffer.from([0xf0, 0x28, 0x8c, 0xbc, 0x0a])]);
const ENDINGS: [string, string, number, number][] = [
  // [name, text, expected line, expected column]
  ['LF', `a\nb\n  token = ${token}\n`, 3, 11],
  ['CRLF', `a\r\nb\r\n  token = ${token}\r\n`, 3, 11],
  // a lone CR does not end a line: line 1, and the column counts the CRs before it
  ['CR only', `a\rb\r  token = ${token}\r`, 1, 15],
  ['mixed', `a\r\nb\rc\n\r\n  token = ${token}\n`, 4, 11],
  ['CRLF, secret last with no newline', `a\r\n\r\n\r\ntoken = ${token}`, 4, 9],
];

// Every case in one repository, so each mode runs once for all of them.
let all: Map<string, Finding[][]>;
beforeAll(() => {
  all = scanEveryWay({
    ...Object.fromEntries(BOMS.map(([name, encode]) => [file(name), encode(BOM_TEXT)])),
    'fake-bom.txt': FAKE_BOM,
    'mixed.bin.txt': INVALID_UTF8,
    ...Object.fromEntries(ENDINGS.map(([name, text]) => [file(name), Buffer.from(text)])),
  });
});

describe('byte order marks', () => {
  it('each is found at the right line and column, in every mode; FF FE over 8-bit text is not UTF-16', () => {
    for (const [name] of BOMS) {
      for (const found of all.get(file(name))!) {
        expect(found, name).toEqual([expect.objectContaining({ line: 3, column: 15, endLine: 3, endColumn: 15 + token.length, secret: token })]);
      }
    }
    for (const found of all.get('fake-bom.txt')!) expect(found).toEqual([expect.objectContaining({ line: 2, column: 9, secret: fake })]);
  });
});

describe('invalid UTF-8 and NUL bytes', () => {
  it('invalid UTF-8 around a secret does not hide it or move it', () => {
    // one U+FFFD for each byte of the cut-off sequence, then a space: column 9
    for (const found of all.get('mixed.bin.txt')!) expect(found).toEqual([expect.objectContaining({ line: 2, column: 9, secret: token })]);
  });

  it('a NUL byte in the first 8,000 makes a file binary: skipped, counted, listed with --verbose', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'nul.dat'), Buffer.concat([Buffer.from('a\0b\n'), Buffer.from(`token = ${fakeGithubToken()}\n`)]));
    writeFileSync(join(dir, 'late-nul.txt'), Buffer.concat([Buffer.from(`token = ${fakeGithubToken()}\n`), Buffer.alloc(9000, 0x20), Buffer.from([0])]));
    const r = runCli(['--no-git', '--verbose', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('late-nul.txt:1:9  github-pat');
    expect(r.stdout).toContain('  nul.dat: binary');
    expect(r.stdout).toMatch(/2 files scanned .*, 1 skipped\)/);
  });
});

describe('line endings', () => {
  it('LF, CRLF, CR only and mixed: every mode agrees on line and column', () => {
    for (const [name, , line, column] of ENDINGS) {
      for (const found of all.get(file(name))!) {
        expect(found, name).toEqual([expect.objectContaining({ line, column, endLine: line, endColumn: column + token.length, secret: token })]);
      }
    }
  });

  it('SARIF and text report the same place as JSON', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'crlf.txt'), `x\r\ny\r\n  token = ${token}\r\n`);
    const sarif = JSON.parse(runCli(['--no-git', '--format', 'sarif', 'crlf.txt'], { cwd: dir }).stdout);
    const region = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'github-pat').locations[0].physicalLocation.region;
    expect(region).toEqual({ startLine: 3, startColumn: 11, endLine: 3, endColumn: 11 + token.length });
    expect(runCli(['--no-git', 'crlf.txt'], { cwd: dir }).stdout).toContain('crlf.txt:3:11  github-pat');
  });
});
