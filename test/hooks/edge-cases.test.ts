// The ways a commit can be made that have fooled other hooks: a temporary index (`commit -a`,
// `commit <path>`), an amend, a merge resolution, a linked worktree, core.hooksPath, GIT_DIR.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseEnv, binDir, cli, commitCount, git, githubToken, newRepo, removeTempDirs, run, tempDir, withPath, write } from './helpers.ts';

afterAll(removeTempDirs);

const env = withPath(binDir());

function commit(dir: string, args: string[]) {
  return run('git', ['commit', ...args], { cwd: dir, env });
}

function installedRepo(): string {
  const dir = newRepo('edge');
  write(dir, 'app.js', "const a = 1;\n");
  write(dir, 'other.js', "const b = 2;\n");
  git(dir, ['add', '.']);
  git(dir, ['commit', '-q', '-m', 'first']);
  expect(cli(dir, ['install'], env).status).toBe(0);
  return dir;
}

describe('commit edge cases (plain git hook)', () => {
  it('git commit -a: scans the tracked changes git stages on the fly', () => {
    const dir = installedRepo();
    write(dir, 'app.js', `const a = 1;\nconst token = '${githubToken()}';\n`);
    const r = commit(dir, ['-a', '-m', 'edit']);
    expect(r.status).not.toBe(0);
    expect(r.out).toContain('app.js:2:');
    expect(commitCount(dir)).toBe(1);
    // The real index is untouched: the change is still unstaged.
    expect(git(dir, ['diff', '--cached', '--name-only'])).toBe('');
    expect(git(dir, ['diff', '--name-only'])).toBe('app.js\n');
  });

  it('git commit <path>: scans that path, and only that path', () => {
    const dir = installedRepo();
    // Staged in the index but not part of this commit: must not block it.
    write(dir, 'other.js', `const b = '${githubToken()}';\n`);
    git(dir, ['add', 'other.js']);
    write(dir, 'app.js', "const a = 3;\n");
    const clean = commit(dir, ['app.js', '-m', 'only app']);
    expect(clean.status, clean.out).toBe(0);
    expect(git(dir, ['show', '--name-only', '--format=', 'HEAD'])).toBe('app.js\n');

    write(dir, 'app.js', `const a = '${githubToken()}';\n`);
    const refused = commit(dir, ['app.js', '-m', 'app again']);
    expect(refused.status).not.toBe(0);
    expect(refused.out).toContain('app.js:1:');
    expect(refused.out).not.toContain('other.js');
    expect(commitCount(dir)).toBe(2);
  });

  it('git commit --amend: a secret added by the amend is refused, a clean amend passes', () => {
    const dir = installedRepo();
    write(dir, 'app.js', `const a = 1;\nconst key = '${githubToken()}';\n`);
    git(dir, ['add', '.']);
    const refused = commit(dir, ['--amend', '-m', 'first, amended']);
    expect(refused.status).not.toBe(0);
    expect(refused.out).toContain('app.js:2:');
    expect(git(dir, ['log', '-1', '--format=%s'])).toBe('first\n');

    write(dir, 'app.js', "const a = 1;\nconst key = process.env.KEY;\n");
    git(dir, ['add', '.']);
    const ok = commit(dir, ['--amend', '-m', 'first, amended']);
    expect(ok.status, ok.out).toBe(0);
    expect(git(dir, ['log', '-1', '--format=%s'])).toBe('first, amended\n');
    expect(commitCount(dir)).toBe(1);
  });

  it('a merge commit whose conflict resolution adds a secret is refused', () => {
    const dir = installedRepo();
    git(dir, ['checkout', '-q', '-b', 'feature']);
    write(dir, 'app.js', "const a = 'feature';\n");
    git(dir, ['commit', '-q', '-am', 'feature'], env);
    git(dir, ['checkout', '-q', 'main']);
    write(dir, 'app.js', "const a = 'main';\n");
    git(dir, ['commit', '-q', '-am', 'main'], env);
    const merge = run('git', ['merge', 'feature'], { cwd: dir, env });
    expect(merge.status).not.toBe(0);
    expect(merge.out).toContain('CONFLICT');

    write(dir, 'app.js', `const a = 'both';\nconst token = '${githubToken()}';\n`);
    git(dir, ['add', 'app.js']);
    const refused = commit(dir, ['--no-edit']);
    expect(refused.status).not.toBe(0);
    expect(refused.out).toContain('app.js:2:');
    expect(existsSync(join(dir, '.git', 'MERGE_HEAD'))).toBe(true);

    write(dir, 'app.js', "const a = 'both';\n");
    git(dir, ['add', 'app.js']);
    const ok = commit(dir, ['--no-edit']);
    expect(ok.status, ok.out).toBe(0);
    expect(git(dir, ['rev-list', '--parents', '-1', 'HEAD']).trim().split(' ')).toHaveLength(3);
  });

  it('a linked worktree uses the hook installed in the main one, and install from it targets the shared hooks', () => {
    const dir = installedRepo();
    const wt = join(tempDir('worktree'), 'wt');
    git(dir, ['worktree', 'add', '-q', '-b', 'side', wt]);
    write(wt, 'side.txt', `${githubToken()}\n`);
    git(wt, ['add', '.']);
    const refused = commit(wt, ['-m', 'side']);
    expect(refused.status).not.toBe(0);
    expect(refused.out).toContain('side.txt:1:');

    const again = cli(wt, ['install'], env);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`already installed in ${join(dir, '.git', 'hooks')}`);
  });

  it('core.hooksPath: installs where git will look, not into .git/hooks', () => {
    const dir = newRepo('hookspath');
    git(dir, ['config', 'core.hooksPath', 'githooks']);
    write(dir, 'a.txt', 'clean\n');
    git(dir, ['add', '.']);
    git(dir, ['commit', '-q', '-m', 'first']);
    const sub = join(dir, 'deep', 'er');
    write(dir, 'deep/er/.keep', '');
    const r = cli(sub, ['install'], env);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${join(dir, 'githooks')} (core.hooksPath)`);
    expect(existsSync(join(dir, 'githooks', 'pre-commit'))).toBe(true);
    expect(existsSync(join(dir, '.git', 'hooks', 'pre-commit'))).toBe(false);

    write(dir, 'b.txt', `${githubToken()}\n`);
    git(dir, ['add', 'b.txt']);
    const refused = commit(dir, ['-m', 'b']);
    expect(refused.status).not.toBe(0);
    expect(refused.out).toContain('b.txt:1:');
  });

  it('GIT_DIR and GIT_WORK_TREE: installs into the repository they name', () => {
    const dir = installedRepo();
    expect(cli(dir, ['uninstall'], env).status).toBe(0);
    const elsewhere = tempDir('elsewhere');
    const r = cli(elsewhere, ['install'], { ...env, GIT_DIR: join(dir, '.git'), GIT_WORK_TREE: dir });
    expect(r.status, r.out).toBe(0);
    expect(readFileSync(join(dir, '.git', 'hooks', 'pre-commit'), 'utf8')).toContain('managed-by: scan-secrets');
    expect(existsSync(join(elsewhere, '.git'))).toBe(false);
  });

  it('outside a repository: says so and exits 2', () => {
    const r = cli(tempDir('norepo'), ['install'], baseEnv({ GIT_CEILING_DIRECTORIES: '/' }));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('not inside a git repository');
  });
});
