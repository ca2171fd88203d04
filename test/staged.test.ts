// `--staged`: what the next commit adds, read from the index through git.
import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Repo, fakeGithubToken, BIN, runCli } from './helpers/repo.ts';

const json = (out: string) => JSON.parse(out) as { findings: { ruleId: string; file: string; line: number | null; column: number | null; secret: string }[] };

describe('--staged', () => {
  it('exits 0 with nothing staged, and on the first commit scans everything added', () => {
    const repo = new Repo();
    expect(repo.scan('--staged').code).toBe(0);
    const token = fakeGithubToken();
    repo.write('src/a.ts', `export const a = 1;\nexport const t = '${token}';\n`).add();
    const r = repo.scan('--staged', '--format', 'json');
    expect(r.code).toBe(1);
    expect(json(r.stdout).findings).toMatchObject([{ ruleId: 'github-pat', file: 'src/a.ts', line: 2, column: 19 }]);
  });

  it('names a staged .env and a token with redacted secrets and remediation', () => {
    const repo = new Repo();
    repo.write('README.md', 'hi\n').add().commit();
    const token = fakeGithubToken();
    repo.write('.env', `GITHUB_TOKEN=${token}\n`).write('app.js', `const t = "${token}";\n`).add();
    const r = repo.scan('--staged');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('.env  blocked-env-file');
    expect(r.stdout).toContain('git rm --cached');
    expect(r.stdout).toContain('app.js:1:12  github-pat');
    expect(r.stdout).toContain('revoke and rotate');
    expect(r.stdout).toContain(token.slice(0, 8));
    expect(r.stdout).not.toContain(token);
    expect(r.stdout).toContain('--no-verify');
  });

  it('scans the index, not the work tree (partial staging)', () => {
    const repo = new Repo();
    repo.write('conf.py', 'A = 1\nB = 2\n').add().commit();
    const token = fakeGithubToken();
    // staged: a clean change; work tree: a secret on top of it
    repo.write('conf.py', 'A = 1\nB = 3\n').add();
    repo.write('conf.py', `A = 1\nB = 3\nTOKEN = "${token}"\n`);
    expect(repo.scan('--staged').code).toBe(0);
    // and the reverse: the secret staged, then removed from the work tree only
    repo.write('conf.py', `A = 1\nB = 3\nTOKEN = "${token}"\n`).add();
    repo.write('conf.py', 'A = 1\nB = 3\n');
    const r = repo.scan('--staged', '--format', 'json');
    expect(r.code).toBe(1);
    expect(json(r.stdout).findings[0]).toMatchObject({ file: 'conf.py', line: 3 });
    expect(readFileSync(join(repo.dir, 'conf.py'), 'utf8')).toBe('A = 1\nB = 3\n');
  });

  it('reports only added lines: an old secret above a new line is not re-reported', () => {
    const repo = new Repo();
    const old = fakeGithubToken();
    repo.write('a.txt', `x\n${old}\ny\n`).add().commit();
    const fresh = fakeGithubToken();
    repo.write('a.txt', `x\n${old}\ny\nz\n${fresh}\n`).add();
    const r = json(repo.scan('--staged', '--format', 'json', '--no-redact').stdout);
    expect(r.findings.map((f) => [f.line, f.secret])).toEqual([[5, fresh]]);
  });

  it('treats a pure rename as adding nothing, and a deletion as clean', () => {
    const repo = new Repo();
    repo.write('old/name.txt', `t=${fakeGithubToken()}\n`).add().commit();
    repo.git('mv', 'old/name.txt', 'new-name.txt');
    expect(repo.scan('--staged').code).toBe(0);
    repo.commit();
    repo.git('rm', '-q', 'new-name.txt');
    expect(repo.scan('--staged').code).toBe(0);
  });

  it('skips binary content but still sees a text file that .gitattributes calls binary', () => {
    const repo = new Repo();
    const token = fakeGithubToken();
    repo.write('blob.bin', Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(token)]));
    repo.write('.gitattributes', 'secret.txt -diff\n');
    repo.write('secret.txt', `token=${token}\n`).add();
    const r = repo.scan('--staged', '--format', 'json', '--verbose');
    expect(json(r.stdout).findings.map((f) => f.file)).toEqual(['secret.txt']);
  });

  it('handles odd file names: spaces, unicode, newlines, a leading dash', () => {
    const repo = new Repo();
    const names = ['with space.txt', 'ünïcödé-名前.txt', 'new\nline.txt', '-leading.txt', 'quote"s.txt'];
    for (const n of names) repo.write(n, `k = "${fakeGithubToken()}"\n`);
    repo.add();
    const r = repo.scan('--staged', '--format', 'json');
    expect(r.code).toBe(1);
    expect(json(r.stdout).findings.map((f) => f.file).sort()).toEqual([...names].sort());
  });

  it('keeps line and column right with CRLF line endings', () => {
    const repo = new Repo();
    const token = fakeGithubToken();
    repo.git('config', 'core.autocrlf', 'false');
    repo.write('win.ini', `[a]\r\nkey = 1\r\ntoken = ${token}\r\n`).add();
    const f = json(repo.scan('--staged', '--format', 'json', '--no-redact').stdout).findings[0];
    expect(f).toMatchObject({ line: 3, column: 9, secret: token });
  });

  it('passes over symlinks and submodules without failing', () => {
    const sub = new Repo();
    sub.write('x', '1\n').add().commit();
    const repo = new Repo();
    symlinkSync('/etc/passwd', join(repo.dir, 'link'));
    repo.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, 'vendor/sub');
    repo.add();
    const r = repo.scan('--staged', '--verbose');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/link: symlink/);
    expect(r.stdout).toMatch(/vendor\/sub: submodule/);
  });

  it('honours GIT_INDEX_FILE: `git commit -a` from a hook blocks a token only in the work tree', () => {
    const repo = new Repo();
    repo.write('app.js', 'const a = 1;\n').add().commit();
    writeFileSync(join(repo.dir, '.git/hooks/pre-commit'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}"\n`);
    chmodSync(join(repo.dir, '.git/hooks/pre-commit'), 0o755);
    repo.write('app.js', `const a = "${fakeGithubToken()}";\n`);
    expect(() => repo.git('commit', '-a', '-q', '-m', 'leak')).toThrow(/github-pat/);
    expect(repo.git('log', '--oneline').trim().split('\n')).toHaveLength(1);
    // and a `git commit <path>` of a clean file passes
    repo.write('clean.js', 'ok\n').add('clean.js');
    repo.git('commit', '-q', '-m', 'clean', 'clean.js');
  });

  it('fails closed when git cannot read the staged content', () => {
    const repo = new Repo();
    repo.write('a.txt', 'hello\n').add().commit();
    repo.write('a.txt', 'hello\nworld\n').add();
    // corrupt the index: the scan must stop, never say clean
    writeFileSync(join(repo.dir, '.git/index'), 'garbage');
    const r = repo.scan('--staged');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^scan-secrets: git .*failed: .*--no-verify/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('scans a type change (a committed symlink replaced by a file) instead of failing', () => {
    const repo = new Repo();
    symlinkSync('target', join(repo.dir, 'link'));
    repo.add().commit();
    rmSync(join(repo.dir, 'link'));
    const token = fakeGithubToken();
    repo.write('link', `token = "${token}"\n`).add();
    const r = repo.scan('--staged', '--format', 'json', '--no-redact');
    expect(r.stderr).toBe('');
    expect(json(r.stdout).findings.map((f) => [f.file, f.line, f.secret])).toEqual([['link', 1, token]]);
  });

  it('judges a changed value by the name above it when only the value line changes (name/value entries)', () => {
    const repo = new Repo();
    const manifest = (db: string, level: string, token: string, id: string) => [
      'env:',
      '  - name: DB_PASSWORD',
      `    value: "${db}"`,
      '  - name: LOG_LEVEL',
      `    value: "${level}"`,
      `  - name: API_TOKEN # ${token}`,
      `    value: "${id}"`,
      '',
    ].join('\r\n');
    const ecs = (db: string) => `{\n  "environment": [\n    { "name": "DB_PASSWORD",\n      "value": "${db}" }\n  ]\n}\n`;
    const old = fakeGithubToken();
    repo.write('deploy.yaml', manifest('changeme', 'info', old, 'x')).write('task.json', ecs('changeme')).add().commit();
    // A password rotated in place, a random-looking value under a harmless name, and a value
    // under a line that holds an old token: only the value lines are in the diff.
    repo.write('deploy.yaml', manifest('Wq8vN3zR7tKp2LmX9sYd', 'Hk4Tr9Wq2Zx7Lm3Vb8Np', old, 'y'));
    repo.write('task.json', ecs('Tz5Qw8Rk2Vn7Lp4Xb9Mc')).add();
    const r = repo.scan('--staged', '--format', 'json', '--no-redact');
    expect(r.code).toBe(1);
    const found = json(r.stdout).findings.map((f) => [f.file, f.line, f.ruleId, f.secret]);
    expect(found).toEqual([
      ['deploy.yaml', 3, 'generic-password', 'Wq8vN3zR7tKp2LmX9sYd'],
      ['task.json', 4, 'generic-password', 'Tz5Qw8Rk2Vn7Lp4Xb9Mc'],
    ]);
    // The old token on the line given as context is not the change's, and is not reported.
    expect(r.stdout).not.toContain(old);
    // A whole-tree scan finds the same password: the hook and CI agree.
    const all = json(repo.scan('--all-files', '--format', 'json', '--no-redact').stdout).findings;
    expect(all.filter((f) => f.ruleId === 'generic-password').map((f) => [f.file, f.line])).toEqual([['deploy.yaml', 3], ['task.json', 4]]);
  });

  it('judges a changed list item by the flag above it when only the value changes (YAML argument lists)', () => {
    const repo = new Repo();
    const pod = (pw: string, level: string, image: string) =>
      ['spec:', '  containers:', '    - name: app', `      image: ${image}`, '      args:', '        - --db-password', `        - "${pw}"`, '        - --log-level', `        - "${level}"`, ''].join('\n');
    repo.write('pod.yaml', pod('changeme', 'info', 'app:1.0')).add().commit();
    // The password set in place, and a random-looking value under a flag that names no secret.
    repo.write('pod.yaml', pod('Wq8vN3zR7tKp2LmX9sYd', 'Hk4Tr9Wq2Zx7Lm3Vb8Np', 'app:1.0')).add();
    const r = repo.scan('--staged', '--format', 'json', '--no-redact');
    expect(r.code, r.stderr).toBe(1);
    expect(json(r.stdout).findings.map((f) => [f.file, f.line, f.ruleId, f.secret])).toEqual([['pod.yaml', 7, 'generic-password-cli', 'Wq8vN3zR7tKp2LmX9sYd']]);
    const all = json(repo.scan('--all-files', '--format', 'json', '--no-redact').stdout).findings;
    expect(all.map((f) => [f.file, f.line, f.ruleId])).toEqual([['pod.yaml', 7, 'generic-password-cli']]);
  });

  it('finds a private key written over another in a tracked file, where only the body lines change', () => {
    // Generated here: a fresh key for each step, valid nowhere.
    const rsa = () => generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const repo = new Repo();
    repo.write('deploy/key.pem', rsa()).write('deploy/public.pem', publicPem()).add().commit();
    // A rotation: the armour lines stay as they were, so the diff holds the body alone.
    const next = rsa();
    repo.write('deploy/key.pem', next).write('deploy/public.pem', publicPem()).add();
    expect(repo.git('diff', '--cached', '-U0', '--', 'deploy/key.pem')).not.toContain('BEGIN');
    const found = (r: { stdout: string }) => json(r.stdout).findings.filter((f) => f.ruleId === 'private-key').map((f) => [f.file, f.line, f.secret]);
    const block = next.trim();
    const rotated = repo.scan('--staged', '--format', 'json', '--no-redact');
    expect(found(rotated)).toEqual([['deploy/key.pem', 1, block]]);
    // A public key rotated the same way is read for its armour too, and is no secret.
    expect(json(rotated.stdout).findings.filter((f) => f.file === 'deploy/public.pem')).toEqual([]);
    repo.commit();

    // Two lines of the body edited, with unchanged lines between and around them: the key is
    // read whole, each line once.
    const lines = block.split('\n');
    for (const i of [4, 9]) lines[i] = lines[i].slice(0, 10) + (lines[i][10] === 'A' ? 'B' : 'A') + lines[i].slice(11);
    repo.write('deploy/key.pem', `${lines.join('\n')}\n`).add();
    expect(found(repo.scan('--staged', '--format', 'json', '--no-redact'))).toEqual([['deploy/key.pem', 1, lines.join('\n')]]);
  });

  it('honours an allow-next-line directive already in the file above a line the commit changes', () => {
    const repo = new Repo();
    const lines = (token: string) => [
      'setup:',
      '  # scan-secrets:allow-next-line github-pat -- the CI fixture token, revoked',
      `  token: ${token}`,
      '  # pragma: allowlist nextline secret',
      `  other: ${token}`,
      `  plain: ${token}`,
      '',
    ].join('\r\n');
    repo.write('ci.yml', lines(fakeGithubToken())).add().commit();
    // Only the token lines change: the directive lines are not in the diff.
    repo.write('ci.yml', lines(fakeGithubToken())).add();
    const r = repo.scan('--staged', '--format', 'json');
    expect(r.code).toBe(1);
    expect(json(r.stdout).findings.map((f) => f.line)).toEqual([6]);
    // The same through the pre-commit framework's entry during a commit (git sets GIT_INDEX_FILE).
    const p = runCli(['--pre-commit', '--format', 'json', 'ci.yml'], { cwd: repo.dir, env: { GIT_INDEX_FILE: join(repo.dir, '.git', 'index') } });
    expect(p.code).toBe(1);
    expect(json(p.stdout).findings.map((f) => f.line)).toEqual([6]);
  });
});

/** A public key's PEM, which changes the same way on rotation and is no secret. */
function publicPem(): string {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
}
