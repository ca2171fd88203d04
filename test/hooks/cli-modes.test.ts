// The CLI contract the hook entries rely on: `--pre-commit` outside a commit scans the named
// files in full, names after `--` are names, and `--rule` narrows a run to the rules it names.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, baseEnv, cli, git, githubToken, newRepo, removeTempDirs, run, tempDir, write } from './helpers.ts';

afterAll(removeTempDirs);

function repo(): string {
  const dir = newRepo('modes');
  write(dir, 'src/app.js', `const t = '${githubToken()}';\n`);
  write(dir, '-n', `token ${githubToken()}\n`);
  write(dir, '.env', 'A=1\n');
  git(dir, ['add', '.']);
  git(dir, ['commit', '-q', '--no-verify', '-m', 'first']);
  return dir;
}

describe('--pre-commit outside a commit', () => {
  it('scans the named files in full, paths relative to where it runs', () => {
    const dir = repo();
    const r = cli(join(dir, 'src'), ['--pre-commit', '--', 'app.js']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('app.js:1:');
    expect(r.stdout).toContain('(1 file scanned');
  });

  it('takes names that start with a dash after --', () => {
    const dir = repo();
    const r = cli(dir, ['--pre-commit', '--', '-n']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('-n:1:');
  });

  it('never scans nothing: no names, a folder, or a missing file are errors', () => {
    const dir = repo();
    const none = cli(dir, ['--pre-commit']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('nothing to scan');
    const folder = cli(dir, ['--pre-commit', '--', 'src']);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain('src is a folder');
    const missing = cli(dir, ['--pre-commit', '--', 'gone.js']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such file: gone.js');
  });

  it('refuses to be combined with another mode', () => {
    const r = cli(repo(), ['--pre-commit', '--all-files']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('choose one of');
  });
});

describe('--pre-commit inside a commit (GIT_INDEX_FILE set, as git sets it for hooks)', () => {
  it('reads only what the index adds to the named files', () => {
    const dir = repo();
    write(dir, 'src/app.js', `${'const t = 1;\n'}const u = 2;\n`);
    write(dir, 'src/new.js', `const k = '${githubToken()}';\n`);
    git(dir, ['add', '.']);
    const env = baseEnv({ GIT_INDEX_FILE: join(dir, '.git', 'index') });
    const app = cli(dir, ['--pre-commit', '--', 'src/app.js'], env);
    expect(app.status, app.out).toBe(0);
    expect(app.stdout).toContain('in staged changes');
    const both = cli(dir, ['--pre-commit', '--', 'src/app.js', 'src/new.js'], env);
    expect(both.status).toBe(1);
    expect(both.stdout).toContain('src/new.js:1:');
    expect(both.stdout).not.toContain('src/app.js');
  });

  it('does not report a renamed file whose lines it has seen before', () => {
    const dir = repo();
    git(dir, ['mv', 'src/app.js', 'src/client.js']);
    const r = cli(dir, ['--pre-commit', '--', 'src/client.js'], baseEnv({ GIT_INDEX_FILE: join(dir, '.git', 'index') }));
    expect(r.status, r.out).toBe(0);
  });
});

describe('--rule', () => {
  it('runs only the named rules', () => {
    const dir = repo();
    const env = cli(dir, ['--rule=blocked-env-file', '--', 'src/app.js', '.env']);
    expect(env.status).toBe(1);
    expect(env.stdout).toContain('.env  blocked-env-file');
    expect(env.stdout).not.toContain('github-pat');
    const both = cli(dir, ['--rule', 'blocked-env-file,github-pat', 'src/app.js', '.env']);
    expect(both.stdout).toContain('github-pat');
    expect(both.stdout).toContain('blocked-env-file');
  });

  it('rejects an unknown rule id with where to find the ids', () => {
    const r = cli(repo(), ['--rule=github-tokens', '.env']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('scan-secrets: unknown rule github-tokens: list the rule ids with scan-secrets rules\n');
  });
});

describe('an install without its build', () => {
  it('says what happened instead of a stack trace, and exits 2 (a hook stops the commit)', () => {
    // The package as npm leaves it when ignore-scripts skipped `prepare`: bin/ without dist/.
    const pkg = tempDir('unbuilt');
    mkdirSync(join(pkg, 'bin'));
    copyFileSync(CLI, join(pkg, 'bin', 'scan-secrets.js'));
    const r = run(process.execPath, [join(pkg, 'bin', 'scan-secrets.js'), '--staged'], { cwd: pkg });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('scan-secrets: this install has no build (dist/ is missing), usually because npm ran with ignore-scripts');
    expect(r.stderr).not.toContain('    at ');
  });
});

