// The baseline: adopt a repository with existing findings in one command, stay quiet through
// edits, moves and merges, and never hide a new secret. Every step on a real repository with
// the real CLI.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TempRepo, awsKeyId, findings, githubToken } from '../helpers/temp-repo.ts';

const BASELINE = '.scan-secrets-baseline.json';
const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');

interface Entry {
  rule: string;
  path: string;
  sha256?: string;
  sha1?: string;
  reason?: string;
  source?: string;
}
const entries = (r: TempRepo, file = BASELINE): Entry[] => (JSON.parse(readFileSync(r.path(file), 'utf8')) as { entries: Entry[] }).entries;

describe('a repository with 20 existing findings', () => {
  const repo = new TempRepo();
  const secrets: string[] = [];
  const gh = () => {
    const t = githubToken(['ghp_', 'gho_', 'ghu_', 'ghs_'][secrets.length % 4]);
    secrets.push(t);
    return t;
  };
  const aws = () => {
    const t = awsKeyId();
    secrets.push(t);
    return t;
  };

  beforeAll(() => {
    for (let i = 0; i < 4; i++) repo.write(`services/svc${i}/config.yaml`, `name: svc${i}\ngithub_token: ${gh()}\naws_key_id: ${aws()}\n`);
    repo.write('scripts/deploy.sh', `#!/bin/sh\nexport GH_TOKEN=${gh()}\nexport AWS_ACCESS_KEY_ID=${aws()}\n`);
    repo.write('src/legacy.ts', `// old client\nexport const a = '${gh()}';\nexport const b = '${gh()}';\n\nexport const c = '${aws()}';\n`);
    repo.write('docs/setup.md', `# Setup\n\nRun with \`${gh()}\`.\n`);
    repo.write('infra/prod.tfvars', `github_token = "${gh()}"\naccess_key  = "${aws()}"\nbackup_key  = "${aws()}"\n`);
    repo.write('config/ci.json', `{\n  "token": "${gh()}",\n  "deployKeyId": "${aws()}"\n}\n`);
    repo.write('.env', 'API_URL=https://api.internal\n');
    repo.commitAll('history with secrets');
  });
  afterAll(() => repo.remove());

  it('has 20 findings before the baseline', () => {
    const run = repo.run(['--all-files', '--format', 'json']);
    expect(run.code).toBe(1);
    // Where each one is, so that a miss names itself.
    const where = findings(run).map((f) => `${f.file}:${f.line ?? '-'}`).sort();
    expect(where).toEqual([
      '.env:-', 'config/ci.json:2', 'config/ci.json:3', 'docs/setup.md:3', 'infra/prod.tfvars:1', 'infra/prod.tfvars:2', 'infra/prod.tfvars:3',
      'scripts/deploy.sh:2', 'scripts/deploy.sh:3',
      ...[0, 1, 2, 3].flatMap((i) => [`services/svc${i}/config.yaml:2`, `services/svc${i}/config.yaml:3`]),
      'src/legacy.ts:2', 'src/legacy.ts:3', 'src/legacy.ts:5',
    ]);
  });

  it('`scan-secrets baseline` records them, and the next --all-files exits 0', () => {
    const made = repo.run(['baseline', '--reason', 'adopted with existing findings']);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain(`wrote ${BASELINE} with 20 entries`);
    expect(entries(repo)).toHaveLength(20);
    repo.commitAll('baseline');
    const scan = repo.run(['--all-files']);
    expect(scan.code, scan.stdout).toBe(0);
    // Running it again would overwrite reviewed notes: it refuses and says what to do.
    const again = repo.run(['baseline']);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(`scan-secrets: ${BASELINE} already exists; refresh it with: scan-secrets baseline --update\n`);
  });

  it('holds hashes only, sorted, one entry per line', () => {
    const text = readFileSync(repo.path(BASELINE), 'utf8');
    for (const s of secrets) expect(text).not.toContain(s);
    const lines = text.split('\n').filter((l) => l.trimStart().startsWith('{"rule"'));
    expect(lines).toHaveLength(20);
    const list = entries(repo);
    const keys = list.map((e) => `${e.path}\0${e.rule}\0${e.sha256 ?? ''}`);
    expect(keys).toEqual([...keys].sort());
    expect(list.every((e) => e.reason === 'adopted with existing findings')).toBe(true);
    expect(list.find((e) => e.path === '.env')).toEqual({ rule: 'blocked-env-file', path: '.env', reason: 'adopted with existing findings' });
    expect(text).not.toMatch(/"line"|"date"|"column"/);
  });

  it('stays quiet when lines are inserted above a baselined secret', () => {
    const file = repo.path('src/legacy.ts');
    const before = readFileSync(file, 'utf8');
    repo.write('src/legacy.ts', `// a new header\n// more lines\nimport { x } from './x';\n\n${before}`);
    expect(repo.run(['--all-files']).code).toBe(0);
    repo.commitAll('edit above');
  });

  it('stays quiet when a baselined secret moves within its file, in the hook too', () => {
    const lines = readFileSync(repo.path('src/legacy.ts'), 'utf8').split('\n');
    const secretLine = lines.findIndex((l) => l.includes("export const a = '"));
    const [moved] = lines.splice(secretLine, 1);
    lines.push(moved, '');
    repo.write('src/legacy.ts', lines.join('\n'));
    repo.git('add', '-A');
    const staged = repo.run(['--staged']);
    expect(staged.code, staged.stdout).toBe(0);
    expect(repo.run(['--all-files']).code).toBe(0);
    repo.commitAll('move a line');
  });

  it('stays quiet after `git mv` of a file with baselined secrets', () => {
    mkdirSync(repo.path('ops'));
    repo.git('mv', 'scripts/deploy.sh', 'ops/deploy-prod.sh');
    expect(repo.run(['--staged']).code).toBe(0);
    repo.commitAll('rename');
    expect(repo.run(['--all-files']).code).toBe(0);
  });

  it('reports a different secret on the same line', () => {
    const text = readFileSync(repo.path('services/svc2/config.yaml'), 'utf8');
    const replacement = githubToken();
    repo.write('services/svc2/config.yaml', text.replace(/github_token: \S+/, `github_token: ${replacement}`));
    repo.git('add', '-A');
    const staged = repo.run(['--staged', '--format', 'json']);
    expect(staged.code).toBe(1);
    expect(findings(staged).map((f) => `${f.file}:${f.line}`)).toEqual(['services/svc2/config.yaml:2']);
    const all = repo.run(['--all-files', '--format', 'json']);
    expect(all.code).toBe(1);
    expect(findings(all).map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(['services/svc2/config.yaml:2 github-pat']);
    repo.git('checkout', '--', '.');
    repo.git('reset', '-q', '--hard');
  });

  it('--check fails on a stale entry; --update removes it and says how many', () => {
    const text = readFileSync(repo.path('docs/setup.md'), 'utf8');
    repo.write('docs/setup.md', text.replace(/Run with .*\n/, 'Run with the token from the vault.\n'));
    repo.commitAll('remove a secret');
    const check = repo.run(['baseline', '--check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`${BASELINE} has 1 stale entry (no current finding matches):`);
    expect(check.stdout).toMatch(/ {2}docs\/setup\.md {2}github-\S+ {2}sha256:[0-9a-f]{12} {2}\(adopted with existing findings\)/);
    const update = repo.run(['baseline', '--update']);
    expect(update.code).toBe(0);
    expect(update.stdout).toContain(`updated ${BASELINE}: 1 stale entry dropped, 0 new findings added`);
    const list = entries(repo);
    expect(list).toHaveLength(19);
    expect(list.some((e) => e.path === 'docs/setup.md')).toBe(false);
    // The renamed file's entries now carry its new path.
    expect(list.filter((e) => e.path === 'ops/deploy-prod.sh')).toHaveLength(2);
    expect(list.filter((e) => e.path === 'scripts/deploy.sh')).toHaveLength(0);
    expect(repo.run(['baseline', '--check']).code).toBe(0);
    repo.commitAll('refresh baseline');
  });

  it('merges cleanly when two branches each add an entry', () => {
    repo.git('checkout', '-q', '-b', 'feature-a');
    repo.write('aaa/first.ts', `export const t = '${githubToken()}';\n`);
    repo.commitAll('a');
    expect(repo.run(['baseline', '--update']).stdout).toContain('1 new finding added');
    repo.commitAll('baseline a');
    repo.git('checkout', '-q', 'main');
    repo.git('checkout', '-q', '-b', 'feature-b');
    repo.write('zzz/last.ts', `export const t = '${githubToken()}';\n`);
    repo.commitAll('b');
    expect(repo.run(['baseline', '--update']).stdout).toContain('1 new finding added');
    repo.commitAll('baseline b');
    repo.git('checkout', '-q', 'main');
    repo.git('merge', '-q', '--no-edit', 'feature-a');
    repo.git('merge', '-q', '--no-edit', 'feature-b');
    expect(entries(repo)).toHaveLength(21);
    expect(repo.run(['--all-files']).code).toBe(0);
  });

  it('is read from --baseline FILE, and a broken one is a clear error', () => {
    mkdirSync(repo.path('security'));
    repo.git('mv', BASELINE, 'security/accepted.json');
    repo.commitAll('move baseline');
    expect(repo.run(['--all-files']).code).toBe(1);
    expect(repo.run(['--all-files', '--baseline', 'security/accepted.json']).code).toBe(0);
    repo.write('.scan-secrets.yaml', 'baseline: security/accepted.json\n');
    expect(repo.run(['--all-files']).code).toBe(0);
    repo.write('security/accepted.json', '{\n  "version": 1,\n<<<<<<< HEAD\n');
    const broken = repo.run(['--all-files']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^scan-secrets: security\/accepted\.json:3: the baseline is not valid JSON \(a merge conflict\?\)/);
  });
});

describe('where the baseline lives', () => {
  it('follows the config\'s `baseline` key when writing and reading, and --file / --baseline', () => {
    const repo = new TempRepo();
    try {
      repo.write('.scan-secrets.yaml', 'baseline: security/accepted.json\n');
      repo.write('a.ts', `export const t = '${githubToken()}';\n`);
      repo.commitAll();
      const made = repo.run(['baseline', '--quiet']);
      expect(made.code, made.stderr).toBe(0);
      expect(made.stdout).toBe('');
      expect(entries(repo, 'security/accepted.json')).toHaveLength(1);
      expect(repo.run(['--all-files']).code).toBe(0);
      repo.write('.scan-secrets.yaml', '{}\n');
      expect(repo.run(['--all-files']).code).toBe(1);
      expect(repo.run(['baseline', '--file', 'other/b.json']).code).toBe(0);
      expect(repo.run(['--all-files', '--baseline', 'other/b.json']).code).toBe(0);
      const missing = repo.run(['--all-files', '--baseline', 'nope.json']);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toBe('scan-secrets: --baseline nope.json: no such file; create one with: scan-secrets baseline\n');
    } finally {
      repo.remove();
    }
  });
});

describe('importing other tools\' ignores', () => {
  let repo: TempRepo;
  const tokens = { py: githubToken(), yaml: awsKeyId(), sh: githubToken('ghs_'), old: githubToken() };

  beforeAll(() => {
    repo = new TempRepo();
    repo.write('config/settings.py', `DEBUG = True\n\nGITHUB_TOKEN = "${tokens.py}"\n`);
    repo.write('deploy/values.yaml', `aws:\n  key_id: ${tokens.yaml}\n`);
    repo.write('bin/release.sh', `#!/bin/sh\n\n\nexport GH_TOKEN=${tokens.sh}\n`);
    repo.commitAll();
  });
  afterAll(() => repo.remove());

  it('imports a detect-secrets .secrets.baseline, by SHA-1 or by line', () => {
    const ds = {
      version: '1.5.0',
      plugins_used: [{ name: 'GitHubTokenDetector' }, { name: 'AWSKeyDetector' }, { name: 'KeywordDetector', keyword_exclude: '' }],
      filters_used: [{ path: 'detect_secrets.filters.allowlist.is_line_allowlisted' }],
      results: {
        'config/settings.py': [{ type: 'GitHub Token', filename: 'config/settings.py', hashed_secret: sha1(tokens.py), is_verified: false, line_number: 3 }],
        // detect-secrets cut this one with its quotes: the hash differs, the line says which.
        'deploy/values.yaml': [{ type: 'AWS Access Key', filename: 'deploy/values.yaml', hashed_secret: sha1(`'${tokens.yaml}'`), is_verified: false, line_number: 2 }],
        'old/removed.py': [{ type: 'Secret Keyword', filename: 'old/removed.py', hashed_secret: sha1(tokens.old), is_verified: false, line_number: 9 }],
      },
      generated_at: '2024-03-01T10:00:00Z',
    };
    repo.write('.secrets.baseline', `${JSON.stringify(ds, null, 2)}\n`);
    const run = repo.run(['baseline', '--import', '.secrets.baseline']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('imported 3 entries from .secrets.baseline (detect-secrets)');
    expect(run.stdout).toContain('1 matched a current finding by hash, 1 by line');
    expect(run.stdout).toContain('1 matched no current finding and were kept as recorded (by SHA-1)');
    const list = entries(repo);
    expect(list.map((e) => [e.path, e.rule, e.sha256 ? 'sha256' : e.sha1 ? 'sha1' : 'path'])).toEqual([
      ['config/settings.py', 'github-pat', 'sha256'],
      ['deploy/values.yaml', 'aws-access-key-id', 'sha256'],
      ['old/removed.py', '*', 'sha1'],
    ]);
    expect(list[2].sha1).toBe(sha1(tokens.old));
    const scan = repo.run(['--all-files', '--format', 'json']);
    expect(findings(scan).map((f) => f.file)).toEqual(['bin/release.sh']);
  });

  it('imports a .gitleaksignore, pinning each fingerprint to its secret', () => {
    repo.write('.gitleaksignore', [
      '# reviewed 2024-02',
      'bin/release.sh:github-app-token:4',
      '0123456789abcdef0123456789abcdef01234567:lib/gone.ts:generic-api-key:12',
      '',
    ].join('\n'));
    const run = repo.run(['baseline', '--import', '.gitleaksignore']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('imported 2 entries from .gitleaksignore (gitleaksignore)');
    expect(run.stdout).toContain('0 matched a current finding by hash, 1 by line');
    const list = entries(repo);
    expect(list.find((e) => e.path === 'bin/release.sh')).toMatchObject({ rule: 'github-server-to-server', source: 'gitleaksignore' });
    expect(list.find((e) => e.path === 'bin/release.sh')?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(list.find((e) => e.path === 'lib/gone.ts')).toEqual({ rule: 'generic-api-key', path: 'lib/gone.ts', source: 'gitleaksignore' });
    expect(repo.run(['--all-files']).code).toBe(0);
  });

  it('leaves the unpinned entries for --check and --update to report and drop', () => {
    const check = repo.run(['baseline', '--check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('has 2 stale entries');
    const update = repo.run(['baseline', '--update']);
    expect(update.stdout).toContain('2 stale entries dropped, 0 new findings added');
    expect(entries(repo).map((e) => e.path)).toEqual(['bin/release.sh', 'config/settings.py', 'deploy/values.yaml']);
    expect(repo.run(['--all-files']).code).toBe(0);
  });

  it('rejects a file that is neither', () => {
    repo.write('notes.txt', 'just some notes\n');
    const run = repo.run(['baseline', '--import', 'notes.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('scan-secrets: notes.txt:1: expected a gitleaks fingerprint such as file:rule-id:line or commit:file:rule-id:line\n');
  });
});
