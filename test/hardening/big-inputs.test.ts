// Inputs at the sizes that break scanners: one 50 MB line, 100,000 tiny files, a file holding
// 150,000 secrets, 150,000 files to skip, and random bytes. Each must finish (vitest's timeout
// is the hang detector) without a crash, with the right exit code and the secret found. No test
// here asserts a time (speed is measured by npm run bench); memory is bounded by a heap cap.
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.ts';
import type { Job } from '../../src/parallel/job.ts';
import { builtinRules } from '../../src/rules/index.ts';
import { runScan } from '../../src/scan.ts';
import type { Source } from '../../src/scanners/types.ts';
import { fakeGithubToken, runCli, tempDir } from './helpers.ts';

const MB = 1024 * 1024;

/** n characters of lowercase words: text that looks like text, and is cheap to make. */
function words(n: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const bytes = randomBytes(Math.min(n, MB) * 2);
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; len < Math.min(n, MB); ) {
    const k = 3 + (bytes[i++ % bytes.length] % 8);
    let w = '';
    for (let j = 0; j < k; j++) w += letters[bytes[i++ % bytes.length] % 26];
    parts.push(w);
    len += k + 1;
  }
  const chunk = parts.join(' ').slice(0, MB);
  return chunk.repeat(Math.ceil(n / chunk.length)).slice(0, n);
}

describe('big inputs', () => {
  it('one 50 MB line with a token in the middle: found at its column, in bounded memory', { timeout: 120_000 }, () => {
    const dir = tempDir();
    const token = fakeGithubToken();
    const half = words(25 * MB);
    writeFileSync(join(dir, 'one-line.txt'), `${half} token = ${token} ${half}`);
    try {
      // The memory bound: a heap of under four times the file. A scan that held several copies
      // of the text (lines split out, a UTF-16 copy per rule) runs out of memory and crashes.
      const r = runCli(['--no-git', '--format', 'json', '--no-redact', 'one-line.txt'], { cwd: dir, env: { NODE_OPTIONS: '--max-old-space-size=192' } });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      const found = JSON.parse(r.stdout).findings as { ruleId: string; line: number; column: number; secret: string; message?: string }[];
      expect(found.find((f) => f.ruleId === 'github-pat')).toMatchObject({ line: 1, column: half.length + 10, secret: token });
      // and the size rule says why a 50 MB file does not belong in git
      expect(found.find((f) => f.ruleId === 'file-too-large')?.message).toBe('50.0 MB, over the limit of 500 KB');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('100,000 tiny files, one holding a token', { timeout: 120_000 }, () => {
    const dir = tempDir();
    try {
      // Hard links make the files several times faster than writing each: still 100,000 names
      // to list, open and read (a folder's worth per inode: file systems cap links per inode).
      for (let d = 0; d < 100; d++) {
        const sub = join(dir, `d${String(d).padStart(3, '0')}`);
        mkdirSync(sub);
        writeFileSync(join(sub, 'f0.txt'), `v${d}\n`);
        for (let f = 1; f < 1000; f++) linkSync(join(sub, 'f0.txt'), join(sub, `f${f}.txt`));
      }
      const token = fakeGithubToken();
      rmSync(join(dir, 'd042', 'f500.txt'));
      writeFileSync(join(dir, 'd042', 'f500.txt'), `token = ${token}\n`);
      const r = runCli(['--no-git', '--format', 'json', '.'], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      const doc = JSON.parse(r.stdout);
      expect(doc.stats).toMatchObject({ files: 100_000, skipped: 0 });
      expect(doc.findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`)).toEqual(['d042/f500.txt:1']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('one file holding 150,000 tokens: every one reported (more than a call can take as arguments)', { timeout: 120_000 }, () => {
    const dir = tempDir();
    try {
      // 1,000 tokens, each on 150 lines: every line is its own finding, and the file is quick to make.
      const tokens = Array.from({ length: 1000 }, () => fakeGithubToken());
      writeFileSync(join(dir, 'dump.txt'), `${Array.from({ length: 150_000 }, (_, i) => `t=${tokens[i % 1000]}`).join('\n')}\n`);
      const r = runCli(['--no-git', '--output', 'report.txt', 'dump.txt'], { cwd: dir });
      expect(r.stderr).toBe('scan-secrets: 150001 problems found; report written to report.txt\n');
      expect(r.code).toBe(1);
      expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toMatch(/✖ 150001 problems in 1 file \(1 file scanned in \d+ ms\)\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('150,000 files skipped: each counted (more than a call can take as arguments)', async () => {
    // Binary content is a counted skip; 150,000 of them, as jobs, through the scan's own loop.
    const source: Source = {
      label: 'in test jobs',
      skipped: [],
      targets: () => { throw new Error('runScan uses jobs()'); },
      async *jobs(): AsyncIterable<Job> {
        for (let i = 0; i < 150_000; i++) yield { kind: 'bytes', path: `f${i}.bin`, bytes: new Uint8Array([0, 1, 2]), origin: { kind: 'file' } };
      },
    };
    const result = await runScan(source, new Engine(builtinRules), undefined, { threads: 1 });
    expect(result.stats.skipped).toHaveLength(150_000);
    expect(result.stats.skipped[149_999]).toEqual({ path: 'f149999.bin', reason: 'binary' });
  });

  it('random bytes, with and without BOMs and NULs: exit 0 or 1, never an error', () => {
    const dir = tempDir();
    const boms = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xff, 0xfe, 0, 0]];
    boms.forEach((bom, i) => {
      // no NUL in the first 8,000 bytes, so each is decoded and scanned as text
      const body = Buffer.from(Array.from(randomBytes(MB / 2), (b) => b || 1));
      writeFileSync(join(dir, `random-${i}.txt`), Buffer.concat([Buffer.from(bom), body]));
    });
    writeFileSync(join(dir, 'random-raw.bin'), randomBytes(MB / 2));
    const r = runCli(['--no-git', '--verbose', '.'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
  });
});
