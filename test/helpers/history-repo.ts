// Real git repositories for tests: temp dirs, hermetic config, one commit per hour from a
// fixed start so commit order and dates are the same on every run. And random credentials
// in real formats (never anyone's), re-drawn if they happen to read as a placeholder.

import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isPlaceholder } from '../../src/engine/filters.ts';
import { BASE62, base62, crc32 } from '../../src/rules/lib/checksum.ts';
import { HERMETIC_GIT_ENV } from './run-built-cli.ts';

const START = 1_600_000_000;

export class TestRepo {
  readonly dir: string;
  private tick = 0;

  constructor(prefix = 'scan-secrets-history-') {
    this.dir = mkdtempSync(join(tmpdir(), prefix));
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.name', 'Test Person');
    this.git('config', 'user.email', 'person@repo.test');
    this.git('config', 'commit.gpgsign', 'false');
  }

  /** Runs git; throws on failure unless allowFail. */
  git(...args: string[]): string {
    return this.gitResult(args).stdout;
  }

  gitResult(args: string[], allowFail = false): { status: number | null; stdout: string; stderr: string } {
    const when = `${START + this.tick * 3600} +0000`;
    const res = spawnSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...process.env, ...HERMETIC_GIT_ENV, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when },
    });
    if (res.status !== 0 && !allowFail) throw new Error(`git ${args.join(' ')}: ${res.stderr}`);
    return { status: res.status, stdout: res.stdout, stderr: res.stderr };
  }

  write(path: string, content: string | Buffer): void {
    const abs = join(this.dir, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }

  remove(path: string): void {
    rmSync(join(this.dir, path));
  }

  /** Stages everything and commits; returns the new commit id. */
  commit(message: string): string {
    this.tick++;
    this.git('add', '-A');
    this.git('commit', '-q', '--no-verify', '-m', message);
    return this.head();
  }

  head(): string {
    return this.git('rev-parse', 'HEAD').trim();
  }

  /** `git merge --no-ff`; returns the merge commit, or undefined when it stopped on a conflict. */
  merge(branch: string, message: string): string | undefined {
    this.tick++;
    const res = this.gitResult(['merge', '--no-ff', '-q', '-m', message, branch], true);
    return res.status === 0 ? this.head() : undefined;
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function random(alphabet: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[randomInt(alphabet.length)];
  return s;
}

function draw(make: () => string): string {
  for (;;) {
    const t = make();
    if (!isPlaceholder(t)) return t;
  }
}

/** A GitHub classic token with a valid CRC-32 checksum. */
export function githubToken(): string {
  return draw(() => {
    const body = random(BASE62, 30);
    return `ghp_${body}${base62(crc32(body), 6)}`;
  });
}

/** An AWS access key id. */
export function awsKeyId(): string {
  return draw(() => `AKIA${random('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`);
}
