// Shared by the hook tests: real temporary repositories, the real CLI, real git, and freshly
// generated credentials (never a fixed string, so nothing here is a secret or a fixture).

import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPlaceholder } from '../../src/engine/filters.ts';
import { BASE62, base62, crc32 } from '../../src/rules/lib/checksum.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = join(ROOT, 'bin', 'scan-secrets.js');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr, for messages whose stream does not matter to the test */
  out: string;
}

/**
 * The environment every child gets: no global or system git config (a developer's
 * core.hooksPath or signing setup must not leak in), no git variables from a surrounding hook,
 * and a fixed identity.
 */
export function baseEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) if (/^(GIT_|PRE_COMMIT|HUSKY$|SKIP$|npm_)/.test(k)) delete env[k];
  Object.assign(env, {
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Hook Test',
    GIT_AUTHOR_EMAIL: 'hooks@scan-secrets.invalid',
    GIT_COMMITTER_NAME: 'Hook Test',
    GIT_COMMITTER_EMAIL: 'hooks@scan-secrets.invalid',
    NO_COLOR: '1',
  });
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export function run(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; input?: string } ): Run {
  const res = spawnSync(cmd, args, { cwd: opts.cwd, env: opts.env ?? baseEnv(), input: opts.input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (res.error) throw res.error;
  return { status: res.status, stdout: res.stdout, stderr: res.stderr, out: `${res.stdout}${res.stderr}` };
}

/** git that must succeed. */
export function git(cwd: string, args: string[], env?: NodeJS.ProcessEnv): string {
  const r = run('git', args, { cwd, env });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed (${r.status}):\n${r.out}`);
  return r.stdout;
}

export function cli(cwd: string, args: string[], env?: NodeJS.ProcessEnv): Run {
  return run(process.execPath, [CLI, ...args], { cwd, env });
}

const made: string[] = [];
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `scan-secrets-${prefix}-`));
  made.push(dir);
  return dir;
}
export function removeTempDirs(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function newRepo(prefix = 'repo', dir = tempDir(prefix)): string {
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['config', 'commit.gpgsign', 'false']);
  return dir;
}

export function write(dir: string, path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

/**
 * A directory holding `scan-secrets` (the CLI under test) and nothing else, for PATH: the way a
 * global install or node_modules/.bin puts it there.
 */
export function binDir(): string {
  const dir = tempDir('bin');
  symlinkSync(CLI, join(dir, 'scan-secrets'));
  return dir;
}

export function withPath(dir: string, env: NodeJS.ProcessEnv = baseEnv()): NodeJS.ProcessEnv {
  return { ...env, PATH: `${dir}${delimiter}${env.PATH ?? ''}` };
}

/** A GitHub personal access token in GitHub's format (random body, valid CRC-32), made now. */
export function githubToken(): string {
  for (;;) {
    let body = '';
    for (let i = 0; i < 30; i++) body += BASE62[randomInt(62)];
    const token = `ghp_${body}${base62(crc32(body), 6)}`;
    if (!isPlaceholder(token)) return token;
  }
}

export function headSha(dir: string): string | undefined {
  const r = run('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd: dir });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

export function commitCount(dir: string): number {
  const r = run('git', ['rev-list', '--count', 'HEAD'], { cwd: dir });
  return r.status === 0 ? Number(r.stdout.trim()) : 0;
}

/** The pre-commit framework must be installed (CI: .ci/run installs Debian's package). */
export function requirePreCommit(): void {
  const r = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error('these tests run the real pre-commit framework, which is not installed: apt-get install pre-commit (or pip install pre-commit)');
  }
}

