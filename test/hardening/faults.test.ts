// Faults, each with its exit code and its one-line message: git missing or unable to read the
// repository, odd repository states, an output that cannot be written, readers that go away,
// signals, and config files that cannot be read or parsed. None may end in "no secrets found"
// unless the scan really finished, and none may print a stack trace.
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Repo } from '../helpers/repo.ts';
import { BIN, cleanEnv, fakeGithubToken, openTempDir, runAsOtherUser, runCli, spawnCli, tempDir, waitFor, writeTree } from './helpers.ts';
import type { CliResult } from './helpers.ts';

const BYPASS = 'The commit was stopped because the scan could not run. To commit anyway, on purpose: git commit --no-verify (or SKIP=scan-secrets with pre-commit).';

/** Exit 2, exactly one line on stderr, nothing claiming a clean result. */
function expectError(r: CliResult, message: string | RegExp): void {
  expect(r.stdout).not.toMatch(/no secrets found/);
  expect(r.stderr).not.toMatch(/\n {4}at /);
  expect(r.stderr.endsWith('\n') && r.stderr.split('\n').length === 2, `one line: ${r.stderr}`).toBe(true);
  if (typeof message === 'string') expect(r.stderr).toBe(`scan-secrets: ${message}\n`);
  else expect(r.stderr).toMatch(message);
  expect(r.code).toBe(2);
}

function repoWithSecret(): Repo {
  const repo = new Repo();
  repo.write('README.md', 'hi\n').add().commit();
  repo.write('app.env.txt', `token = ${fakeGithubToken()}\n`).add();
  return repo;
}

const inHook = (repo: Repo) => ({ GIT_INDEX_FILE: join(repo.dir, '.git', 'index') });

describe('git and the repository', () => {
  // The exact words for each reason git has nothing to read (git missing, a bare repository,
  // the .git folder, another owner) are checked in work-tree.test.ts; here: exit 2, one line
  // naming the mode, and inside a hook, the way to bypass.
  it('git missing from PATH', () => {
    const repo = repoWithSecret();
    const env = { PATH: '/nonexistent' };
    for (const mode of ['--staged', '--all-files']) {
      expectError(runCli([mode], { cwd: repo.dir, env }), new RegExp(`^scan-secrets: .+, so ${mode} has nothing to read; .+\\n$`));
    }
    expectError(runCli([], { cwd: repo.dir, env: { ...env, ...inHook(repo) } }), new RegExp(`^scan-secrets: .+, so --staged has nothing to read; .+ ${BYPASS.replace(/[.()]/g, '\\$&')}\\n$`));
    // A plain path scan does not need git: without it, it walks everything (more, never less).
    const paths = runCli(['--format', 'json', '.'], { cwd: repo.dir, env });
    expect(paths.code).toBe(1);
  });

  it('a corrupt index', () => {
    const repo = repoWithSecret();
    writeFileSync(join(repo.dir, '.git', 'index'), 'garbage\n');
    const fix = '; the index is damaged: delete that file and run git reset to rebuild it from HEAD, then stage your changes again';
    const bad = `git ls-files failed: .git/index: index file smaller than expected${fix}`;
    expectError(repo.scan('--staged'), `git diff failed: .git/index: index file smaller than expected${fix}. ${BYPASS}`);
    expectError(runCli([], { cwd: repo.dir, env: inHook(repo) }), `git diff failed: ${join(repo.dir, '.git', 'index')}: index file smaller than expected${fix}. ${BYPASS}`);
    expectError(repo.scan('--all-files'), bad);
    expectError(repo.scan('.'), bad);
  });

  it('a missing object (a corrupt object store)', () => {
    const repo = new Repo();
    repo.write('README.md', 'hi\n').add().commit();
    repo.write('blob.dat', Buffer.from([0, 1, 2, 3])).add();
    const sha = repo.git('rev-parse', ':blob.dat').trim();
    rmSync(join(repo.dir, '.git', 'objects', sha.slice(0, 2), sha.slice(2)));
    expectError(repo.scan('--staged'), `git cat-file: object ${sha} is missing; is the repository corrupt? Run git fsck. ${BYPASS}`);
  });

  it('a repository with no commits: --staged scans everything added, --all-files the index, --history nothing', () => {
    const repo = new Repo();
    repo.write('a.txt', `token = ${fakeGithubToken()}\n`).add();
    const staged = repo.scan('--staged', '--format', 'json');
    expect(staged.code).toBe(1);
    expect(JSON.parse(staged.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['a.txt']);
    expect(repo.scan('--all-files').code).toBe(1);
    const history = repo.scan('--history');
    expect(history.stdout).toMatch(/^✔ no secrets found in git history \(0 commits\) \(0 files scanned in \d+ ms\)\n$/);
    expect(history.code).toBe(0);
    expect(new Repo().scan('--staged').code).toBe(0);
  });

  it('a detached HEAD and a shallow clone scan like any other', () => {
    const repo = repoWithSecret();
    repo.commit('second');
    repo.write('README.md', 'hi again\n').add().commit('third');
    repo.git('checkout', '-q', '--detach', 'HEAD~1');
    repo.write('new.txt', `token = ${fakeGithubToken()}\n`).add();
    const detached = repo.scan('--staged', '--format', 'json');
    expect(detached.code).toBe(1);
    expect(JSON.parse(detached.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['new.txt']);

    const clone = tempDir();
    const res = spawnSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone], { env: cleanEnv() });
    expect(res.status).toBe(0);
    const shallow = new Repo(clone);
    expect(shallow.scan('--all-files').code).toBe(1);
    // the history of a shallow clone is the commits it has
    const history = shallow.scan('--history', '--format', 'json');
    expect(history.code).toBe(1);
    expect(JSON.parse(history.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['app.env.txt']);
  });
});

describe('output', () => {
  function dirWithSecret(): string {
    const dir = openTempDir();
    writeTree(dir, { 'a.txt': `token = ${fakeGithubToken()}\n` });
    chmodSync(join(dir, 'a.txt'), 0o644);
    return dir;
  }

  it('an --output that cannot be written: no folder, a folder, no permission, a full device', () => {
    const dir = dirWithSecret();
    mkdirSync(join(dir, 'out'));
    const fix = 'choose another --output path';
    expectError(runCli(['--no-git', '-o', 'missing/r.json', 'a.txt'], { cwd: dir }), `cannot write missing/r.json: its folder does not exist; ${fix}`);
    expectError(runCli(['--no-git', '-o', 'out', 'a.txt'], { cwd: dir }), `cannot write out: it is a folder; ${fix}`);
    expectError(runCli(['--no-git', '-o', '/dev/full', 'a.txt'], { cwd: dir }), `cannot write /dev/full: no space left on the device; ${fix}`);
    expectError(runAsOtherUser(['--no-git', '-o', 'r.json', 'a.txt'], { cwd: dir }), `cannot write r.json: permission denied; ${fix}`);
  });

  it('standard output on a full device', () => {
    const dir = dirWithSecret();
    const full = openSync('/dev/full', 'w');
    try {
      const res = spawnSync(process.execPath, [BIN, '--no-git', 'a.txt'], { cwd: dir, env: cleanEnv(), stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(res.stderr).toBe('scan-secrets: cannot write output: ENOSPC: no space left on device, write\n');
      expect(res.status).toBe(2);
    } finally {
      closeSync(full);
    }
  });

  it('standard output closed early (| head -1): the exit code stands, no EPIPE trace', async () => {
    const dir = tempDir();
    // ~300 KB of report, several pipe buffers: the CLI is still writing when the reader goes
    writeFileSync(join(dir, 'many.txt'), Array.from({ length: 3000 }, () => `token = ${fakeGithubToken()}`).join('\n'));
    for (const format of ['text', 'sarif']) {
      const run = await spawnCli(['--no-git', '--format', format, 'many.txt'], { cwd: dir }, (child) => {
        child.stdout!.once('data', () => child.stdout!.destroy());
      });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
    }
    const shell = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" --no-git many.txt | head -1`], { cwd: dir, env: cleanEnv(), encoding: 'utf8' });
    expect(shell.stdout).toBe('scan-secrets: 3000 secrets in the given files\n');
    expect(shell.stderr).toBe('');
    expect(shell.status).toBe(1);
  });

  it('standard error closed: the exit code still tells error (2), findings (1) and clean (0) apart', async () => {
    const dir = dirWithSecret();
    writeFileSync(join(dir, 'clean.txt'), 'nothing\n');
    const closed = (child: ReturnType<typeof import('node:child_process').spawn>) => child.stderr!.destroy();
    expect((await spawnCli(['--no-git', 'missing.txt'], { cwd: dir }, closed)).code).toBe(2);
    expect((await spawnCli(['--no-git', '-o', 'r1.txt', 'a.txt'], { cwd: dir }, closed)).code).toBe(1);
    expect((await spawnCli(['--no-git', '-o', 'r0.txt', 'clean.txt'], { cwd: dir }, closed)).code).toBe(0);
  });
});

describe('signals', () => {
  it.each([['SIGINT', 130], ['SIGTERM', 143]] as const)('%s in the middle of a scan: exit %i and a message, never "no secrets found"', async (signal, code) => {
    const dir = tempDir();
    // Enough work that the scan is still running 100 ms after it starts.
    for (let d = 0; d < 20; d++) {
      mkdirSync(join(dir, `d${d}`));
      for (let f = 0; f < 400; f++) writeFileSync(join(dir, `d${d}`, `f${f}.txt`), `line ${f} password = "x"\n`.repeat(50));
    }
    try {
      const run = await spawnCli(['--no-git', '--debug', '.'], { cwd: dir }, (child, out) => {
        void waitFor(out, /debug: scanning/).then(() => setTimeout(() => child.kill(signal), 100));
      });
      expect(run.stderr).toMatch(new RegExp(`\\nscan-secrets: interrupted by ${signal}; the scan did not finish, so its result is unknown\\n$`));
      expect(run.stderr).not.toMatch(/debug: scan: /);
      expect(run.stdout).toBe('');
      expect(run.code).toBe(code);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('SIGINT while reading standard input', async () => {
    const run = await spawnCli(['-', '--debug'], { cwd: tempDir(), input: 'partial input\n', keepStdinOpen: true }, (child, out) => {
      void waitFor(out, /debug: scanning/).then(() => child.kill('SIGINT'));
    });
    expect(run.stderr).toMatch(/\nscan-secrets: interrupted by SIGINT; the scan did not finish, so its result is unknown\n$/);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(130);
  });
});

describe('config files', () => {
  function setup(key: 'rules' | 'envCheck'): Repo {
    const repo = new Repo();
    repo.write('.env', 'SECRET_KEY=Qm8vT2xLp9RwZ4nK7yB3cF6hJ1sD5gA0zX\n');
    repo.write('a.txt', `token = ${fakeGithubToken()}\n`);
    writeTree(repo.dir, {
      'bad.yaml': `${key}: [unclosed\n`,
      'tag.yaml': `${key}: !!js/function "function () { return 1 }"\n`,
      'bad.json': `{ "${key}": `,
      'locked.yaml': `${key}: {}\n`,
      // a billion x's once every alias is expanded
      'bomb.yaml': key === 'envCheck'
        ? ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`), `${key}: *j`, ''].join('\n')
        : ['allowlists:', '  - paths: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((c, i) => `  - paths: &${c} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`), ''].join('\n'),
      'bad.toml': '[[rules]\nid = "x"\n',
    });
    chmodSync(repo.dir, 0o755);
    for (const f of ['.env', 'a.txt']) chmodSync(join(repo.dir, f), 0o644);
    chmodSync(join(repo.dir, 'locked.yaml'), 0o600);
    mkdirSync(join(repo.dir, 'folder.yaml'));
    return repo.add().commit();
  }

  it("the scan's config: unreadable, missing, a folder, invalid YAML, a code tag, invalid JSON or TOML, an alias bomb", () => {
    const repo = setup('rules');
    const check = (config: string) => runCli(['--all-files', '--config', config], { cwd: repo.dir });
    expectError(runAsOtherUser(['--all-files', '--config', 'locked.yaml'], { cwd: repo.dir, env: { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'safe.directory', GIT_CONFIG_VALUE_0: '*' } }), 'cannot read config locked.yaml: permission denied; check the file and its permissions');
    expectError(check('missing.yaml'), '--config missing.yaml: no such file; check the path');
    expectError(check('folder.yaml'), 'cannot read config folder.yaml: it is a folder; check the file and its permissions');
    expectError(check('bad.yaml'), /^scan-secrets: bad\.yaml:2: cannot parse YAML: .+; fix the file\n$/);
    expectError(check('tag.yaml'), 'tag.yaml:1: cannot parse YAML: Unresolved tag: tag:yaml.org,2002:js/function; fix the file');
    expectError(check('bad.json'), 'bad.json:1: cannot parse JSON: Flow map must end with a }; fix the file');
    expectError(check('bad.toml'), /^scan-secrets: bad\.toml:1: cannot parse TOML: .+; fix the file\n$/);
    // the scan's config is read node by node: an alias is not expanded, it is not a glob
    expectError(check('bomb.yaml'), 'bomb.yaml:3: allowlists[1].paths[0]: expected path globs, got something else');
    // discovered by the pre-commit hook: the commit stops, and says how to bypass
    repo.write('.scan-secrets.yaml', 'rules: [unclosed\n');
    expectError(runCli([], { cwd: repo.dir, env: inHook(repo) }), /^scan-secrets: \.scan-secrets\.yaml:2: cannot parse YAML: .+; fix the file\. The commit was stopped because the scan could not run\. To commit anyway, on purpose: git commit --no-verify \(or SKIP=scan-secrets with pre-commit\)\.\n$/);
  });

  it("env-check's config: unreadable, invalid YAML, a code tag, invalid JSON, an alias bomb", () => {
    const repo = setup('envCheck');
    const check = (config: string) => runCli(['env-check', '--config', config, '.env'], { cwd: repo.dir });
    expectError(runAsOtherUser(['env-check', '--config', 'locked.yaml', '.env'], { cwd: repo.dir }), 'cannot read locked.yaml: permission denied; check the file and its permissions');
    expectError(check('bad.yaml'), /^scan-secrets: bad\.yaml:2: not valid YAML \(.+\); fix the file\n$/);
    expectError(check('tag.yaml'), 'tag.yaml:1: not valid YAML (Unresolved tag: tag:yaml.org,2002:js/function); fix the file');
    expectError(check('bad.json'), 'bad.json: not valid JSON (Unexpected end of JSON input); fix the file');
    expectError(check('bomb.yaml'), 'bomb.yaml: not usable YAML (Excessive alias count indicates a resource exhaustion attack); fix the file');
  });
});
