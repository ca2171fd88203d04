// The staged scan reads the file list and the added lines from one `git diff` and HEAD from
// the same rev-parse as the repository's top: the cases that depend on how that output is
// split (renames, binaries, odd paths, the first commit, sub-directories, path filters).

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestRepo, githubToken } from './helpers/history-repo.ts';
import { ensureBuilt, runCli } from './helpers/run-built-cli.ts';

beforeAll(() => ensureBuilt());

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

function staged(repo: TestRepo, args: string[] = [], cwd = repo.dir) {
  const res = runCli(['--staged', '--format', 'json', '--no-redact', ...args], { cwd });
  expect([0, 1], res.stderr).toContain(res.status);
  return JSON.parse(res.stdout) as { findings: { file: string; line: number; secret: string; ruleId: string }[]; stats: { files: number } };
}

describe('--staged', () => {
  it('on the first commit, with odd paths, a rename, a binary and a -diff text file', () => {
    const repo = new TestRepo('scan-secrets-staged-');
    repos.push(repo);
    const t = githubToken();
    repo.write('moved-from.txt', 'one\ntwo\n');
    repo.write('sp ace.txt', `tok = "${t}"\n`);
    repo.git('add', '-A');
    expect(staged(repo).findings.map((f) => f.file)).toEqual(['sp ace.txt']); // no HEAD yet
    repo.commit('first');

    repo.git('mv', 'moved-from.txt', 'moved-to.txt');
    repo.write('ta\tb.txt', `x\n${t}\n`);
    repo.write('ünï.txt', `ü ${t}\n`);
    repo.write('b.bin', Buffer.concat([Buffer.from([0, 1, 0]), Buffer.from(t)]));
    repo.write('.gitattributes', 'data.json -diff\n');
    repo.write('data.json', `{"t": "${t}"}\n`);
    repo.git('add', '-A');
    const res = staged(repo);
    expect(res.findings.map((f) => [f.file, f.line])).toEqual([['data.json', 1], ['ta\tb.txt', 2], ['ünï.txt', 1]]);
    expect(res.stats.files).toBe(6);
  });

  it('from a sub-directory, with a path filter, and with nothing staged', () => {
    const repo = new TestRepo('scan-secrets-staged-');
    repos.push(repo);
    repo.write('README.md', 'hello\n');
    repo.commit('first');
    const t = githubToken();
    repo.write('src/a.ts', `const a = "${t}";\n`);
    repo.write('src/b.ts', `const b = "${t}";\n`);
    repo.git('add', '-A');
    mkdirSync(join(repo.dir, 'src', 'deep'), { recursive: true });
    expect(staged(repo, [], join(repo.dir, 'src', 'deep')).findings.map((f) => f.file)).toEqual(['src/a.ts', 'src/b.ts']);
    expect(staged(repo, ['src/b.ts']).findings.map((f) => f.file)).toEqual(['src/b.ts']);
    repo.commit('second');
    expect(staged(repo)).toMatchObject({ findings: [], stats: { files: 0 } });
  });

  it('fails closed with a plain message outside a repository, and with the bypass hint when git fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-secrets-norepo-'));
    try {
      const res = runCli(['--staged'], { cwd: dir });
      expect(res.status).toBe(2);
      expect(res.stderr).toBe('scan-secrets: not inside a git repository, so --staged has nothing to read; scan plain files with: scan-secrets --no-git PATH...\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const repo = new TestRepo('scan-secrets-staged-');
    repos.push(repo);
    repo.write('a.txt', 'a\n');
    repo.commit('first');
    writeFileSync(join(repo.dir, '.git', 'index'), 'not an index');
    const res = runCli(['--staged'], { cwd: repo.dir });
    expect(res.status).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(/^scan-secrets: git diff failed: .*The commit was stopped because the scan could not run\. To commit anyway, on purpose: git commit --no-verify/);
  });

  it('sizes files exactly: by their patch where that decides, by git where it cannot', () => {
    const repo = new TestRepo('scan-secrets-staged-');
    repos.push(repo);
    repo.write('README.md', 'hello\n');
    const limit = 1000;
    const line = 'x'.repeat(99) + '\n';
    repo.write('grow.txt', line.repeat(15));
    repo.commit('first');
    repo.write('at-limit.txt', line.repeat(10)); // 1000 bytes: not over
    repo.write('over-no-eol.txt', line.repeat(10) + 'y'); // 1001 bytes, no newline at the end
    // 1000 bytes of which 200 are not UTF-8: decoded, they would count as 600, and over the limit
    repo.write('latin1.txt', Buffer.concat([Buffer.alloc(200, 0xe9), Buffer.from(line.repeat(8))]));
    repo.write('grow.txt', line.repeat(20)); // modified, 500 bytes added: only --enforce-all sizes it
    repo.git('add', '-A');
    const tooLarge = (args: string[]) => {
      const res = runCli(['--staged', '--format', 'json', '--max-file-size', String(limit), ...args], { cwd: repo.dir });
      const out = JSON.parse(res.stdout) as { findings: { file: string; ruleId: string; message?: string }[] };
      return out.findings.filter((f) => f.ruleId === 'file-too-large').map((f) => `${f.file}: ${f.message}`);
    };
    expect(tooLarge([])).toEqual(['over-no-eol.txt: 1001 B, over the limit of 1000 B']);
    expect(tooLarge(['--enforce-all'])).toEqual([
      'grow.txt: 2.0 KB, over the limit of 1000 B',
      'over-no-eol.txt: 1001 B, over the limit of 1000 B',
    ]);
  });

  it('asks git for the top when GIT_DIR and GIT_WORK_TREE point away from the folder it runs in', () => {
    const here = new TestRepo('scan-secrets-staged-');
    const there = new TestRepo('scan-secrets-staged-');
    repos.push(here, there);
    const t = githubToken();
    here.write('here.txt', 'nothing\n');
    here.git('add', '-A');
    there.write('there.txt', `tok = "${t}"\n`);
    there.git('add', '-A');
    const res = runCli(['--staged', '--format', 'json'], { cwd: here.dir, env: { GIT_DIR: join(there.dir, '.git'), GIT_WORK_TREE: there.dir } });
    expect(res.status, res.stderr).toBe(1);
    expect((JSON.parse(res.stdout) as { findings: { file: string }[] }).findings.map((f) => f.file)).toEqual(['there.txt']);
  });

  it('takes the top from git when the folder it runs in holds a .git that git passes over', () => {
    const repo = new TestRepo('scan-secrets-staged-');
    repos.push(repo);
    repo.write('.scan-secrets.yaml', "allowlists:\n  - description: fixtures\n    paths: ['sub/**']\n");
    repo.write('sub/.git/placeholder', ''); // an empty .git folder: not a repository to git
    repo.write('sub/a.txt', `tok = "${githubToken()}"\n`);
    repo.git('add', '.scan-secrets.yaml', 'sub/a.txt');
    // Run from sub/: git finds the repository above, and so must the config.
    const res = runCli(['--staged', '--format', 'json'], { cwd: join(repo.dir, 'sub') });
    expect(res.status, res.stderr).toBe(0);
  });
});
