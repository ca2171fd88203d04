// `scan-secrets install` / `uninstall` with plain git: the real hook body, run by real commits.
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CLI, ROOT, baseEnv, binDir, cli, commitCount, git, githubToken, newRepo, removeTempDirs, run, tempDir, withPath, write,
} from './helpers.ts';

afterAll(removeTempDirs);

const bin = binDir();
const env = withPath(bin);

function commit(dir: string, args: string[], extra: NodeJS.ProcessEnv = env) {
  return run('git', ['commit', ...args], { cwd: dir, env: extra });
}

function repoWithFirstCommit(): string {
  const dir = newRepo('plain');
  write(dir, 'README.md', '# project\n');
  git(dir, ['add', '.']);
  git(dir, ['commit', '-q', '-m', 'first']);
  return dir;
}

describe('scan-secrets install (plain git)', () => {
  it('installs an executable hook that stops a commit with a secret and lets a clean one through', () => {
    const dir = repoWithFirstCommit();
    const r = cli(dir, ['install'], env);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('installed the pre-commit hook');
    const hook = join(dir, '.git', 'hooks', 'pre-commit');
    expect(statSync(hook).mode & 0o111).not.toBe(0);
    expect(readFileSync(hook, 'utf8')).toBe(readFileSync(join(ROOT, 'hooks', 'pre-commit'), 'utf8'));

    const token = githubToken();
    write(dir, 'src/config.js', `export const api = 'https://api.github.com';\nexport const token = '${token}';\n`);
    git(dir, ['add', '.']);
    const refused = commit(dir, ['-m', 'add config']);
    expect(refused.status).not.toBe(0);
    expect(refused.out).toContain('src/config.js:2:');
    expect(refused.out).toContain('github-pat');
    expect(refused.out).toContain('git commit --no-verify');
    expect(refused.out).not.toContain(token);
    expect(commitCount(dir)).toBe(1);

    write(dir, 'src/config.js', "export const token = process.env.GITHUB_TOKEN;\n");
    git(dir, ['add', '.']);
    const ok = commit(dir, ['-m', 'add config']);
    expect(ok.status, ok.out).toBe(0);
    expect(commitCount(dir)).toBe(2);
  });

  it('keeps an existing hook, runs both, and uninstall restores it byte for byte', () => {
    const dir = repoWithFirstCommit();
    const hook = join(dir, '.git', 'hooks', 'pre-commit');
    // No trailing newline and an unusual mode: a restore that rewrites instead of renaming would show.
    const original = Buffer.from('#!/bin/sh\necho "existing hook ran" >> "$(git rev-parse --git-dir)/existing.log"\nexit 0');
    writeFileSync(hook, original);
    chmodSync(hook, 0o750);

    const r = cli(dir, ['install'], env);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('kept your existing pre-commit hook');
    expect(readFileSync(join(dir, '.git', 'hooks', 'pre-commit.chained-by-scan-secrets'))).toEqual(original);

    write(dir, 'notes.txt', `deploy token ${githubToken()}\n`);
    git(dir, ['add', '.']);
    const refused = commit(dir, ['-m', 'notes']);
    expect(refused.status).not.toBe(0);
    expect(refused.out).toContain('notes.txt:1:');
    expect(readFileSync(join(dir, '.git', 'existing.log'), 'utf8')).toBe('existing hook ran\n');

    write(dir, 'notes.txt', 'nothing secret\n');
    git(dir, ['add', '.']);
    expect(commit(dir, ['-m', 'notes']).status).toBe(0);
    expect(readFileSync(join(dir, '.git', 'existing.log'), 'utf8')).toBe('existing hook ran\nexisting hook ran\n');

    const u = cli(dir, ['uninstall'], env);
    expect(u.status).toBe(0);
    expect(u.stdout).toContain('restored');
    expect(readFileSync(hook)).toEqual(original);
    expect(statSync(hook).mode & 0o777).toBe(0o750);
    expect(existsSync(join(dir, '.git', 'hooks', 'pre-commit.chained-by-scan-secrets'))).toBe(false);
  });

  it('stops the commit when the kept hook fails, even if the scan would pass', () => {
    const dir = repoWithFirstCommit();
    const hook = join(dir, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho "lint failed" >&2\nexit 3\n', { mode: 0o755 });
    expect(cli(dir, ['install'], env).status).toBe(0);
    write(dir, 'a.txt', 'clean\n');
    git(dir, ['add', '.']);
    const r = commit(dir, ['-m', 'a']);
    expect(r.status).not.toBe(0);
    expect(r.out).toContain('lint failed');
    expect(commitCount(dir)).toBe(1);
  });

  it('restores a symlinked hook as the same symlink', () => {
    const dir = repoWithFirstCommit();
    const hook = join(dir, '.git', 'hooks', 'pre-commit');
    write(dir, 'tools/hook.sh', '#!/bin/sh\nexit 0\n');
    chmodSync(join(dir, 'tools', 'hook.sh'), 0o755);
    symlinkSync('../../tools/hook.sh', hook);
    expect(cli(dir, ['install'], env).status).toBe(0);
    expect(cli(dir, ['uninstall'], env).status).toBe(0);
    expect(lstatSync(hook).isSymbolicLink()).toBe(true);
    expect(readlinkSync(hook)).toBe('../../tools/hook.sh');
  });

  it('is idempotent and leaves alone what it did not install', () => {
    const dir = repoWithFirstCommit();
    expect(cli(dir, ['install'], env).status).toBe(0);
    const hook = join(dir, '.git', 'hooks', 'pre-commit');
    const first = readFileSync(hook);
    const again = cli(dir, ['install'], env);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('already installed');
    expect(readFileSync(hook)).toEqual(first);
    expect(existsSync(join(dir, '.git', 'hooks', 'pre-commit.chained-by-scan-secrets'))).toBe(false);

    expect(cli(dir, ['uninstall'], env).status).toBe(0);
    expect(existsSync(hook)).toBe(false);
    const none = cli(dir, ['uninstall'], env);
    expect(none.status).toBe(0);
    expect(none.stdout).toContain('nothing changed');
  });

  /** A repository with the hook installed and the package as a local dependency (node_modules/.bin). */
  function installedAsDependency(): string {
    const dir = repoWithFirstCommit();
    write(dir, '.gitignore', 'node_modules/\n');
    mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(CLI, join(dir, 'node_modules', '.bin', 'scan-secrets'));
    expect(cli(dir, ['install']).status).toBe(0);
    return dir;
  }

  it('runs from node_modules/.bin when the package is a local dependency', () => {
    const dir = installedAsDependency();
    write(dir, 'token.txt', `${githubToken()}\n`);
    git(dir, ['add', '.']);
    const r = commit(dir, ['-m', 't'], baseEnv());
    expect(r.status).not.toBe(0);
    expect(r.out).toContain('token.txt:1:');
  });

  it('run by hand from a subdirectory, asks git for the top and finds node_modules/.bin there', () => {
    const dir = installedAsDependency();
    write(dir, 'sub/token.txt', `${githubToken()}\n`);
    git(dir, ['add', '.']);
    // Only git and node on PATH: npx, which would search upwards itself, is not there to help.
    const tools = tempDir('tools');
    for (const t of ['git', 'node']) symlinkSync(run('sh', ['-c', `command -v ${t}`], { cwd: dir }).stdout.trim(), join(tools, t));
    const r = run('/bin/sh', [join(dir, '.git', 'hooks', 'pre-commit')], { cwd: join(dir, 'sub'), env: { ...baseEnv(), PATH: tools } });
    expect(r.status).toBe(1);
    expect(r.out).toContain('sub/token.txt:1:');
  });

  it('fails closed with install instructions when scan-secrets cannot be found', () => {
    const dir = repoWithFirstCommit();
    expect(cli(dir, ['install']).status).toBe(0);
    write(dir, 'a.txt', 'clean\n');
    git(dir, ['add', '.']);
    const r = commit(dir, ['-m', 'a'], baseEnv());
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('scan-secrets is not installed, so the commit was stopped');
    expect(r.stderr).toContain('npm install --save-dev scan-secrets');
    expect(r.stderr).toContain('git commit --no-verify');
    expect(commitCount(dir)).toBe(1);
  });

  it('fails closed when node is missing or broken', () => {
    const dir = repoWithFirstCommit();
    expect(cli(dir, ['install'], env).status).toBe(0);
    write(dir, 'a.txt', 'clean\n');
    git(dir, ['add', '.']);

    // A PATH with git and the few tools the hook uses, but no node.
    const tools = tempDir('tools');
    for (const t of ['git', 'tr']) {
      const where = run('sh', ['-c', `command -v ${t}`], { cwd: dir }).stdout.trim();
      symlinkSync(where, join(tools, t));
    }
    symlinkSync(CLI, join(tools, 'scan-secrets'));
    const noNode = commit(dir, ['-m', 'a'], { ...baseEnv(), PATH: tools });
    expect(noNode.status).not.toBe(0);
    expect(noNode.stderr).toContain('node was not found on PATH, so the commit was stopped');
    expect(noNode.stderr).toContain('git commit --no-verify');

    // A node that crashes: the hook must not turn its failure into a pass.
    const broken = tempDir('broken-node');
    writeFileSync(join(broken, 'node'), '#!/bin/sh\necho "node: internal failure" >&2\nexit 134\n', { mode: 0o755 });
    const crashed = commit(dir, ['-m', 'a'], { ...env, PATH: `${broken}:${env.PATH}` });
    expect(crashed.status).not.toBe(0);
    expect(crashed.out).toContain('node: internal failure');
    expect(commitCount(dir)).toBe(1);
  });

  it('stops the commit with a bypass hint when git fails under the scan', () => {
    const dir = repoWithFirstCommit();
    // What a damaged index looks like to the scan: git cannot read it.
    const index = join(tempDir('index'), 'index');
    writeFileSync(index, 'not an index file');
    const r = cli(dir, ['--staged'], { ...baseEnv(), GIT_INDEX_FILE: index });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^scan-secrets: git diff failed: .*The commit was stopped because the scan could not run\. To commit anyway, on purpose: git commit --no-verify/);
  });

  it('skips on purpose with SKIP=scan-secrets or HUSKY=0, and still runs the kept hook', () => {
    const dir = repoWithFirstCommit();
    writeFileSync(join(dir, '.git', 'hooks', 'pre-commit'), '#!/bin/sh\necho kept >> "$(git rev-parse --git-dir)/kept.log"\n', { mode: 0o755 });
    expect(cli(dir, ['install'], env).status).toBe(0);

    write(dir, 'one.txt', `${githubToken()}\n`);
    git(dir, ['add', '.']);
    const skipped = commit(dir, ['-m', 'one'], { ...env, SKIP: 'lint, scan-secrets' });
    expect(skipped.status, skipped.out).toBe(0);
    expect(skipped.stderr).toContain('skipped on purpose (SKIP=scan-secrets)');

    write(dir, 'two.txt', `${githubToken()}\n`);
    git(dir, ['add', '.']);
    const husky0 = commit(dir, ['-m', 'two'], { ...env, HUSKY: '0' });
    expect(husky0.status, husky0.out).toBe(0);
    expect(husky0.stderr).toContain('skipped on purpose (HUSKY=0)');

    write(dir, 'three.txt', `${githubToken()}\n`);
    git(dir, ['add', '.']);
    expect(commit(dir, ['-m', 'three'], { ...env, SKIP: 'scan-secrets-extra' }).status).not.toBe(0);
    expect(readFileSync(join(dir, '.git', 'kept.log'), 'utf8')).toBe('kept\nkept\nkept\n');
    expect(commitCount(dir)).toBe(3);
  });

  it('honours SKIP and HUSKY=0 in the CLI too, but only for a commit-time scan', () => {
    const dir = repoWithFirstCommit();
    write(dir, 'k.txt', `${githubToken()}\n`);
    git(dir, ['add', '.']);
    const index = join(dir, '.git', 'index');
    const inHook = cli(dir, [], { ...baseEnv(), GIT_INDEX_FILE: index, SKIP: 'scan-secrets' });
    expect(inHook.status).toBe(0);
    expect(inHook.stderr).toContain('skipped on purpose (SKIP=scan-secrets); nothing was scanned');
    // A full scan asked for by name (CI) is never skipped by a hook switch.
    const ci = cli(dir, ['--all-files'], { ...baseEnv(), SKIP: 'scan-secrets', HUSKY: '0' });
    expect(ci.status).toBe(1);
    expect(ci.stdout).toContain('k.txt:1:');
  });
});
