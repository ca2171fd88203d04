// Worker threads: a large scan goes to them and finds exactly what one thread finds; a small
// scan never starts them.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigTree, type Tree } from './helpers/tree.ts';
import { TestRepo, githubToken } from './helpers/history-repo.ts';
import { ensureBuilt, runCli } from './helpers/run-built-cli.ts';

let tree: Tree;
beforeAll(() => {
  ensureBuilt();
  tree = bigTree();
});
afterAll(() => tree.repo.cleanup());

function scan(args: string[], cwd: string, threads: string) {
  const res = runCli([...args, '--format', 'json', '--no-redact'], { cwd, env: { SCAN_SECRETS_THREADS: threads } });
  expect(res.status, res.stderr).toBe(1);
  return JSON.parse(res.stdout) as { findings: { secret: string; file: string; line: number }[]; stats: { files: number; bytes: number; threads: number; skipped: number } };
}

describe('worker threads', () => {
  it('--all-files on a 10 MB tree uses them and finds the same as one thread', () => {
    const one = scan(['--all-files'], tree.repo.dir, '1');
    const two = scan(['--all-files'], tree.repo.dir, '2');
    expect(one.stats.threads).toBe(1);
    expect(two.stats.threads).toBe(2);
    expect(two.findings).toEqual(one.findings);
    expect(two.stats.files).toBe(one.stats.files);
    expect(two.stats.bytes).toBe(one.stats.bytes);
    expect(new Set(two.findings.map((f) => f.secret))).toEqual(new Set(tree.secrets));
  });

  it('a directory scan uses them too, with the same result', () => {
    const one = scan(['--no-git', 'src'], tree.repo.dir, '1');
    const two = scan(['--no-git', 'src'], tree.repo.dir, '2');
    expect(two.stats.threads).toBe(2);
    expect(two.findings).toEqual(one.findings);
  });

  it('a small scan stays on the main thread', () => {
    const small = new TestRepo('scan-secrets-small-');
    try {
      small.write('a.js', `const t = "${githubToken()}";\n`);
      small.write('b.js', 'export {};\n');
      small.commit('small');
      expect(scan(['--all-files'], small.dir, '2').stats.threads).toBe(1);
      small.write('c.js', `const t = "${githubToken()}";\n`);
      small.git('add', 'c.js');
      const staged = runCli(['--staged', '--format', 'json'], { cwd: small.dir, env: { SCAN_SECRETS_THREADS: '2' } });
      expect(JSON.parse(staged.stdout).stats.threads).toBe(1);
    } finally {
      small.cleanup();
    }
  });

  it('rejects a nonsense thread count', () => {
    const res = runCli(['--all-files'], { cwd: tree.repo.dir, env: { SCAN_SECRETS_THREADS: 'many' } });
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('SCAN_SECRETS_THREADS must be a whole number');
  });
});
