// Real husky (v9, from npm) in a project that installed scan-secrets the way users do: from the
// package tarball (`npm pack` of this working copy, built by the global setup).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUSKY_BLOCK } from '../../src/install/husky.ts';
import { ROOT, baseEnv, cli, commitCount, git, githubToken, newRepo, removeTempDirs, requirePreCommit, run, tempDir, write } from './helpers.ts';

const env = baseEnv();
let dir = '';
/** What the project had in .husky/pre-commit before scan-secrets was added. */
const ownLines = 'echo "project checks ran"\n';

function npx(args: string[], extra: NodeJS.ProcessEnv = {}) {
  return run('npx', ['--no-install', ...args], { cwd: dir, env: { ...env, ...extra } });
}

function commit(args: string[], extra: NodeJS.ProcessEnv = {}) {
  return run('git', ['commit', ...args], { cwd: dir, env: { ...env, ...extra } });
}

beforeAll(() => {
  requirePreCommit();
  const packs = tempDir('pack');
  // --ignore-scripts: dist/ is already built, and a prepare run here would rewrite it under other tests.
  const pack = run('npm', ['pack', '--ignore-scripts', '--pack-destination', packs], { cwd: ROOT, env });
  expect(pack.status, pack.out).toBe(0);
  const tarball = join(packs, pack.stdout.trim().split('\n').pop() ?? '');

  dir = newRepo('husky');
  write(dir, 'package.json', `${JSON.stringify({ name: 'husky-project', version: '1.0.0', private: true }, null, 2)}\n`);
  write(dir, '.gitignore', 'node_modules/\n');
  const install = run('npm', ['install', '--no-audit', '--no-fund', '--save-dev', 'husky@9', tarball], { cwd: dir, env });
  expect(install.status, install.out).toBe(0);
  const init = npx(['husky', 'init']);
  expect(init.status, init.out).toBe(0);
  expect(git(dir, ['config', 'core.hooksPath']).trim()).toBe('.husky/_');
  write(dir, '.husky/pre-commit', ownLines);
  git(dir, ['add', '.']);
  const first = commit(['-m', 'husky set up']);
  expect(first.status, first.out).toBe(0);
}, 300_000);

afterAll(removeTempDirs);

describe('husky', () => {
  it('install --husky adds the scan to .husky/pre-commit, keeps the lines there, and is idempotent', () => {
    const r = npx(['scan-secrets', 'install', '--husky']);
    expect(r.status, r.out).toBe(0);
    expect(r.stdout).toContain('added the scan to .husky/pre-commit (your lines are kept and run first)');
    const text = readFileSync(join(dir, '.husky', 'pre-commit'), 'utf8');
    expect(text).toBe(`${ownLines}${HUSKY_BLOCK.join('\n')}\n`);
    expect(text).not.toContain('husky.sh');

    const again = npx(['scan-secrets', 'install', '--husky']);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('already runs scan-secrets; nothing changed');
    expect(readFileSync(join(dir, '.husky', 'pre-commit'), 'utf8')).toBe(text);
    git(dir, ['add', '.husky/pre-commit']);
    expect(commit(['-m', 'scan secrets before commits']).status).toBe(0);
  });

  it('refuses a commit with a secret, after running the project\'s own lines', () => {
    const before = commitCount(dir);
    write(dir, 'src/client.js', `const token = '${githubToken()}';\n`);
    git(dir, ['add', 'src/client.js']);
    const r = commit(['-m', 'client']);
    expect(r.status).not.toBe(0);
    expect(r.out).toContain('project checks ran');
    expect(r.out).toContain('src/client.js:1:');
    expect(r.out).toContain('git commit --no-verify');
    expect(r.out).toContain('husky - pre-commit script failed');
    expect(commitCount(dir)).toBe(before);
  });

  it('HUSKY=0 skips the hook', () => {
    const before = commitCount(dir);
    const r = commit(['-m', 'client, hooks off on purpose'], { HUSKY: '0' });
    expect(r.status, r.out).toBe(0);
    expect(r.out).not.toContain('project checks ran');
    expect(commitCount(dir)).toBe(before + 1);
  });

  it('SKIP=scan-secrets skips the scan only', () => {
    write(dir, 'src/other.js', `const token = '${githubToken()}';\n`);
    git(dir, ['add', 'src/other.js']);
    const r = commit(['-m', 'other'], { SKIP: 'scan-secrets' });
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('project checks ran');
    expect(r.out).toContain('skipped on purpose (SKIP=scan-secrets)');
  });

  it('the scan-secrets-system pre-commit hook runs this local install', () => {
    const base = tempDir('system-hook');
    const clone = join(base, 'scan-secrets');
    git(base, ['clone', '-q', ROOT, clone]);
    const sha = git(ROOT, ['rev-parse', 'HEAD']).trim();
    write(dir, '.pre-commit-config.yaml', `repos:\n  - repo: ${clone}\n    rev: ${sha}\n    hooks:\n      - id: scan-secrets-system\n`);
    const r = run('pre-commit', ['run', 'scan-secrets-system', '--files', 'src/other.js'], {
      cwd: dir,
      env: { ...env, PRE_COMMIT_HOME: join(base, 'home'), PRE_COMMIT_COLOR: 'never' },
    });
    expect(r.status).not.toBe(0);
    expect(r.out).toContain('- hook id: scan-secrets-system');
    expect(r.out).toContain('src/other.js:1:');
  });

  it('uninstall --husky gives back the file as it was', () => {
    const u = npx(['scan-secrets', 'uninstall', '--husky']);
    expect(u.status, u.out).toBe(0);
    expect(readFileSync(join(dir, '.husky', 'pre-commit'), 'utf8')).toBe(ownLines);
  });

  it('a plain install in a husky repository points to --husky instead of writing into husky\'s folder', () => {
    const r = npx(['scan-secrets', 'install']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('runs its hooks through husky (core.hooksPath=.husky/_): run scan-secrets install --husky');
    expect(existsSync(join(dir, '.husky', '_', 'pre-commit.chained-by-scan-secrets'))).toBe(false);
  });

  it('without husky, install --husky says how to set it up', () => {
    const plain = newRepo('no-husky');
    const r = cli(plain, ['install', '--husky']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('husky is not set up in this repository');
    expect(r.stderr).toContain('npx husky init');
  });
});
