// Real git repositories in temp dirs, and the real CLI. No mocks.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { base62, crc32, BASE62 } from '../../src/rules/lib/checksum.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/scan-secrets.js');

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
};

/** A clean environment for child processes: no hook variables leaking in from the caller. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...GIT_ENV };
  for (const k of Object.keys(env)) if (k.startsWith('GIT_') && !(k in GIT_ENV)) delete env[k];
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  delete env.CI;
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export function tempDir(prefix = 'scan-secrets-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export class Repo {
  readonly dir: string;
  constructor(dir?: string) {
    this.dir = dir ?? tempDir();
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.email', 'test@example.invalid');
    this.git('config', 'user.name', 'Test');
    this.git('config', 'commit.gpgsign', 'false');
  }
  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: cleanEnv(), encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
  }
  write(path: string, content: string | Buffer): this {
    const abs = join(this.dir, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
    return this;
  }
  add(...paths: string[]): this {
    this.git('add', '--', ...(paths.length ? paths : ['.']));
    return this;
  }
  commit(message = 'commit'): this {
    this.git('commit', '-q', '--no-verify', '-m', message);
    return this;
  }
  scan(...args: string[]) {
    return runCli(args, { cwd: this.dir });
  }
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { cwd: string; input?: string | Buffer; env?: Record<string, string | undefined> }): CliResult {
  const res = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd, input: opts.input, env: cleanEnv(opts.env), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
  });
  return { code: res.status ?? -1, stdout: res.stdout, stderr: res.stderr };
}

/** A GitHub-format token with a valid checksum: random, never a real credential. */
export function fakeGithubToken(prefix = 'ghp_'): string {
  const bytes = randomBytes(30);
  let body = '';
  for (const b of bytes) body += BASE62[b % 62];
  return prefix + body + base62(crc32(body), 6);
}
