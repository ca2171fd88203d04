// Real repositories in temp folders and the real CLI: what the tests of config, directives and
// baselines run against.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { randomBytes, randomInt } from 'node:crypto';
import { base62, crc32, BASE62 } from '../../src/rules/lib/checksum.ts';

export const BIN = resolve(import.meta.dirname, '../../bin/scan-secrets.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export class TempRepo {
  readonly dir: string;
  constructor(opts: { git?: boolean } = {}) {
    this.dir = mkdtempSync(join(tmpdir(), 'scan-secrets-cfg-'));
    if (opts.git !== false) {
      this.git('init', '-q', '-b', 'main');
      this.git('config', 'user.email', 'dev@example.org');
      this.git('config', 'user.name', 'Dev');
      this.git('config', 'commit.gpgsign', 'false');
    }
  }

  path(rel: string): string {
    return join(this.dir, rel);
  }

  write(rel: string, text: string): this {
    const file = this.path(rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    return this;
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  commitAll(message = 'change'): void {
    this.git('add', '-A');
    this.git('commit', '-q', '--no-verify', '-m', message);
  }

  /** Runs the real CLI in the repo (or a folder of it). */
  run(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}): Run {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...opts.env };
    delete env.GIT_INDEX_FILE;
    delete env.GIT_DIR;
    const res = spawnSync(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ? this.path(opts.cwd) : this.dir,
      input: opts.input,
      encoding: 'utf8',
      env,
      timeout: 60_000,
    });
    if (res.error) throw res.error;
    return { code: res.status ?? -1, stdout: res.stdout, stderr: res.stderr };
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function randomBase62(n: number): string {
  let s = '';
  while (s.length < n) {
    const c = BASE62[randomInt(62)];
    s += c;
  }
  return s;
}

/** A random GitHub token of the 2021 format with a valid CRC-32 (never a real one). */
export function githubToken(prefix = 'ghp_'): string {
  const body = randomBase62(30);
  return `${prefix}${body}${base62(crc32(body), 6)}`;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** A random AWS access key id shape (AKIA + 16 base32). */
export function awsKeyId(): string {
  let s = 'AKIA';
  for (let i = 0; i < 16; i++) s += BASE32[randomInt(32)];
  return s;
}

/** A random lower-case alphanumeric string. */
export function randomToken(n: number, alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'): string {
  const bytes = randomBytes(n);
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[bytes[i] % alphabet.length];
  return s;
}

/** Findings of a `--format json` run. */
export function findings(run: Run): { ruleId: string; file: string; line: number | null; fingerprint: string }[] {
  return (JSON.parse(run.stdout) as { findings: { ruleId: string; file: string; line: number | null; fingerprint: string }[] }).findings;
}
