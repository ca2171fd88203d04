// The CLI as a user meets it: modes, formats, errors and exit codes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import AjvModule from 'ajv-draft-04';
import { Repo, fakeGithubToken, runCli, tempDir, ROOT } from './helpers/repo.ts';

describe('scan modes', () => {
  it('--all-files scans tracked files only, from the work tree', () => {
    const repo = new Repo();
    const token = fakeGithubToken();
    repo.write('.gitignore', 'ignored.txt\n').write('src/a.js', `const k = "${token}";\n`).write('ok.txt', 'fine\n').add().commit();
    repo.write('ignored.txt', `k=${fakeGithubToken()}\n`).write('untracked.txt', `k=${fakeGithubToken()}\n`);
    const r = repo.scan('--all-files', '--format', 'json');
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.findings.map((f: { file: string }) => f.file)).toEqual(['src/a.js']);
    expect(doc.stats.files).toBe(3);
  });

  it('--all-files outside a repository is a clear error pointing to --no-git', () => {
    const r = runCli(['--all-files'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^scan-secrets: not inside a git repository.*--no-git/);
  });

  it('scans given files and folders literally, honouring .gitignore inside a repo', () => {
    const repo = new Repo();
    repo.write('.gitignore', 'build/\n');
    repo.write('app/[id]/(group)/page.tsx', `const t = "${fakeGithubToken()}";\n`);
    repo.write('build/out.js', `const t = "${fakeGithubToken()}";\n`);
    repo.write('-dash.txt', `t=${fakeGithubToken()}\n`);
    const r = repo.scan('--format', 'json', '--', '.', '-dash.txt');
    const files = JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file).sort();
    expect(files).toEqual(['-dash.txt', 'app/[id]/(group)/page.tsx']);
    const abs = repo.scan('--format', 'json', join(repo.dir, 'app/[id]/(group)/page.tsx'));
    expect(JSON.parse(abs.stdout).findings).toHaveLength(1);
    // --no-git walks everything
    const all = repo.scan('--no-git', '--format', 'json', '.');
    expect(JSON.parse(all.stdout).findings.map((f: { file: string }) => f.file)).toContain('build/out.js');
  });

  it('scans standard input under --stdin-filename', () => {
    const token = fakeGithubToken();
    const r = runCli(['-', '--stdin-filename', 'config/.env', '--format', 'json'], { cwd: tempDir(), input: `A=${token}\n` });
    expect(r.code).toBe(1);
    const ids = JSON.parse(r.stdout).findings.map((f: { ruleId: string; file: string }) => `${f.file} ${f.ruleId}`);
    expect(ids).toEqual(['config/.env blocked-env-file', 'config/.env github-pat']);
  });

  it('a missing path and an unreadable file are errors, never clean', () => {
    const dir = tempDir();
    const missing = runCli(['nope.txt'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('scan-secrets: no such file or directory: nope.txt\n');
    // /proc/self/mem is a regular file whose read fails (EIO), even for root
    const unreadable = runCli(['/proc/self/mem'], { cwd: dir });
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toMatch(/^scan-secrets: cannot read \/proc\/self\/mem: input\/output error.*--skip-unreadable.*\n$/);
    expect(runCli(['/proc/self/mem', '--skip-unreadable', '--verbose'], { cwd: dir }).stdout).toMatch(/unreadable/);
  });

  it('usage errors exit 2 with one line', () => {
    const r = runCli(['--format', 'xml', 'x'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const none = runCli([], { cwd: tempDir() });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/nothing to scan/);
    expect(runCli(['--max-file-size', 'huge', 'x'], { cwd: tempDir() }).stderr).toMatch(/--max-file-size: cannot read "huge"/);
  });

  it('an option that takes one value, given twice, is a usage error, not the last or a list', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'nothing\n');
    const twice = runCli(['--no-git', 'a.txt', '--format', 'json', '--format', 'text'], { cwd: dir });
    expect([twice.code, twice.stdout, twice.stderr]).toEqual([2, '', 'scan-secrets: --format was given 2 times (json, text); give it once\n']);
    const out = runCli(['--no-git', 'a.txt', '-o', 'one.json', '--output', 'two.json'], { cwd: dir });
    expect([out.code, out.stderr]).toEqual([2, 'scan-secrets: --output was given 2 times (one.json, two.json); give it once\n']);
  });

  it('prints a bare semver for --version and examples in --help', () => {
    const v = runCli(['--version'], { cwd: tempDir() });
    expect(v.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const h = runCli(['--help'], { cwd: tempDir() });
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/--all-files/);
    expect(h.stdout).toMatch(/Examples:/);
  });
});

describe('reports', () => {
  const setup = () => {
    const dir = tempDir();
    const token = fakeGithubToken();
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src/a b.ts'), `const x = 1;\nconst t = "${token}";\n`);
    writeFileSync(join(dir, '.env.production'), 'A=1\n');
    writeFileSync(join(dir, 'big.csv'), 'x,y\n'.repeat(200_000));
    return { dir, token };
  };

  it('JSON follows the documented contract and never holds the secret', () => {
    const { dir, token } = setup();
    const r = runCli(['--no-git', '--format', 'json', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain(token);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ version: 1, tool: { name: 'scan-secrets' } });
    expect(Object.keys(doc.stats)).toEqual(expect.arrayContaining(['files', 'bytes', 'durationMs']));
    const byRule = Object.fromEntries(doc.findings.map((f: { ruleId: string }) => [f.ruleId, f]));
    expect(byRule['github-pat']).toMatchObject({
      title: expect.any(String), severity: 'critical', confidence: 'high', file: 'src/a b.ts',
      line: 2, column: 12, endLine: 2, endColumn: 52, secret: `${token.slice(0, 8)}************`,
    });
    expect(byRule['blocked-env-file']).toMatchObject({ file: '.env.production', line: null });
    expect(byRule['file-too-large']).toMatchObject({ file: 'big.csv', line: null, message: expect.stringMatching(/781 KB.*500 KB/) });
    // the fingerprint does not depend on the line
    writeFileSync(join(dir, 'src/a b.ts'), `\n\n\nconst t = "${token}";\n`);
    const moved = JSON.parse(runCli(['--no-git', '--format', 'json', 'src'], { cwd: dir }).stdout).findings[0];
    expect(moved.line).toBe(4);
    expect(moved.fingerprint).toBe(byRule['github-pat'].fingerprint);
    expect(JSON.parse(runCli(['--no-git', '--format', 'json', '--no-redact', 'src'], { cwd: dir }).stdout).findings[0].secret).toBe(token);
  });

  it('SARIF validates against the official 2.1.0 schema', () => {
    const { dir, token } = setup();
    const r = runCli(['--no-git', '--format', 'sarif', '--output', 'out.sarif', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/3 problems found; report written to out.sarif/);
    const text = readFileSync(join(dir, 'out.sarif'), 'utf8');
    expect(text).not.toContain(token);
    const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    // The official schema is draft-04 and has a pattern that is invalid under the `u` flag.
    const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as unknown as new (o: object) => { compile: (s: object) => ((d: unknown) => boolean) & { errors?: unknown } };
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    const log = JSON.parse(text);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id).sort()).toEqual(['blocked-env-file', 'file-too-large', 'github-pat']);
    const res = run.results.find((x: { ruleId: string }) => x.ruleId === 'github-pat');
    expect(res.locations[0].physicalLocation.artifactLocation.uri).toBe('src/a%20b.ts');
    expect(res.locations[0].physicalLocation.region).toEqual({ startLine: 2, startColumn: 12, endLine: 2, endColumn: 52 });
    expect(res.partialFingerprints['scanSecrets/v1']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('text groups by file, ends with a summary, and colours only when asked', () => {
    const { dir } = setup();
    const plain = runCli(['--no-git', '.'], { cwd: dir });
    expect(plain.stdout).not.toMatch(/\x1b\[/);
    expect(plain.stdout.trim().split('\n').pop()).toMatch(/^✖ 3 problems in 3 files/);
    expect(runCli(['--no-git', '.'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\x1b\[/);
    expect(runCli(['--no-git', '--color', '.'], { cwd: dir, env: { NO_COLOR: '1' } }).stdout).toMatch(/\x1b\[/);
    expect(runCli(['--no-git', '.'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(/\x1b\[/);
    const clean = runCli(['--no-git', 'src', '--quiet'], { cwd: tempDir() });
    expect(clean.code).toBe(2);
  });

  it('an output file that cannot be written is an error', () => {
    const { dir } = setup();
    const r = runCli(['--no-git', '--format', 'json', '--output', '/nonexistent/dir/x.json', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^scan-secrets: cannot write \/nonexistent\/dir\/x.json/);
  });
});
