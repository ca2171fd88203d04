// No secret escapes through our own output: planted credentials of every kind, scanned in every
// mode and format, with --verbose and --debug, through the error paths, env-check and the
// baseline. Redacted output may hold a vendor prefix and a few characters, never 8 characters in
// a row of a secret's random part, and nothing of a short secret; --no-redact shows every secret
// whole, which proves the scans found them (and that the leak check can fail). Every run has its
// own HOME and TMPDIR, checked afterwards too: nothing we write, not even a cache, holds one.
import { chmodSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { redact } from '../../src/report/redact.ts';
import { Repo } from '../helpers/repo.ts';
import {
  expectAllShown, expectNoLeak, openTempDir, plantedFile, plantedSecrets, randomString, runAsOtherUser, runCli, spawnCli,
  tempDir, waitFor, writeTree,
} from './helpers.ts';
import type { CliResult, Planted } from './helpers.ts';

const planted = plantedSecrets();
// A short password: redaction must show nothing of it at all.
const short: Planted = { secret: `${randomString(6)}#${randomString(5)}`, line: '', sensitive: '' };
short.line = `DB_PASSWORD="${short.secret}"`;
short.sensitive = short.secret;
const all = [...planted, short];
const content = plantedFile(all);
const FORMATS = ['text', 'json', 'sarif'] as const;
const MASK = '*'.repeat(12);

// Every run's HOME and TMPDIR: checked for leaks once all tests are done.
const home = tempDir('home-');
const tmp = tempDir('tmp-');
const env = { HOME: home, TMPDIR: tmp, XDG_CACHE_HOME: join(home, '.cache') };
const run = (args: string[], opts: { cwd: string; input?: string }) => runCli(args, { ...opts, env });
const at = (repo: Repo) => ({ cwd: repo.dir });

/** Every file under dir but the ones we planted (and .git): reports, caches, baselines. */
function written(dir: string, planted: string[] = ['secrets.env']): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && !join(d.parentPath, d.name).includes(`${join(dir, '.git')}/`) && !planted.includes(d.name))
    .map((d) => readFileSync(join(d.parentPath, d.name), 'latin1'))
    .join('\n');
}

function expectClean(r: CliResult, where: string): void {
  expectNoLeak(r.stdout + r.stderr, all, where);
  // the short secret: not even 4 characters of it
  for (let i = 0; i + 4 <= short.secret.length; i++) expect(r.stdout + r.stderr, where).not.toContain(short.secret.slice(i, i + 4));
}

afterAll(() => {
  expectNoLeak(written(home, []) + written(tmp, []), all, 'HOME and TMPDIR');
});

describe('redacted output holds no secret', () => {
  const dir = tempDir();
  writeTree(dir, { 'secrets.env': content, 'notes/readme.txt': 'nothing here\n', 'notes/blob.bin': Buffer.from([0, 1, 2, 3]) });

  it.each(FORMATS)('%s, on stdout and in --output files, with --verbose and --debug', (format) => {
    const r = run(['--no-git', '--format', format, '--verbose', '--debug', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expectClean(r, `${format} on stdout`);
    const out = join(dir, `report-${format}.out`);
    const w = run(['--no-git', '--format', format, '--verbose', '--debug', '--output', out, '.'], { cwd: dir });
    expect(w.code).toBe(1);
    expectClean(w, `${format} --output`);
    expectNoLeak(written(dir), all, `${format} report file`);
    rmSync(out);
    const shown = run(['--no-git', '--format', format, '--no-redact', 'secrets.env'], { cwd: dir });
    expectAllShown(shown.stdout, all);
  });

  it('redaction shows a short secret as the mask alone, and the rest as prefix + mask', () => {
    const r = run(['--no-git', '--format', 'json', 'secrets.env'], { cwd: dir });
    const full = run(['--no-git', '--format', 'json', '--no-redact', 'secrets.env'], { cwd: dir });
    const secrets = (out: string) => (JSON.parse(out).findings as { kind: string; secret: string }[]).filter((f) => f.kind === 'secret');
    const [redacted, clear] = [secrets(r.stdout), secrets(full.stdout)];
    expect(redacted).toHaveLength(clear.length);
    expect(clear.map((f) => f.secret)).toContain(short.secret);
    clear.forEach((f, i) => expect(redacted[i].secret).toBe(redact(f.secret)));
    expect(redacted[clear.findIndex((f) => f.secret === short.secret)].secret).toBe(MASK);
  });

  it('--debug names rules and counts, never what they matched', () => {
    const r = run(['--no-git', '--debug', '--format', 'json', 'secrets.env'], { cwd: dir });
    const debug = r.stderr.split('\n').filter(Boolean);
    expect(debug.length).toBeGreaterThan(5);
    for (const line of debug) expect(line).toMatch(/^scan-secrets: debug: /);
    expect(r.stderr).toMatch(/^scan-secrets: debug: rules: \d+ content rules and 3 file rules ready in [\d.]+ ms$/m);
    expect(r.stderr).toMatch(/^scan-secrets: debug: scan: 1 file \(\d+ chars\) on 1 thread, 0 skipped, 9 findings kept in [\d.]+ ms$/m);
    expect(r.stderr).toMatch(/^scan-secrets: debug: {3}github-pat: [\d.]+ ms, 1 run over \d+ chars, 1 match, 1 accepted$/m);
    expect(r.stderr).toMatch(/^scan-secrets: debug: report: json, \d+ chars in [\d.]+ ms$/m);
    expectClean(r, '--debug');
  });

  it('--debug counts the rules run on worker threads too', () => {
    const many = tempDir();
    for (let i = 0; i < 40; i++) writeFileSync(join(many, `f${i}.env`), content);
    const r = runCli(['--no-git', '--debug', '--format', 'json', '.'], { cwd: many, env: { ...env, SCAN_SECRETS_INLINE_BYTES: '0', SCAN_SECRETS_THREADS: '2' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/debug: scan: 40 files \(\d+ chars\) on 2 threads/);
    expect(r.stderr).toMatch(/^scan-secrets: debug: {3}github-pat: [\d.]+ ms, 40 runs over [\d.]+ K chars, 40 matches, 40 accepted$/m);
    expectClean(r, '--debug on threads');
  });
});

describe('git modes, standard input and the baseline', () => {
  it('--staged, --all-files, --history and standard input', () => {
    const repo = new Repo();
    repo.write('README.md', 'hi\n').add().commit();
    repo.write('config/app.env', content).add();
    const runs = [
      run(['--staged', '--verbose', '--debug'], at(repo)),
      run(['-', '--stdin-filename', 'piped.txt', '--verbose', '--debug'], { cwd: repo.dir, input: content }),
    ];
    repo.commit('leak');
    runs.push(run(['--all-files', '--format', 'json', '--verbose', '--debug'], at(repo)));
    runs.push(run(['--history', '--format', 'sarif', '--verbose', '--debug'], at(repo)));
    for (const r of runs) {
      expect(r.code).toBe(1);
      expectClean(r, 'git and stdin modes');
    }
    expectAllShown(run(['--history', '--no-redact', '--format', 'json'], at(repo)).stdout, all);
  });

  it('baseline create, update and check: the file and what is printed', () => {
    const repo = new Repo();
    repo.write('config/app.env', plantedFile(planted.slice(0, 3))).add().commit();
    const create = run(['baseline'], at(repo));
    expect(create.code).toBe(0);
    repo.write('more.env', plantedFile([...planted.slice(3), short])).add().commit();
    const update = run(['baseline', '--update'], at(repo));
    expect(update.code).toBe(0);
    expect(update.stdout).toMatch(/6 new findings added/);
    repo.write('more.env', '').add().commit();
    const check = run(['baseline', '--check'], at(repo));
    expect(check.code).toBe(1);
    const scan = run(['--all-files', '--verbose', '--debug'], at(repo));
    expect(scan.code).toBe(0);
    for (const r of [create, update, check, scan]) expectClean(r, 'baseline');
    const file = readFileSync(join(repo.dir, '.scan-secrets-baseline.json'), 'utf8');
    expect(JSON.parse(file).entries.length).toBeGreaterThanOrEqual(8);
    expectNoLeak(file, all, 'the baseline file');
  });
});

describe('error paths hold no secret', () => {
  it('an --output that cannot be written, after the findings are in', () => {
    const dir = tempDir();
    writeTree(dir, { 'secrets.env': content });
    for (const format of FORMATS) {
      const r = run(['--no-git', '--format', format, '--verbose', '--debug', '--output', join(dir, 'missing', 'r.out'), '.'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/cannot write .*its folder does not exist/);
      expectClean(r, `${format} unwritable output`);
    }
  });

  it('a file that cannot be read, beside one full of secrets', () => {
    const dir = openTempDir();
    writeTree(dir, { 'a-secrets.env': content, 'z-locked.txt': content });
    chmodSync(join(dir, 'a-secrets.env'), 0o644);
    chmodSync(join(dir, 'z-locked.txt'), 0o600);
    const r = runAsOtherUser(['--no-git', '--verbose', '--debug', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read z-locked.txt: permission denied/);
    expectClean(r, 'unreadable file');
  });

  it('an interrupted scan of standard input', async () => {
    const r = await spawnCli(['-', '--debug', '--verbose'], { cwd: tempDir(), input: content, keepStdinOpen: true, env }, (child, out) => {
      void waitFor(out, /debug: scanning/).then(() => child.kill('SIGINT'));
    });
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/interrupted by SIGINT/);
    expectClean({ code: r.code ?? -1, stdout: r.stdout, stderr: r.stderr }, 'SIGINT');
  });

  it('a staged blob whose object is missing (a corrupt repository)', () => {
    const repo = new Repo();
    repo.write('README.md', 'hi\n').add().commit();
    // Binary-looking, so the scan reads the blob itself (git diff prints no lines for it).
    repo.write('blob.bin', Buffer.concat([Buffer.from([0]), Buffer.from(content)])).add();
    const sha = repo.git('rev-parse', ':blob.bin').trim();
    rmSync(join(repo.dir, '.git', 'objects', sha.slice(0, 2), sha.slice(2)));
    const r = run(['--staged', '--verbose', '--debug'], at(repo));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n').filter((l) => !l.includes('debug:'))).toHaveLength(1);
    expectClean(r, 'corrupt repository');
  });

  it('config files that hold a secret where it does not belong', () => {
    const repo = new Repo();
    repo.write('README.md', 'hi\n').add().commit();
    const [gh, aws] = [planted[0].secret, planted[1].secret];
    const configs: Record<string, string> = {
      // a secret pasted where its hash belongs, short or long
      'hash.yaml': `allowlist:\n  secrets: [${gh}]\n`,
      'short.yaml': `allowlist:\n  secrets: ['${short.secret}']\n`,
      'size.yaml': `maxFileSize: ${aws}\n`,
      'regex.yaml': `allowlist:\n  regexes: ['${gh}(']\n`,
      'broken.yaml': `allowlist:\n  secrets: [${gh}\n`,
      'rules.toml': `[[rules]]\nid = "x"\nregex = '''${gh}('''\n`,
      'kind.toml': `[allowlist]\nregexTarget = "${aws}"\nregexes = ['a']\n`,
    };
    writeTree(repo.dir, configs);
    const stderr: Record<string, string> = {};
    for (const config of Object.keys(configs)) {
      const r = run(['--all-files', '--config', config], at(repo));
      expect(r.code, `${config}: ${r.stderr}`).toBe(2);
      expect(r.stderr.split('\n')).toHaveLength(2);
      expectClean(r, `config ${config}`);
      stderr[config] = r.stderr;
    }
    expect(stderr['hash.yaml']).toBe('scan-secrets: hash.yaml:2: allowlist.secrets[0]: expected SHA-256 hashes (hex, at least 32 digits), got a value that is not one (not shown: it may be a secret; put its hash here: printf %s "$SECRET" | sha256sum)\n');
    expect(stderr['size.yaml']).toBe(`scan-secrets: size.yaml:1: maxFileSize: expected a size such as 500KB or 2MB, got "${redact(aws)}"\n`);
  });

  it('env-check: broken env files and configs that hold secrets', () => {
    const dir = tempDir();
    const [gh, aws] = [planted[0].secret, planted[1].secret];
    writeTree(dir, {
      // a line that does not parse, right after one holding a secret
      '.env': `GITHUB_TOKEN=${gh}\n${aws}\nOPEN="${planted[3].secret}\n`,
      // V8 quotes up to 10 characters around a JSON error: a prefix-less secret shows there
      'bad.json': `{"envCheck": {"required": [${aws}]}}`,
      'bad2.json': aws,
      'bad.yaml': `envCheck:\n  required: [${aws}\n`,
    });
    const runs = [
      run(['env-check', '.env'], { cwd: dir }),
      run(['env-check', '--format', 'json', '.env'], { cwd: dir }),
      ...['bad.json', 'bad2.json', 'bad.yaml'].map((c) => run(['env-check', '--config', c, '.env'], { cwd: dir })),
    ];
    for (const r of runs) {
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expectClean(r, 'env-check error');
    }
  });

  it('env-check: strong secrets that break the policy are named by key only', () => {
    const dir = tempDir();
    const [a, b, c] = [randomString(40), randomString(40), randomString(40)];
    writeTree(dir, {
      '.env': `SECRET_KEY=${a}\nJWT_SECRET_KEY=${a}\nAPI_TOKEN=${b}\nSESSION_SECRET=${c.slice(0, 12)}\n`,
      '.env.example': `SECRET_KEY=\nAPI_TOKEN=${b}\n`,
    });
    const values = [a, b, c.slice(0, 12)].map((s) => ({ secret: s, line: s, sensitive: s }));
    for (const args of [['env-check', '--env', 'production'], ['env-check', '--env', 'production', '--format', 'json'], ['env-check', '--examples-only']]) {
      const r = run(args, { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/API_TOKEN/);
      expectNoLeak(r.stdout + r.stderr, values, args.join(' '));
    }
  });
});

describe('redaction', () => {
  it('shows nothing of a secret under 16 characters', () => {
    for (let n = 1; n < 16; n++) {
      for (const s of [randomString(n), `ghp_${randomString(Math.max(0, n - 4))}`.slice(0, n), `sk-${randomString(n)}`.slice(0, n)]) {
        expect(redact(s)).toBe(MASK);
      }
    }
  });

  it('keeps at most a vendor prefix and 4 more characters, never more than a fifth, never the length', () => {
    const shapes = [
      () => randomString(16 + (randomString(1).charCodeAt(0) % 200)),
      () => `ghp_${randomString(36)}`,
      () => `github_pat_${randomString(22)}_${randomString(59)}`,
      () => `sk-proj-${randomString(48)}`,
      () => `xoxb-${randomString(11, '0123456789')}-${randomString(12, '0123456789')}-${randomString(24)}`,
      () => `${randomString(12)}-${randomString(8)}-${randomString(30)}`,
      () => `${randomString(8)}\n${randomString(60)}`,
      () => `${randomString(20)}\\n${randomString(60)}`,
      () => `p@${randomString(30)}`,
    ];
    for (let i = 0; i < 2000; i++) {
      const s = shapes[i % shapes.length]();
      const r = redact(s);
      expect(r.endsWith(MASK)).toBe(true);
      const kept = r.slice(0, -MASK.length);
      expect(s.startsWith(kept)).toBe(true);
      expect(kept.length).toBeLessThanOrEqual(Math.floor(s.length / 5));
      const prefix = /^[A-Za-z0-9]{2,12}[_-](?:[A-Za-z0-9]{1,8}[_-])?/.exec(s)?.[0] ?? '';
      expect(kept.length).toBeLessThanOrEqual(prefix ? prefix.length + 4 : 4);
      // the mask is the same whatever the length
      expect(r.length - kept.length).toBe(12);
    }
  });

  it('shows a PEM armour line and nothing of the key', () => {
    const pem = planted[planted.length - 1].secret;
    expect(redact(pem)).toBe(`-----BEGIN PRIVATE KEY-----${MASK}`);
  });

  it('one report line per finding even with --no-redact (a multi-line key is escaped, not broken)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'k.pem'), `${planted[planted.length - 1].secret}\n`);
    const r = run(['--no-git', '--no-redact', 'k.pem'], { cwd: dir });
    expect(r.stdout).toMatch(/k\.pem:1:1 {2}private-key {2}Private key {2}-----BEGIN PRIVATE KEY-----\\n/);
  });
});
