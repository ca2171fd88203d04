// The real pre-commit framework (Debian's package in CI) installing our hooks the way users do:
// a project whose .pre-commit-config.yaml names a clone of this repository at its HEAD commit.
// pre-commit builds the node environment once (npm install, npm pack, npm install -g); every
// project here shares it through one PRE_COMMIT_HOME.
//
// The clone holds what is committed: uncommitted changes to the hooks are not what this tests.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, baseEnv, commitCount, git, githubToken, newRepo, removeTempDirs, requirePreCommit, run, tempDir, write } from './helpers.ts';

let clone = '';
let sha = '';
let env: NodeJS.ProcessEnv = {};

/** Hook ids, each optionally followed by `key: value` overrides (`scan-secrets require_serial: false`). */
function config(hooks: string[]): string {
  return [
    'default_language_version:',
    '  node: system',
    'repos:',
    `  - repo: ${clone}`,
    `    rev: ${sha}`,
    '    hooks:',
    ...hooks.map((h) => {
      const [id, ...overrides] = h.split(' ');
      return [`      - id: ${id}`, ...(overrides.length ? [`        ${overrides.join(' ')}`] : [])].join('\n');
    }),
    '',
  ].join('\n');
}

/** A fresh project with our hooks installed by `pre-commit install`. */
function project(hooks = ['scan-secrets', 'prevent-env-files', 'check-file-size']): string {
  const dir = newRepo('pc-project');
  write(dir, '.pre-commit-config.yaml', config(hooks));
  write(dir, 'README.md', '# project\n');
  git(dir, ['add', '.']);
  git(dir, ['commit', '-q', '-m', 'set up pre-commit'], env);
  const r = run('pre-commit', ['install'], { cwd: dir, env });
  expect(r.status, r.out).toBe(0);
  return dir;
}

function commit(dir: string, args: string[], extra: NodeJS.ProcessEnv = {}) {
  return run('git', ['commit', ...args], { cwd: dir, env: { ...env, ...extra } });
}

/** The lines pre-commit printed for one hook, from its status line to the next hook's. */
function section(out: string, hookId: string): string {
  const at = out.indexOf(`- hook id: ${hookId}`);
  if (at === -1) return '';
  const next = out.indexOf('- hook id: ', at + 1);
  return out.slice(at, next === -1 ? undefined : next);
}

beforeAll(() => {
  requirePreCommit();
  const base = tempDir('pre-commit');
  clone = join(base, 'scan-secrets');
  git(base, ['clone', '-q', ROOT, clone]);
  sha = git(ROOT, ['rev-parse', 'HEAD']).trim();
  git(clone, ['cat-file', '-e', `${sha}^{commit}`]);
  env = baseEnv({ PRE_COMMIT_HOME: join(base, 'pre-commit-home'), PRE_COMMIT_COLOR: 'never' });
  // The one slow step (npm install of the hook's package); later projects reuse the environment.
  const seed = project();
  const r = run('pre-commit', ['install-hooks'], { cwd: seed, env });
  expect(r.status, r.out).toBe(0);
}, 420_000);

afterAll(removeTempDirs);

describe('pre-commit framework', () => {
  it('refuses a commit holding a GitHub token (hook id, file:line, the fix, the bypass) and passes it once clean', () => {
    const dir = project();
    const token = githubToken();
    write(dir, 'src/config.js', `export const api = 'https://api.github.com';\nexport const token = '${token}';\n`);
    git(dir, ['add', '.']);
    const r = commit(dir, ['-m', 'config']);
    expect(r.status).not.toBe(0);
    const s = section(r.out, 'scan-secrets');
    expect(s).toContain('src/config.js:2:');
    expect(s).toContain('github-pat');
    expect(s).toContain('Remove it, then revoke and rotate it');
    expect(s).toContain('git commit --no-verify');
    expect(r.out).not.toContain(token);
    expect(commitCount(dir)).toBe(1);

    // The same commit once the token is gone: a clean commit goes through.
    write(dir, 'src/config.js', "export const api = 'https://api.github.com';\nexport const token = process.env.GITHUB_TOKEN;\n");
    git(dir, ['add', '.']);
    const clean = commit(dir, ['-m', 'config']);
    expect(clean.status, clean.out).toBe(0);
    expect(clean.out).toMatch(/scan-secrets \(secrets, \.env files, large files\)\.+Passed/);
    expect(commitCount(dir)).toBe(2);
  });

  it('refuses a staged .env in prevent-env-files, with the remediation, also when SKIP=scan-secrets', () => {
    const dir = project();
    write(dir, '.env', 'DATABASE_URL=postgres://localhost/dev\n');
    git(dir, ['add', '.env']);
    const r = commit(dir, ['-m', 'env']);
    expect(r.status).not.toBe(0);
    const s = section(r.out, 'prevent-env-files');
    expect(s).toContain('.env  blocked-env-file');
    expect(s).toContain('git rm --cached .env');
    expect(s).toContain('.env.example');
    expect(commitCount(dir)).toBe(1);

    // SKIP names one hook: the scan is skipped, prevent-env-files still refuses.
    const skipped = commit(dir, ['-m', 'env'], { SKIP: 'scan-secrets' });
    expect(skipped.status).not.toBe(0);
    expect(skipped.out).toMatch(/scan-secrets \(secrets, \.env files, large files\)\.+Skipped/);
    expect(section(skipped.out, 'prevent-env-files')).toContain('git rm --cached .env');
  });

  it('refuses an added file over the limit in check-file-size', () => {
    const dir = project(['check-file-size']);
    write(dir, 'dump.sql', 'insert into t values (1);\n'.repeat(30_000));
    git(dir, ['add', '.']);
    const r = commit(dir, ['-m', 'dump']);
    expect(r.status).not.toBe(0);
    expect(section(r.out, 'check-file-size')).toContain('dump.sql  file-too-large');
  });

  it('passes when the secret is only in an unstaged hunk, and leaves that hunk intact', () => {
    const dir = project();
    const base = Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join('\n');
    write(dir, 'settings.py', `${base}\n`);
    git(dir, ['add', '.']);
    expect(commit(dir, ['-m', 'settings']).status).toBe(0);

    const staged = `DEBUG = False\n${base}\n`;
    const worktree = `${staged}API_TOKEN = "${githubToken()}"\n`;
    write(dir, 'settings.py', staged);
    git(dir, ['add', 'settings.py']);
    write(dir, 'settings.py', worktree);

    const r = commit(dir, ['-m', 'debug off']);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('Stashing unstaged files');
    expect(git(dir, ['show', 'HEAD:settings.py'])).toBe(staged);
    expect(readFileSync(join(dir, 'settings.py'), 'utf8')).toBe(worktree);
    expect(git(dir, ['diff', '--name-only'])).toBe('settings.py\n');
  });

  it('reports only what a commit adds, while run --all-files and --files scan in full', () => {
    const dir = project(['scan-secrets']);
    write(dir, 'legacy.js', `const old = '${githubToken()}';\n`);
    write(dir, 'clean.js', 'const ok = 1;\n');
    git(dir, ['add', '.']);
    expect(commit(dir, ['--no-verify', '-m', 'legacy, before the hook']).status).toBe(0);

    writeFileSync(join(dir, 'legacy.js'), `${readFileSync(join(dir, 'legacy.js'), 'utf8')}const added = 2;\n`);
    git(dir, ['add', '.']);
    const edit = commit(dir, ['-m', 'edit legacy']);
    expect(edit.status, edit.out).toBe(0);

    const all = run('pre-commit', ['run', '--all-files'], { cwd: dir, env });
    expect(all.status).not.toBe(0);
    expect(section(all.out, 'scan-secrets')).toContain('legacy.js:1:');

    const named = run('pre-commit', ['run', 'scan-secrets', '--files', 'legacy.js'], { cwd: dir, env });
    expect(named.status).not.toBe(0);
    expect(section(named.out, 'scan-secrets')).toContain('legacy.js:1:');

    const clean = run('pre-commit', ['run', 'scan-secrets', '--files', 'clean.js', '--verbose'], { cwd: dir, env });
    expect(clean.status, clean.out).toBe(0);
    expect(clean.out).toContain('no secrets found in the given files (1 file scanned');
  });

  it('git commit -a and git commit <path> are scanned through the temporary index', () => {
    const dir = project(['scan-secrets']);
    write(dir, 'a.js', 'const a = 1;\n');
    write(dir, 'b.js', 'const b = 1;\n');
    git(dir, ['add', '.']);
    expect(commit(dir, ['-m', 'a and b']).status).toBe(0);

    write(dir, 'a.js', `const a = '${githubToken()}';\n`);
    const all = commit(dir, ['-a', '-m', 'edit a']);
    expect(all.status).not.toBe(0);
    expect(section(all.out, 'scan-secrets')).toContain('a.js:1:');

    // a.js (with the secret) stays out of a commit of b.js alone.
    write(dir, 'b.js', 'const b = 2;\n');
    const onlyB = commit(dir, ['b.js', '-m', 'edit b']);
    expect(onlyB.status, onlyB.out).toBe(0);
    expect(git(dir, ['show', '--name-only', '--format=', 'HEAD'])).toBe('b.js\n');

    const onlyA = commit(dir, ['a.js', '-m', 'edit a']);
    expect(onlyA.status).not.toBe(0);
    expect(section(onlyA.out, 'scan-secrets')).toContain('a.js:1:');
    expect(commitCount(dir)).toBe(3);
  });

  it('is safe when pre-commit runs it in parallel batches (require_serial off)', () => {
    const dir = project(['scan-secrets require_serial: false']);
    const names = Array.from({ length: 24 }, (_, i) => `src/f${String(i).padStart(2, '0')}.js`);
    for (const n of names) write(dir, n, `export const v = ${n.length};\n`);
    write(dir, names[1], `export const k = '${githubToken()}';\n`);
    write(dir, names[22], `export const k = '${githubToken()}';\n`);
    git(dir, ['add', '.']);
    const staged = git(dir, ['ls-files', '--stage']);
    const r = commit(dir, ['-m', 'many files']);
    expect(r.status).not.toBe(0);
    const s = section(r.out, 'scan-secrets');
    // With several CPUs pre-commit splits the 24 names into parallel batches; each finding is reported.
    expect(s).toContain(`${names[1]}:1:`);
    expect(s).toContain(`${names[22]}:1:`);
    expect(git(dir, ['ls-files', '--stage'])).toBe(staged);
  });

  it('a merge commit whose conflict resolution adds a secret is refused', () => {
    const dir = project(['scan-secrets']);
    write(dir, 'app.js', "const mode = 'base';\n");
    git(dir, ['add', '.']);
    expect(commit(dir, ['-m', 'base']).status).toBe(0);
    git(dir, ['checkout', '-q', '-b', 'feature']);
    write(dir, 'app.js', "const mode = 'feature';\n");
    expect(commit(dir, ['-am', 'feature']).status).toBe(0);
    git(dir, ['checkout', '-q', 'main']);
    write(dir, 'app.js', "const mode = 'main';\n");
    expect(commit(dir, ['-am', 'main']).status).toBe(0);
    expect(run('git', ['merge', 'feature'], { cwd: dir, env }).out).toContain('CONFLICT');

    write(dir, 'app.js', `const mode = 'both';\nconst token = '${githubToken()}';\n`);
    git(dir, ['add', 'app.js']);
    const refused = commit(dir, ['--no-edit']);
    expect(refused.status).not.toBe(0);
    expect(section(refused.out, 'scan-secrets')).toContain('app.js:2:');

    write(dir, 'app.js', "const mode = 'both';\n");
    git(dir, ['add', 'app.js']);
    const ok = commit(dir, ['--no-edit']);
    expect(ok.status, ok.out).toBe(0);
    expect(git(dir, ['rev-list', '--parents', '-1', 'HEAD']).trim().split(' ')).toHaveLength(3);
  });
});
