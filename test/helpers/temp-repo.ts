// A repository that config, directive and baseline tests shape file by file and scan with the
// real CLI, in folders below it, and then remove. Built on the shared helpers in repo.ts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes, randomInt } from 'node:crypto';
import { base62, crc32, BASE62 } from '../../src/rules/lib/checksum.ts';
import { cleanEnv, runCli, tempDir } from './repo.ts';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export class TempRepo {
  readonly dir: string;
  constructor(opts: { git?: boolean } = {}) {
    this.dir = tempDir('scan-secrets-cfg-');
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
    return execFileSync('git', args, { cwd: this.dir, env: cleanEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  commitAll(message = 'change'): void {
    this.git('add', '-A');
    this.git('commit', '-q', '--no-verify', '-m', message);
  }

  /** Runs the real CLI in the repo (or a folder of it). */
  run(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}): Run {
    return runCli(args, { cwd: opts.cwd ? this.path(opts.cwd) : this.dir, input: opts.input, env: { NO_COLOR: '1', ...opts.env } });
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
