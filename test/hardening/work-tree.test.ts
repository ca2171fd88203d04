// Modes that read a work tree (--staged, --all-files, --pre-commit, --history) say why there is
// none, in one line with exit 2: "not inside a git repository" would send people the wrong way
// when git is missing, the repository is bare, the scan runs inside .git, or git refuses a
// repository another user owns.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Repo } from '../helpers/repo.ts';
import { cleanEnv, fakeGithubToken, runCli, tempDir } from './helpers.ts';
import type { CliResult } from './helpers.ts';

const PLAIN = 'scan plain files with: scan-secrets --no-git PATH...';
const BYPASS = 'To commit anyway, on purpose: git commit --no-verify (or SKIP=scan-secrets with pre-commit).';

function expectError(r: CliResult, message: string): void {
  expect(r).toEqual({ code: 2, stdout: '', stderr: `scan-secrets: ${message}\n` });
}

describe('no work tree', () => {
  const repo = new Repo();
  repo.write('a.txt', `token = ${fakeGithubToken()}\n`).add().commit();

  it('git missing from PATH', () => {
    const env = { PATH: '/nonexistent' };
    const missing = (mode: string) => `git was not found on PATH, so ${mode} has nothing to read; install git, or ${PLAIN}`;
    expectError(runCli(['--all-files'], { cwd: repo.dir, env }), missing('--all-files'));
    // In a repository, --staged is the hook: the commit it stops gets the way round it.
    expectError(runCli(['--staged'], { cwd: repo.dir, env }), `${missing('--staged')} The commit was stopped because the scan could not run. ${BYPASS}`);
    // A path scan does not need git: without it, it walks everything (more, never less).
    expect(runCli(['.'], { cwd: repo.dir, env }).code).toBe(1);
  });

  it('a bare repository, the .git folder, a repository another user owns, and no repository', () => {
    const bare = tempDir();
    expect(spawnSync('git', ['clone', '-q', '--bare', repo.dir, bare], { env: cleanEnv() }).status).toBe(0);
    const isBare = 'this is a bare repository (no work tree, no index)';
    const fix = 'run it in a clone that has a work tree (--history works here)';
    expectError(runCli(['--staged'], { cwd: bare }), `${isBare}, so --staged has nothing to read; ${fix}`);
    expectError(runCli(['--all-files'], { cwd: bare }), `${isBare}, so --all-files has nothing to read; ${fix}`);
    expectError(runCli(['--pre-commit', 'a.txt'], { cwd: bare }), `${isBare}, so --pre-commit has nothing to read; ${fix}`);
    expectError(runCli(['--all-files'], { cwd: join(repo.dir, '.git') }), 'this is inside the .git folder, not the work tree, so --all-files has nothing to read; run it from the work tree');
    expectError(
      runCli(['--history'], { cwd: repo.dir, env: { GIT_TEST_ASSUME_DIFFERENT_OWNER: '1' } }),
      `git refuses this repository because another user owns it, so --history has nothing to read; run as its owner, or trust it with: git config --global --add safe.directory ${repo.dir}`,
    );
    expectError(runCli(['--staged'], { cwd: tempDir() }), `not inside a git repository, so --staged has nothing to read; ${PLAIN}`);
  });
});
