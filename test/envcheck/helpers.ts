// Shared by the env-check tests: temp directories with real files, real git, and the real CLI
// (built once by test/global-setup.ts).
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { generateSecret } from '../../src/envcheck/generate.ts';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const BIN = resolve('bin/scan-secrets.js');

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'scan-secrets-envcheck-'));
}

export function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI with a clean environment: only PATH and HOME plus `env`, so the test
 * runner's own NODE_ENV or CI variables cannot change the outcome.
 */
export function cli(args: string[], cwd: string, env: Record<string, string> = {}): CliResult {
  const res = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, GIT_CONFIG_NOSYSTEM: '1', ...env },
    encoding: 'utf8',
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

export function git(cwd: string, ...args: string[]): string {
  const res = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: cwd, GIT_CONFIG_NOSYSTEM: '1' },
  });
  if (res.status !== 0) throw new Error(`git ${args.join(' ')}: ${res.stderr}`);
  return res.stdout;
}

export function gitRepo(): string {
  const dir = tempDir();
  git(dir, 'init', '-q', '-b', 'main');
  return dir;
}

/** A fresh random secret (base64url) that passes the policy, as a real deploy would hold. */
export function strongSecret(bytes = 32): string {
  return generateSecret(bytes, 'urlsafe');
}

/** A random marker of letters and digits only, to plant inside values and look for in output. */
export function marker(n = 12): string {
  return randomBytes(n * 2).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, n);
}

/** Deterministic pseudo-random bytes (SHA-256 in counter mode): reproducible "random" samples. */
export function seededBytes(seed: string, n: number): Buffer {
  const out: Buffer[] = [];
  for (let i = 0; out.length * 32 < n; i++) out.push(createHash('sha256').update(`${seed}:${i}`).digest());
  return Buffer.concat(out).subarray(0, n);
}
