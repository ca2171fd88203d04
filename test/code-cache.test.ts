// bin/scan-secrets.js runs a plain scan from dist/fast.cjs with V8's code cache, kept in
// dist/.cache/. Each test runs its own copy of the installed package (bin/, dist/, package.json,
// node_modules linked), so the cache it reads is the one it wrote. What must hold: the cached
// path and the ES-module path give the same results; a cache is written once and then used (not
// rejected and rewritten on every run); a damaged or stale cache is replaced, never trusted; and
// nothing of the text scanned ends up in it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBuilt } from './helpers/run-built-cli.ts';
import { ROOT, Repo, cleanEnv, fakeGithubToken, tempDir } from './helpers/repo.ts';
import { expectAllShown, expectNoLeak, plantedFile, plantedSecrets } from './hardening/helpers.ts';

ensureBuilt();

function install(): string {
  const dir = tempDir('install-');
  cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true, filter: (src) => !src.includes(`${join(ROOT, 'dist', '.cache')}`) });
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function run(pkg: string, args: string[], cwd: string, env: Record<string, string | undefined> = {}) {
  const res = spawnSync(process.execPath, [join(pkg, 'bin/scan-secrets.js'), ...args], { cwd, env: cleanEnv(env), encoding: 'utf8' });
  // Timings differ from run to run; everything else must not.
  const timeless = (t: string) => t.replace(/\d+ ms\b/g, 'N ms').replace(/"durationMs": \d+/g, '"durationMs": N');
  return { code: res.status, stdout: timeless(res.stdout), stderr: timeless(res.stderr) };
}

const cacheDir = (pkg: string) => join(pkg, 'dist', '.cache');
// The bundle's caches and what a write leaves behind (on Node 22+ the ES-module build keeps
// Node's own compile cache in dist/.cache/esm/, which is Node's to manage).
const caches = (pkg: string) => (existsSync(cacheDir(pkg)) ? readdirSync(cacheDir(pkg)).filter((f) => f !== 'esm') : []);
const build = (pkg: string) => /^\/\/ build ([0-9a-f]{16})\n/.exec(readFileSync(join(pkg, 'dist/fast.cjs'), 'latin1'))![1];
const cacheName = (pkg: string) => `fast-${build(pkg)}-${process.version}-${process.arch}.bin`;

function repoWithSecret(): { repo: Repo; token: string } {
  const repo = new Repo();
  repo.write('README.md', 'hello\n').add().commit('init');
  const token = fakeGithubToken();
  repo.write('config.ts', `export const token = '${token}';\n`).add('config.ts');
  return { repo, token };
}

describe('the code-cached start', () => {
  it('writes its cache on the first plain scan, uses it afterwards, and answers as the ES-module build does', () => {
    const pkg = install();
    const { repo } = repoWithSecret();
    expect(caches(pkg)).toEqual([]);

    const first = run(pkg, ['--staged'], repo.dir);
    expect(first.code).toBe(1);
    expect(caches(pkg)).toEqual([cacheName(pkg)]);
    const file = join(cacheDir(pkg), cacheName(pkg));
    const written = statSync(file);
    expect(written.size).toBeGreaterThan(10_000);

    // V8 accepted the cache: a rejected one would have been written again.
    const second = run(pkg, ['--staged'], repo.dir);
    const after = statSync(file);
    expect([after.ino, after.mtimeMs]).toEqual([written.ino, written.mtimeMs]);

    const esm = run(pkg, ['--staged'], repo.dir, { SCAN_SECRETS_CODE_CACHE: '0' });
    for (const r of [first, second]) expect(r).toEqual(esm);
    expect(esm.stdout).toContain('github');
    for (const args of [['--staged', '--format', 'json'], ['--all-files', '--format', 'sarif'], ['--staged', '--format', 'nope']]) {
      const cached = run(pkg, args, repo.dir);
      expect(cached).toEqual(run(pkg, args, repo.dir, { SCAN_SECRETS_CODE_CACHE: '0' }));
    }
    expect(run(pkg, ['--staged', '--format', 'nope'], repo.dir).code).toBe(2);
  });

  it('starts every commit-time command line from the cache, loading no dependency', () => {
    // The command lines git hooks, husky and the pre-commit framework's entries run. A run
    // that took the ES-module build would write no cache; one that loaded a dependency would
    // list it among the modules required (where the bundle's require puts them).
    const pkg = install();
    const repo = new Repo();
    repo.write('README.md', 'hello\n').add().commit('init');
    repo.write('a.ts', 'export const a = 1;\n').write('-odd name.py', 'x = 2\n').add();
    const preload = join(tempDir('preload-'), 'loaded.cjs');
    const out = `${preload}.json`;
    writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(Object.keys(require.cache))));\n`);
    for (const args of [
      ['--staged'],
      ['--pre-commit', '--', 'a.ts', '-odd name.py'],
      ['--pre-commit', '--rule=blocked-env-file', '--', 'a.ts'],
      ['--pre-commit', '--rule=file-too-large', '--', 'a.ts', '-odd name.py'],
    ]) {
      rmSync(cacheDir(pkg), { recursive: true, force: true });
      const res = run(pkg, args, repo.dir, { GIT_INDEX_FILE: join(repo.dir, '.git/index'), NODE_OPTIONS: `--require ${preload}` });
      expect(res, args.join(' ')).toMatchObject({ code: 0, stderr: '' });
      expect(caches(pkg), args.join(' ')).toEqual([cacheName(pkg)]);
      const loaded = JSON.parse(readFileSync(out, 'utf8')) as string[];
      expect(loaded.filter((f) => f.includes('node_modules')), args.join(' ')).toEqual([]);
    }
  });

  it('leaves help and sub-commands to the ES-module build, and writes no bundle cache for them', () => {
    const pkg = install();
    const repo = new Repo();
    const help = run(pkg, ['--help'], repo.dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: scan-secrets');
    expect(run(pkg, ['rules', '--format', 'json'], repo.dir).code).toBe(0);
    expect(caches(pkg)).toEqual([]);
  });

  it('replaces a damaged cache instead of trusting it, and removes caches of other builds', () => {
    const pkg = install();
    const { repo } = repoWithSecret();
    const expected = run(pkg, ['--staged'], repo.dir, { SCAN_SECRETS_CODE_CACHE: '0' });
    run(pkg, ['--staged'], repo.dir);
    const file = join(cacheDir(pkg), cacheName(pkg));
    const good = readFileSync(file);

    for (const damaged of [Buffer.alloc(good.length, 0x5a), good.subarray(0, good.length >> 1), Buffer.alloc(0)]) {
      writeFileSync(file, damaged);
      expect(run(pkg, ['--staged'], repo.dir)).toEqual(expected);
      const rewritten = readFileSync(file);
      expect(rewritten.equals(damaged)).toBe(false);
      expect(rewritten.length).toBeGreaterThan(10_000);
    }

    const stale = join(cacheDir(pkg), `fast-0123456789abcdef-${process.version}-${process.arch}.bin`);
    const leftover = join(cacheDir(pkg), `${cacheName(pkg)}.999.tmp`);
    writeFileSync(stale, good);
    writeFileSync(leftover, good);
    rmSync(file);
    expect(run(pkg, ['--staged'], repo.dir)).toEqual(expected);
    expect(caches(pkg)).toEqual([cacheName(pkg)]);
  });

  it('never runs a cache made from another build of the bundle', () => {
    // V8 checks a cache against the source's length only: a rebuilt bundle of the same length
    // would run the old code, were the cache not named after the build.
    const pkg = install();
    const repo = new Repo();
    repo.write('a.txt', 'nothing here\n').add().commit('init');
    expect(run(pkg, ['--all-files'], repo.dir).stdout).toContain('no secrets found');
    const file = join(pkg, 'dist/fast.cjs');
    const source = readFileSync(file, 'latin1');
    const rebuilt = source.replace(/^\/\/ build [0-9a-f]{16}/, '// build fedcba9876543210').replaceAll('no secrets found', 'NO SECRETS FOUND');
    expect(rebuilt.length).toBe(source.length);
    writeFileSync(file, rebuilt, 'latin1');
    expect(run(pkg, ['--all-files'], repo.dir).stdout).toContain('NO SECRETS FOUND');
    expect(caches(pkg)).toEqual([`fast-fedcba9876543210-${process.version}-${process.arch}.bin`]);
  });

  it('runs the ES-module build when the bundle is missing or broken', () => {
    const { repo } = repoWithSecret();
    const pkg = install();
    const expected = run(pkg, ['--staged'], repo.dir);
    expect(expected.code).toBe(1);
    rmSync(join(pkg, 'dist/fast.cjs'));
    expect(run(pkg, ['--staged'], repo.dir)).toEqual(expected);

    const broken = install();
    writeFileSync(join(broken, 'dist/fast.cjs'), `// build 0123456789abcdef\nthrow new Error('damaged');\n`);
    expect(run(broken, ['--staged'], repo.dir)).toEqual(expected);
    writeFileSync(join(broken, 'dist/fast.cjs'), 'not even a build line\n');
    expect(run(broken, ['--staged'], repo.dir)).toEqual(expected);
  });

  it('holds nothing of what it scanned', () => {
    const planted = plantedSecrets();
    const pkg = install();
    const repo = new Repo();
    repo.write('README.md', 'hello\n').add().commit('init');
    repo.write('secrets.env', plantedFile(planted)).add('secrets.env');
    // The cache is made after the scan, from everything that scan compiled.
    const res = run(pkg, ['--staged', '--no-redact'], repo.dir);
    expect(res.code).toBe(1);
    expectAllShown(res.stdout, planted);
    const data = readFileSync(join(cacheDir(pkg), cacheName(pkg)));
    expectNoLeak(data.toString('latin1'), planted, 'code cache (one-byte strings)');
    expectNoLeak(data.toString('utf16le'), planted, 'code cache (two-byte strings)');
    expectNoLeak(data.subarray(1).toString('utf16le'), planted, 'code cache (two-byte strings, odd offset)');
  });
});
