// --history on a real repository: secrets added and removed across commits, on branches, in
// a merge's own resolution, moved by a rename, and kept out by .gitattributes; scopes; and
// git failures that must stop the scan (exit 2), never report it clean.

import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestRepo, awsKeyId, githubToken } from './helpers/history-repo.ts';
import { ensureBuilt, runCli } from './helpers/run-built-cli.ts';

interface JsonFinding {
  ruleId: string;
  kind: string;
  file: string;
  line: number | null;
  secret: string | null;
  commit?: string;
  author?: string;
  date?: string;
  stillPresent?: boolean;
}

const repo = new TestRepo();
const T = {
  A: githubToken(), // added, removed, later added again in another file
  E: awsKeyId(), // added, then its file deleted
  B: awsKeyId(), // added, then its file renamed
  C: githubToken(), // on a branch, merged
  D: githubToken(), // written by a merge's conflict resolution
  F: awsKeyId(), // on a branch never merged
  G: githubToken(), // inside a binary file
  H: githubToken(), // in a file .gitattributes marks -diff (binary to git, text to us)
};
const c: Record<string, string> = {};

beforeAll(() => {
  ensureBuilt();
  repo.write('config.js', `export const token = "${T.A}";\n`);
  c.c1 = repo.commit('config');
  repo.write('other.txt', `aws_access_key_id = ${T.E}\n`);
  repo.write('.env', 'DEBUG=1\n');
  c.c2 = repo.commit('other');
  repo.write('config.js', 'export const token = process.env.TOKEN;\n');
  repo.remove('other.txt');
  repo.remove('.env');
  c.c3 = repo.commit('remove secrets');
  repo.write('settings.py', `region = "eu-west-1"\nKEY_ID = "${T.B}"\n`);
  c.c4 = repo.commit('settings');

  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('feat.ts', `const gh = "${T.C}";\n`);
  c.f1 = repo.commit('feature');
  repo.write('feat.ts', `const gh = "${T.C}";\nconst again = "${T.C}";\n`);
  c.f2 = repo.commit('feature again');
  repo.git('checkout', '-q', 'main');

  repo.git('mv', 'settings.py', 'conf.py');
  c.c5 = repo.commit('rename settings');
  c.m1 = repo.merge('feature', 'merge feature')!;

  repo.git('checkout', '-q', '-b', 'hotfix');
  repo.write('notes.md', 'hotfix line\n');
  c.h1 = repo.commit('hotfix');
  repo.git('checkout', '-q', 'main');
  repo.write('notes.md', 'main line\n');
  c.c6 = repo.commit('notes');
  expect(repo.merge('hotfix', 'merge hotfix')).toBeUndefined(); // a conflict, resolved by hand:
  repo.write('notes.md', `resolved\ntoken: ${T.D}\n`);
  c.m2 = repo.commit('merge hotfix');

  repo.write('legacy.cfg', `token=${T.A}\n`);
  c.c7 = repo.commit('legacy');

  repo.git('checkout', '-q', '-b', 'experiment');
  repo.write('exp.txt', `AWS=${T.F}\n`);
  c.x1 = repo.commit('experiment');
  repo.git('checkout', '-q', 'main');

  repo.write('.gitattributes', 'data.json -diff\n');
  repo.write('blob.bin', Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(`token=${T.G}\n`)]));
  repo.write('data.json', `{\n  "token": "${T.H}"\n}\n`);
  c.c8 = repo.commit('data');
});

afterAll(() => repo.cleanup());

function history(args: string[] = [], env?: Record<string, string>) {
  const res = runCli(['--history', '--format', 'json', '--no-redact', ...args], { cwd: repo.dir, env });
  const doc = res.stdout ? (JSON.parse(res.stdout) as { findings: JsonFinding[]; stats: { threads?: number } }) : undefined;
  return { ...res, findings: doc?.findings ?? [] };
}

const bySecret = (fs: JsonFinding[]) => new Map(fs.filter((f) => f.kind === 'secret').map((f) => [f.secret!, f]));

describe('--history over every ref', () => {
  it('reports each secret once, from the commit that first added it, with presence at HEAD', () => {
    const res = history();
    expect(res.status, res.stderr).toBe(1);
    const secrets = res.findings.filter((f) => f.kind === 'secret');
    expect(secrets.map((f) => f.secret).sort()).toEqual([T.A, T.E, T.B, T.C, T.D, T.F, T.H].sort());
    const keys = secrets.map((f) => `${f.ruleId}:${f.secret}`);
    expect(new Set(keys).size).toBe(keys.length);

    const s = bySecret(res.findings);
    const expectFinding = (secret: string, commit: string, file: string, line: number, stillPresent: boolean) =>
      expect(s.get(secret), file).toMatchObject({ commit, file, line, stillPresent });
    expectFinding(T.A, c.c1, 'config.js', 1, true); // gone from config.js, but back in legacy.cfg
    expectFinding(T.E, c.c2, 'other.txt', 1, false);
    expectFinding(T.B, c.c4, 'settings.py', 2, true); // the rename did not re-introduce it
    expectFinding(T.C, c.f1, 'feat.ts', 1, true); // not again at f2, nor at the merge
    expectFinding(T.D, c.m2, 'notes.md', 2, true); // the merge's own line
    expectFinding(T.F, c.x1, 'exp.txt', 1, false); // only on an unmerged branch
    expectFinding(T.H, c.c8, 'data.json', 2, true);
    expect(s.get(T.A)).toMatchObject({ author: 'Test Person <person@repo.test>', date: '2020-09-13T13:26:40+00:00' });
  });

  it('scans a bare mirror in place, with the same findings as its work tree', () => {
    const mirror = mkdtempSync(join(tmpdir(), 'scan-secrets-mirror-'));
    try {
      repo.git('clone', '-q', '--mirror', repo.dir, mirror);
      const here = history();
      const there = runCli(['--history', '--format', 'json', '--no-redact'], { cwd: mirror });
      expect(there.status, there.stderr).toBe(1);
      const found = (JSON.parse(there.stdout) as { findings: JsonFinding[] }).findings;
      expect(found.length).toBeGreaterThan(5);
      expect(found).toEqual(here.findings);
    } finally {
      rmSync(mirror, { recursive: true, force: true });
    }
  });

  it('reports a committed .env once, where it was added, as no longer present', () => {
    const env = history().findings.filter((f) => f.kind === 'file');
    expect(env).toHaveLength(1);
    expect(env[0]).toMatchObject({ ruleId: 'blocked-env-file', file: '.env', commit: c.c2, stillPresent: false });
  });

  it('agrees with --all-files on every secret present at HEAD', () => {
    const all = runCli(['--all-files', '--format', 'json', '--no-redact'], { cwd: repo.dir });
    expect(all.status, all.stderr).toBe(1);
    const head = (JSON.parse(all.stdout).findings as JsonFinding[]).filter((f) => f.kind === 'secret').map((f) => `${f.ruleId}:${f.secret}`);
    const still = history().findings.filter((f) => f.kind === 'secret' && f.stillPresent).map((f) => `${f.ruleId}:${f.secret}`);
    expect(new Set(still)).toEqual(new Set(head));
    expect(new Set(head).size).toBe(5);
  });

  it('gives the same answer on one thread and on worker threads', () => {
    const one = history([], { SCAN_SECRETS_THREADS: '1' });
    const many = runCli(['--history', '--format', 'json', '--no-redact'], { cwd: repo.dir, env: { SCAN_SECRETS_THREADS: '3', SCAN_SECRETS_INLINE_BYTES: '0' } });
    const doc = JSON.parse(many.stdout);
    expect(doc.stats.threads).toBe(3);
    expect(doc.findings).toEqual(one.findings);
  });

  it('says in text where each secret came in and whether it is still there', () => {
    const res = runCli(['--history', '--no-color'], { cwd: repo.dir });
    expect(res.status).toBe(1);
    expect(res.stdout).toContain(`first in commit ${c.c1.slice(0, 12)} by Test Person <person@repo.test>, 2020-09-13; still in HEAD`);
    expect(res.stdout).toContain(`first in commit ${c.c2.slice(0, 12)}`);
    expect(res.stdout).toContain('since removed');
    expect(res.stdout).toMatch(/in git history \(\d+ commits\)/);
    expect(res.stdout).not.toContain(T.A);
  });
});

describe('--history scopes', () => {
  it('--branch main leaves out unmerged branches', () => {
    const res = history(['--branch', 'main']);
    expect(res.status).toBe(1);
    expect([...bySecret(res.findings).keys()].sort()).toEqual([T.A, T.E, T.B, T.C, T.D, T.H].sort());
  });

  it('--since REV reports only what later commits added (a rename and a merge add nothing)', () => {
    const res = history(['--branch', 'main', '--since', c.c4]);
    expect(res.status).toBe(1);
    const s = bySecret(res.findings);
    expect([...s.keys()].sort()).toEqual([T.A, T.C, T.D, T.H].sort());
    expect(s.get(T.A)).toMatchObject({ commit: c.c7, file: 'legacy.cfg' });
    expect(s.get(T.C)).toMatchObject({ commit: c.f1 });
  });

  it('--until REV stops there', () => {
    const res = history(['--until', c.c3]);
    expect(res.status).toBe(1);
    expect([...bySecret(res.findings).keys()].sort()).toEqual([T.A, T.E].sort());
  });

  it('--max-commits counts from the newest', () => {
    const res = history(['--branch', 'main', '--max-commits', '1']);
    expect([...bySecret(res.findings).keys()]).toEqual([T.H]);
  });

  it('--log-opts passes path limits to git', () => {
    const res = history(['--log-opts=-- feat.ts']);
    expect(res.findings.map((f) => f.secret)).toEqual([T.C]);
  });

  it('a date after every commit is a clean, empty scan', () => {
    const res = runCli(['--history', '--since', '2031-01-01'], { cwd: repo.dir });
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toContain('no secrets found in git history (0 commits)');
  });
});

describe('--history failures stop the scan (exit 2), never report clean', () => {
  const fails = (args: string[], message: RegExp, cwd = repo.dir) => {
    const res = runCli(args, { cwd });
    expect(res.status, res.stdout + res.stderr).toBe(2);
    expect(res.stderr).toMatch(message);
    expect(res.stdout).toBe('');
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
  };

  it('a --since that is neither a revision nor a date', () => fails(['--history', '--since', 'no-such-tag'], /--since no-such-tag: neither a revision nor a date/));
  it('an unknown --branch', () => fails(['--history', '--branch', 'nope'], /--branch nope: no such branch/));
  it('a bad range in --log-opts (git log itself fails)', () => fails(['--history', '--log-opts', 'nosuch..main'], /git log failed: .*nosuch/));
  it('an option that would change what git prints', () => fails(['--history', '--log-opts=--format=%H'], /--log-opts: --format=%H changes git's output/));
  it('--log-opts with its value detached', () => fails(['--history', '--log-opts', '--no-merges'], /Unknown argument: merges/));
  it('--log-opts empty', () => fails(['--history', '--log-opts', ''], /--log-opts is empty; attach its value with =/));
  it('--max-commits 0', () => fails(['--history', '--max-commits', '0'], /--max-commits must be a whole number above 0/));
  it('history options without --history', () => fails(['--all-files', '--since', 'main'], /--since only applies to --history/));
  it('outside a repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-secrets-norepo-'));
    try {
      fails(['--history'], /not inside a git repository/, dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('a corrupt repository', () => {
    const broken = new TestRepo('scan-secrets-corrupt-');
    try {
      broken.write('a.txt', 'one\n');
      broken.commit('one');
      broken.write('a.txt', 'two\n');
      broken.commit('two');
      // Remove the first commit's blob: git log -p cannot diff without it.
      const blob = broken.git('rev-parse', 'HEAD~1:a.txt').trim();
      rmSync(join(broken.dir, '.git/objects', blob.slice(0, 2), blob.slice(2)));
      fails(['--history'], /git log failed/, broken.dir);
    } finally {
      broken.cleanup();
    }
  });
});

describe('--history and big blobs', () => {
  it('skips a blob over 64 MB by its size, without reading it, as --all-files does', () => {
    const big = new TestRepo('scan-secrets-big-');
    try {
      const token = githubToken();
      big.write('huge.txt', `token = "${token}"\n${'filler line of text\n'.repeat(3_500_000)}`);
      big.write('small.txt', `token = "${token}"\n`);
      big.commit('big');
      const res = runCli(['--history', '--format', 'json', '--verbose'], { cwd: big.dir });
      expect(res.status, res.stderr).toBe(1);
      const doc = JSON.parse(res.stdout);
      expect(doc.findings.map((f: JsonFinding) => f.file)).toEqual(['small.txt']);
      expect(doc.stats.skipped).toBe(1);
      const text = runCli(['--history', '--verbose', '--no-color'], { cwd: big.dir });
      expect(text.stdout).toContain('huge.txt: over 64 MB');
      const all = runCli(['--all-files', '--format', 'json'], { cwd: big.dir });
      const secrets = JSON.parse(all.stdout).findings.filter((f: JsonFinding) => f.kind === 'secret');
      expect(secrets.map((f: JsonFinding) => f.file)).toEqual(['small.txt']); // huge.txt only fails the size rule there
    } finally {
      big.cleanup();
    }
  });
});

describe('--history on an empty repository', () => {
  it('is clean', () => {
    const empty = new TestRepo('scan-secrets-empty-');
    try {
      const res = runCli(['--history'], { cwd: empty.dir });
      expect(res.status, res.stderr).toBe(0);
      expect(res.stdout).toContain('no secrets found in git history (0 commits)');
    } finally {
      empty.cleanup();
    }
  });
});

describe('--history in a bare mirror reads the settings its HEAD holds', () => {
  it('applies the committed config and baseline as a clone does, and names them as HEAD has them', () => {
    const r = new TestRepo();
    const mirror = mkdtempSync(join(tmpdir(), 'scan-secrets-mirror-'));
    try {
      const [fixture, accepted, leaked] = [githubToken(), githubToken(), githubToken()];
      r.write('fixtures/keys.txt', `token: ${fixture}\n`);
      r.write('old.txt', `token: ${accepted}\n`);
      r.write('.scan-secrets.yaml', 'allowlist:\n  description: test fixtures\n  paths: [fixtures/]\nbaseline: security/baseline.json\n');
      r.commit('fixtures, an old token, a config');
      // The baseline accepts the old token, as `scan-secrets baseline` records it in a clone.
      const made = runCli(['baseline'], { cwd: r.dir });
      expect(made.status, made.stderr).toBe(0);
      r.commit('baseline');
      r.write('app.txt', `token: ${leaked}\n`);
      r.commit('a new token');
      const secrets = (cwd: string) => {
        const res = runCli(['--history', '--format', 'json', '--no-redact'], { cwd });
        expect(res.status, res.stderr).toBe(1);
        return (JSON.parse(res.stdout) as { findings: JsonFinding[] }).findings.map((f) => f.secret);
      };
      expect(secrets(r.dir)).toEqual([leaked]);
      r.git('clone', '-q', '--mirror', r.dir, mirror);
      expect(secrets(mirror)).toEqual([leaked]);
      // A broken config in HEAD is reported by the name HEAD gives it.
      r.write('.scan-secrets.yaml', 'allowList: []\n');
      r.commit('a typo');
      r.git('-C', mirror, 'fetch', '-q', 'origin', '+refs/heads/*:refs/heads/*');
      const bad = runCli(['--history'], { cwd: mirror });
      expect(bad.status).toBe(2);
      expect(bad.stderr).toMatch(/^scan-secrets: HEAD:\.scan-secrets\.yaml:1: allowList: unknown key/);
    } finally {
      r.cleanup();
      rmSync(mirror, { recursive: true, force: true });
    }
  });
});

describe('--history and inline directives', () => {
  it('honours an allow-next-line directive that was in the file before the line below it changed', () => inRepo((r) => {
    const file = (token: string, other: string) => `setup:\n  # scan-secrets:allow-next-line github-pat\n  token: ${token}\n  plain: ${other}\n`;
    r.write('ci.yml', file('none', 'none'));
    r.commit('fixture');
    const token = githubToken();
    const other = githubToken();
    // Each commit's patch holds the changed line, not the directive above it.
    r.write('ci.yml', file(token, 'none'));
    r.commit('a token under the directive');
    r.write('ci.yml', file(token, other));
    r.commit('a token with no directive');
    const res = runCli(['--history', '--format', 'json', '--no-redact'], { cwd: r.dir });
    expect(res.status, res.stderr).toBe(1);
    expect((JSON.parse(res.stdout) as { findings: JsonFinding[] }).findings.map((f) => [f.line, f.secret])).toEqual([[4, other]]);
  }));
});

describe('--history and private keys', () => {
  it('reports a key written over another in place from the commit that wrote it, and the old one as gone', () => inRepo((r) => {
    const rsa = () => generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const [a, b] = [rsa(), rsa()];
    r.write('key.pem', a);
    const first = r.commit('a key');
    r.write('key.pem', b);
    const second = r.commit('the key rotated');
    const res = runCli(['--history', '--format', 'json', '--no-redact'], { cwd: r.dir });
    expect(res.status, res.stderr).toBe(1);
    const keys = (JSON.parse(res.stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.ruleId === 'private-key');
    expect(keys.map((f) => [f.line, f.secret, f.commit, f.stillPresent])).toEqual([
      [1, a.trim(), first, false],
      [1, b.trim(), second, true],
    ]);
  }));
});

describe('--history and name/value entries', () => {
  it('finds a password set by a commit that changed only the value line, as --all-files does at HEAD', () => inRepo((r) => {
    const manifest = (db: string, above: string) => `env:\n  - name: DB_PASSWORD\n    value: "${db}"\n  - name: API_TOKEN # ${above}\n    value: "x"\n`;
    const old = githubToken();
    r.write('deploy.yaml', manifest('changeme', old));
    const first = r.commit('placeholder');
    r.write('deploy.yaml', manifest('Wq8vN3zR7tKp2LmX9sYd', old));
    const second = r.commit('the real password, set in place');
    const res = runCli(['--history', '--format', 'json', '--no-redact'], { cwd: r.dir });
    expect(res.status, res.stderr).toBe(1);
    const findings = (JSON.parse(res.stdout) as { findings: JsonFinding[] }).findings;
    // The password from the commit that set it; the token on the line above it once, from the
    // commit that added it, not again from the line given as context.
    expect(findings.map((f) => [f.ruleId, f.line, f.secret, f.commit, f.stillPresent])).toEqual([
      ['github-pat', 4, old, first, true],
      ['generic-password', 3, 'Wq8vN3zR7tKp2LmX9sYd', second, true],
    ]);
    const all = (JSON.parse(runCli(['--all-files', '--format', 'json', '--no-redact'], { cwd: r.dir }).stdout) as { findings: JsonFinding[] }).findings;
    const where = (fs: JsonFinding[]) => fs.map((f) => `${f.line} ${f.ruleId} ${f.secret}`).sort();
    expect(where(all)).toEqual(where(findings));
  }));

  it('finds a password set by a commit that changed only the value of a flag in a YAML argument list', () => inRepo((r) => {
    const pod = (pw: string, level: string) => `args:\n  - --db-password\n  - "${pw}"\n  - --log-level\n  - "${level}"\n`;
    r.write('pod.yaml', pod('changeme', 'info'));
    r.commit('placeholder');
    r.write('pod.yaml', pod('Wq8vN3zR7tKp2LmX9sYd', 'Hk4Tr9Wq2Zx7Lm3Vb8Np'));
    const second = r.commit('the real password, set in place');
    const res = runCli(['--history', '--format', 'json', '--no-redact'], { cwd: r.dir });
    expect(res.status, res.stderr).toBe(1);
    const findings = (JSON.parse(res.stdout) as { findings: JsonFinding[] }).findings;
    expect(findings.map((f) => [f.ruleId, f.line, f.secret, f.commit, f.stillPresent])).toEqual([
      ['generic-password-cli', 3, 'Wq8vN3zR7tKp2LmX9sYd', second, true],
    ]);
  }));
});

/** A repository of its own for one test, removed after it. */
function inRepo(test: (r: TestRepo) => void): void {
  const r = new TestRepo();
  try {
    test(r);
  } finally {
    r.cleanup();
  }
}
