// A scanned repository is untrusted input. Nothing in it may make us run a program (diff and
// textconv drivers, filters, fsmonitor, hooks, a pager, a config file with code in it), hide a
// secret from us by the same means, read or write outside the tree, hang the scan, or repaint the
// terminal through a name. Every hostile program below would create a marker file if run.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Repo } from '../helpers/repo.ts';
import { cleanEnv, fakeGithubToken, runCli, tempDir } from './helpers.ts';

/** Every file under dir (the .git folder included) with its size, mtime and content hash. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const abs = join(d.parentPath, d.name);
    if (d.isSymbolicLink()) out.set(relative(dir, abs), 'link');
    else if (d.isFile()) {
      const st = statSync(abs);
      out.set(relative(dir, abs), `${st.size} ${st.mtimeMs} ${createHash('sha256').update(readFileSync(abs)).digest('hex')}`);
    } else if (d.isDirectory()) out.set(`${relative(dir, abs)}/`, 'dir');
  }
  return out;
}

/**
 * A repository whose config and attributes try every way git has to run a program; what it adds
 * is staged, or committed too (before the hostile config: git itself would run those programs).
 */
function hostileRepo(markers: string, committed = false): { repo: Repo; token: string } {
  const repo = new Repo();
  const token = fakeGithubToken();
  repo.write('README.md', 'hi\n').write('src/app.txt', 'port = 8080\n').add().commit();
  const run = (what: string) => `touch '${join(markers, what)}'`;
  const hooks = join(repo.dir, '.git', 'evil-hooks');
  mkdirSync(hooks);
  for (const hook of ['pre-commit', 'post-checkout', 'post-index-change', 'fsmonitor-watchman', 'reference-transaction', 'pre-auto-gc']) {
    writeFileSync(join(hooks, hook), `#!/bin/sh\n${run(`hook-${hook}`)}\n`, { mode: 0o755 });
  }
  const config: [string, string][] = [
    ['diff.evil.textconv', `${run('textconv')}; cat /dev/null`],
    ['diff.evil.command', `${run('diff-command')}; true`],
    ['diff.external', `${run('diff-external')}; true`],
    ['filter.evil.clean', `${run('filter-clean')}; cat`],
    ['filter.evil.smudge', `${run('filter-smudge')}; cat`],
    ['filter.evil.process', `sh -c "${run('filter-process')}"`],
    ['merge.evil.driver', `${run('merge-driver')}; true`],
    ['core.fsmonitor', `${run('fsmonitor')}; true`],
    ['core.pager', `${run('pager')}; cat`],
    ['core.hooksPath', hooks],
    ['core.editor', run('editor')],
    ['core.sshCommand', run('ssh')],
    ['core.askPass', run('askpass')],
    ['credential.helper', `!${run('credential')}`],
    ['gpg.program', run('gpg')],
    ['gc.auto', '1'],
  ];
  // What the commit adds: a token behind every attribute that could hide it or run a driver.
  repo.write('.gitattributes', '* diff=evil filter=evil merge=evil\n*.txt binary\n*.env -diff -text\n');
  repo.write('src/app.txt', `port = 8080\ntoken = ${token}\n`);
  repo.write('config/prod.env', `GITHUB_TOKEN=${fakeGithubToken()}\n`);
  repo.add();
  if (committed) repo.commit('hostile');
  // The hostile config comes last: from here on, whatever runs one of these programs is us.
  for (const [k, v] of config) repo.git('config', k, v);
  return { repo, token };
}

describe('a hostile .git/config and .gitattributes', () => {
  it('no driver, filter, hook, fsmonitor or pager runs, in any mode, and nothing is written', () => {
    const markers = tempDir('markers-');
    const { repo, token } = hostileRepo(markers);
    const home = tempDir('home-');
    const tmp = tempDir('tmp-');
    const env = { HOME: home, TMPDIR: tmp, GIT_INDEX_FILE: undefined, PAGER: `touch ${join(markers, 'env-pager')}`, GIT_PAGER: `touch ${join(markers, 'env-git-pager')}` };
    const inHook = { ...env, GIT_INDEX_FILE: join(repo.dir, '.git', 'index') };
    const before = snapshot(repo.dir);

    const staged = runCli(['--staged', '--format', 'json', '--no-redact'], { cwd: repo.dir, env });
    // textconv to /dev/null and "binary" did not hide the token: the blob itself was read
    expect(staged.code).toBe(1);
    expect(JSON.parse(staged.stdout).findings.map((f: { secret: string }) => f.secret)).toContain(token);
    for (const [args, runEnv] of [
      [[], inHook], [['--all-files'], env], [['.'], env],
      [['--pre-commit', 'src/app.txt'], inHook],
    ] as const) {
      const r = runCli([...args], { cwd: repo.dir, env: runEnv });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(1);
    }
    const { repo: old, token: oldToken } = hostileRepo(markers, true);
    const oldBefore = snapshot(old.dir);
    const history = runCli(['--history', '--format', 'json', '--no-redact'], { cwd: old.dir, env });
    expect(history.code).toBe(1);
    const found: { ruleId: string; secret: string | null }[] = JSON.parse(history.stdout).findings;
    expect(found.map((f) => f.ruleId).sort()).toEqual(['blocked-env-file', 'github-pat', 'github-pat']);
    expect(found.map((f) => f.secret)).toContain(oldToken);
    expect(runCli(['--all-files'], { cwd: old.dir, env }).code).toBe(1);
    // a committed .env is a repository-hygiene error
    expect(runCli(['env-check', '--repo'], { cwd: old.dir, env }).code).toBe(1);

    expect(readdirSync(markers)).toEqual([]);
    // nothing written: not the repositories (index and objects included), not HOME, not TMPDIR
    expect(snapshot(repo.dir)).toEqual(before);
    expect(snapshot(old.dir)).toEqual(oldBefore);
    expect(readdirSync(home)).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('the only file a scan writes is the --output it was given', () => {
    const { repo } = hostileRepo(tempDir('markers-'));
    const outDir = tempDir('out-');
    const before = snapshot(repo.dir);
    for (const format of ['text', 'json', 'sarif']) {
      const r = runCli(['--staged', '--format', format, '--debug', '--output', join(outDir, `report.${format}`)], { cwd: repo.dir });
      expect(r.code).toBe(1);
    }
    expect(readdirSync(outDir).sort()).toEqual(['report.json', 'report.sarif', 'report.text']);
    expect(snapshot(repo.dir)).toEqual(before);
  });
});

describe('a hostile scan-secrets config', () => {
  it('a code tag is refused, not run, and not read as a plain string', () => {
    const markers = tempDir('markers-');
    const repo = new Repo();
    const code = `require('fs').writeFileSync('${join(markers, 'config-code')}', '')`;
    repo.write('README.md', 'hi\n').add().commit();
    for (const [file, text, message] of [
      ['.scan-secrets.yaml', `rules:\n  - id: evil\n    regex: !!js/regexp /a/\n`, '.scan-secrets.yaml:3: cannot parse YAML: Unresolved tag: tag:yaml.org,2002:js/regexp; fix the file'],
      ['.scan-secrets.yaml', `strict: !!js/function "function () { ${code} }"\n`, '.scan-secrets.yaml:1: cannot parse YAML: Unresolved tag: tag:yaml.org,2002:js/function; fix the file'],
      ['.scan-secrets.js', `${code}\n`, `${join(repo.dir, '.scan-secrets.js')}: JavaScript configs are not supported (a repository's config must not run code on the machine that scans it); use .scan-secrets.yaml or .scan-secrets.json`],
    ]) {
      repo.write(file, text);
      const r = runCli(file.endsWith('.js') ? ['--config', file, '--all-files'] : ['--all-files'], { cwd: repo.dir });
      expect(r.stderr).toBe(`scan-secrets: ${message}\n`);
      expect(r.code).toBe(2);
    }
    const envCheck = runCli(['env-check', '--repo'], { cwd: repo.dir });
    expect(envCheck.code).toBe(2);
    expect(readdirSync(markers)).toEqual([]);
  });

  it('a catastrophic custom regex in the pre-commit hook: the commit is scanned, the spent budget reported', () => {
    const repo = new Repo();
    repo.write('README.md', 'hi\n').add().commit();
    repo.write('.scan-secrets.yaml', "timeBudgetMs: 1\nrules:\n  - id: evil-backtracking\n    regex: '(a|aa)+$'\n    keywords: [aaaa]\n");
    // Long lines of `a` that end in `!`: exponential for a backtracking engine.
    const token = fakeGithubToken();
    repo.write('big.txt', `${`${'a'.repeat(40_000)}!\n`.repeat(10)}token = ${token}\n`).add();
    const r = runCli(['--format', 'json', '--no-redact'], { cwd: repo.dir, env: { GIT_INDEX_FILE: join(repo.dir, '.git', 'index') } });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { secret: string }) => f.secret)).toEqual([token]);
    expect(r.stderr).toBe('scan-secrets: warning: custom rule evil-backtracking ran out of time in big.txt (timeBudgetMs 1); the rest of that file was not searched by it\n');
  });

  it('a baseline named by the repository config must be inside the repository', () => {
    const outside = tempDir('outside-');
    const repo = new Repo();
    repo.write('a.txt', `token = ${fakeGithubToken()}\n`).add().commit();
    for (const [path, command] of [[join(outside, 'b.json'), ['baseline']], ['sub/../../outside.json', ['--all-files']]]) {
      repo.write('.scan-secrets.yaml', `baseline: ${path}\n`);
      const r = runCli(command as string[], { cwd: repo.dir });
      expect(r.stderr).toBe(`scan-secrets: .scan-secrets.yaml: baseline: ${path} is outside the repository; a repository's config may only name a baseline inside it (choose one elsewhere with --baseline)\n`);
      expect(r.code).toBe(2);
    }
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(join(repo.dir, '..', 'outside.json'))).toBe(false);
    // The person running the scan may still choose a file anywhere.
    expect(runCli(['baseline', '--file', join(outside, 'mine.json')], { cwd: repo.dir }).code).toBe(0);
    expect(readdirSync(outside)).toEqual(['mine.json']);
    expect(runCli(['--all-files', '--baseline', join(outside, 'mine.json')], { cwd: repo.dir }).code).toBe(0);
    repo.write('.scan-secrets.yaml', 'baseline: security/baseline.json\n');
    expect(runCli(['baseline'], { cwd: repo.dir }).code).toBe(0);
    expect(existsSync(join(repo.dir, 'security', 'baseline.json'))).toBe(true);
    expect(runCli(['--all-files'], { cwd: repo.dir }).code).toBe(0);
  });
});

describe('links out of the tree', () => {
  it('a link to /etc/passwd, or to a secret outside the tree, is never read', () => {
    const outside = tempDir();
    const token = fakeGithubToken();
    writeFileSync(join(outside, 'far.txt'), `token = ${token}\n`);
    const repo = new Repo();
    repo.write('README.md', 'hi\n');
    symlinkSync('/etc/passwd', join(repo.dir, 'passwd'));
    symlinkSync(join(outside, 'far.txt'), join(repo.dir, 'far.txt'));
    symlinkSync(outside, join(repo.dir, 'outside'));
    for (const args of [['.'], ['--no-git', '.'], ['passwd', 'far.txt'], ['--staged'], ['--all-files']]) {
      if (args[0] === '--staged') repo.add();
      if (args[0] === '--all-files') repo.commit();
      const r = runCli([...args, '--format', 'json', '--no-redact', '--verbose'], { cwd: repo.dir });
      expect(r.stdout).not.toContain(token);
      expect(r.stdout).not.toContain('root:');
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
    }
  });
});

describe('names and words from the repository are printed without their control characters', () => {
  const NAME = 'x\n\x1b[2J\u202eevil.txt';
  const SHOWN = 'x\\n\\u001b[2J\\u202eevil.txt';
  const RAW = /[\x00-\x08\x0b-\x1f\x7f\u202e]/;

  it('in the text report (staged, with the author of a commit) and the one-line error, but JSON keeps the name', () => {
    const repo = new Repo();
    repo.write('README.md', 'hi\n').add().commit();
    const token = fakeGithubToken();
    repo.write(NAME, `token = ${token}\n`).add();
    const staged = repo.scan('--staged');
    expect(staged.code).toBe(1);
    expect(staged.stdout).toContain(`  ${SHOWN}:1:9  github-pat  `);
    expect(staged.stdout).not.toMatch(RAW);
    const json = repo.scan('--staged', '--format', 'json');
    expect(JSON.parse(json.stdout).findings[0].file).toBe(NAME);

    execFileSync('git', ['commit', '-q', '--no-verify', '-m', 'add'], { cwd: repo.dir, env: cleanEnv({ GIT_AUTHOR_NAME: 'Eve\x1b]0;owned\x07Mallory' }) });
    const history = repo.scan('--history');
    expect(history.code).toBe(1);
    expect(history.stdout).toContain('by Eve\\u001b]0;owned\\u0007Mallory <test@example.invalid>');
    expect(history.stdout).not.toMatch(RAW);
    // HEAD still holds it: a line break in the name does not put git's batch answers out of step
    expect(JSON.parse(repo.scan('--history', '--format', 'json').stdout).findings).toEqual([expect.objectContaining({ file: NAME, stillPresent: true })]);

    const missing = runCli(['--no-git', `gone${NAME}`], { cwd: repo.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`scan-secrets: no such file or directory: gone${SHOWN}\n`);
  });

  it("in a custom rule's title and remediation, and in env-check", () => {
    const repo = new Repo();
    repo.write('.scan-secrets.yaml', [
      'rules:',
      '  - id: internal-token',
      '    title: "Internal\\e[31m token\\u202e"',
      '    remediation: "Rotate\\nit"',
      "    regex: 'itk_[a-z0-9]{24}'",
      '    keywords: [itk_]',
      '    examples:',
      "      positive: ['itk_m3k9q2v7x1z8w4r6t5y0p2n7']",
      '',
    ].join('\n'));
    repo.write('a.txt', 'key = itk_q8v2xlp9rwz4nk7yb3cf6hj1\n').add().commit();
    const r = repo.scan('--all-files');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('internal-token  Internal\\u001b[31m token\\u202e  ');
    expect(r.stdout).toContain('    Rotate\\nit\n');
    expect(r.stdout).not.toMatch(RAW);

    const dir = tempDir();
    writeFileSync(join(dir, NAME), 'SECRET_KEY=changeme\n');
    const env = runCli(['env-check', '--env', 'production', NAME], { cwd: dir });
    expect(env.code).toBe(1);
    expect(env.stdout).toContain(`${SHOWN}:1  SECRET_KEY: `);
    expect(env.stdout).not.toMatch(RAW);
  });
});
