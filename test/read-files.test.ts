// Reading files from disk: a link is never followed, a FIFO never blocks the scan, and the
// content read is what is on disk (the read buffer is reused between files, so a short file
// after a long one must not see its tail).

import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { githubToken } from './helpers/history-repo.ts';
import { ensureBuilt, runCli } from './helpers/run-built-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'scan-secrets-files-'));
const secret = githubToken();
// Over 48 KB: read as bytes and decoded a piece at a time (src/engine/pieces.ts).
const large = { token: githubToken(), last: githubToken(), key: generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
const filler = (n: number) => 'const label = "café, 日本語, 🙂"; // ½\n'.repeat(n);
beforeAll(() => {
  writeFileSync(join(dir, 'large.ts'), `${filler(3000)}token = "${large.token}"\n${filler(2000)}${large.key}${filler(2000)}const last = "${large.last}";`);
  writeFileSync(join(dir, 'large-bom.ts'), `\uFEFFtoken = "${large.token}"\n${filler(3000)}`);
  ensureBuilt();
  writeFileSync(join(dir, 'a-long.txt'), `${'x'.repeat(50_000)}\ntoken = "${secret}"\n`);
  writeFileSync(join(dir, 'b-short.txt'), 'short\n');
  writeFileSync(join(dir, 'target.txt'), `token = "${githubToken()}"\n`);
  symlinkSync(join(dir, 'target.txt'), join(dir, 'link.txt'));
  expect(spawnSync('mkfifo', [join(dir, 'pipe')]).status).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading files', () => {
  it('reads a large file a piece at a time and reports each secret on its line, on one thread or several', () => {
    const expected = [
      ['large.ts', 3001, large.token],
      ['large.ts', 5002, large.key.trimEnd()],
      ['large.ts', 5002 + large.key.split('\n').length - 1 + 2000, large.last],
    ];
    // After a byte-order mark, which is not part of the text: column 10 of line 1.
    expected.push(['large-bom.ts', 1, large.token]);
    for (const env of [{ SCAN_SECRETS_THREADS: '1' }, { SCAN_SECRETS_INLINE_BYTES: '0' }]) {
      const res = runCli(['--no-git', '--format', 'json', '--no-redact', 'large.ts', 'large-bom.ts'], { cwd: dir, env });
      expect(res.status, res.stderr).toBe(1);
      const doc = JSON.parse(res.stdout);
      expect(doc.findings.map((f: { file: string; secret: string; line: number }) => [f.file, f.line, f.secret])).toEqual(expected);
      expect(doc.findings.at(-1).column).toBe(10);
    }
  });

  it('reads large standard input a piece at a time too', () => {
    const input = `${filler(3000)}token = "${large.token}"\n${filler(2000)}`;
    const res = runCli(['-', '--stdin-filename', 'big.ts', '--format', 'json', '--no-redact'], { cwd: dir, input });
    expect(res.status, res.stderr).toBe(1);
    expect(JSON.parse(res.stdout).findings.map((f: { file: string; secret: string; line: number }) => [f.file, f.line, f.secret])).toEqual([['big.ts', 3001, large.token]]);
  });

  it('reads each file whole, skips links and FIFOs, and never blocks', () => {
    const res = runCli(['--no-git', '--format', 'json', '--no-redact', '--verbose', 'a-long.txt', 'b-short.txt', 'link.txt', 'pipe'], { cwd: dir });
    expect(res.status, res.stderr).toBe(1);
    const doc = JSON.parse(res.stdout);
    expect(doc.findings.map((f: { file: string; secret: string; line: number }) => [f.file, f.line, f.secret])).toEqual([['a-long.txt', 2, secret]]);
    expect(doc.stats.skipped).toBe(2); // the link and the FIFO
    const text = runCli(['--no-git', '--verbose', 'link.txt', 'pipe', 'b-short.txt'], { cwd: dir });
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('link.txt: symlink (not followed)');
    expect(text.stdout).toContain('pipe: not a regular file');
  });
});
