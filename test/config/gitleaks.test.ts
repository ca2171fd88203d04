// Migration from gitleaks: a real .gitleaks.toml (custom rules, rule and global allowlists,
// [extend] useDefault) honoured as gitleaks would, found on its own when the repository has no
// config of ours, and clear errors for what cannot run.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFingerprint } from '../../src/baseline/import.ts';
import { builtinRules } from '../../src/rules/index.ts';
import { TempRepo, findings, githubToken, randomToken } from '../helpers/temp-repo.ts';

const FIXTURE = readFileSync(resolve(import.meta.dirname, '../fixtures/gitleaks/gitleaks.toml'), 'utf8');
// Our generic rules (passwords and random strings in secret-named settings) come with useDefault
// too; these tests are about what the gitleaks config itself does, so they look at the rest.
const GENERIC = new Set(builtinRules.filter((r) => r.kind !== 'file' && r.generic).map((r) => r.id));
const specific = <T extends { ruleId: string }>(list: T[]): T[] => list.filter((f) => !GENERIC.has(f.ruleId));

describe('a .gitleaks.toml with custom rules, allowlists and useDefault', () => {
  const repo = new TempRepo();
  let reported: string[];
  let verbose: { code: number; stderr: string };

  beforeAll(() => {
    repo.write('.gitleaks.toml', FIXTURE);
    const pw = () => `${randomToken(8)}A${randomToken(9, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}7`;
    repo.write('services/api/config.yaml', `database:\n  db_password: "${pw()}"\n`);
    repo.write('services/api/local.yaml', `db_password: ${pw()} # localdev\n`);
    repo.write('services/api/vendor.properties', `db.pass=ignored\ndbpass = changeit${randomToken(8)}\n`);
    repo.write('services/api/notes.txt', `db_password = ${pw()}\n`);
    repo.write('src/client.ts', `export const token = "acme_live_${randomToken(32)}";\n`);
    repo.write('src/weak.ts', `export const token = "acme_live_${'abcdefgh'.repeat(4)}";\n`);
    repo.write('docs/sdk.md', `Use the sandbox token acme_test_${randomToken(32)} in examples.\n`);
    repo.write('docs/ops.md', `Never paste acme_live_${randomToken(32)} here.\n`);
    repo.write('vendor/lib/client.js', `var t = "${githubToken()}";\n`);
    repo.write('web/app.min.js', `var t="${githubToken()}";\n`);
    repo.write('keys/acme-signing.key', 'binary-ish key material\n');
    repo.write('src/gh.ts', `export const gh = '${githubToken()}';\n`);
    repo.write('src/oauth.ts', `export const oauth = '${githubToken('gho_')}';\n`);
    repo.commitAll();
    const run = repo.run(['--all-files', '--format', 'json']);
    expect(run.code, run.stderr).toBe(1);
    reported = specific(findings(run)).map((f) => `${f.file}${f.line ? `:${f.line}` : ''} ${f.ruleId}`).sort();
    verbose = repo.run(['--all-files', '--verbose']);
  });
  afterAll(() => repo.remove());

  it('runs its custom rules: regex, secretGroup, keywords, entropy and path', () => {
    expect(reported).toContain('services/api/config.yaml:2 acme-db-password');
    expect(reported).toContain('src/client.ts:1 acme-internal-token');
    expect(reported).toContain('docs/ops.md:1 acme-internal-token');
    // path: only YAML, properties and conf files
    expect(reported.filter((r) => r.startsWith('services/api/notes.txt'))).toEqual([]);
    // entropy: a 3-bit token is below the rule's 3.5
    expect(reported.filter((r) => r.startsWith('src/weak.ts'))).toEqual([]);
  });

  it('flags files by a path-only rule', () => {
    expect(reported).toContain('keys/acme-signing.key acme-signing-key-file');
  });

  it('honours rule allowlists (regexTarget line, stopwords) and global ones (paths, targetRules with AND)', () => {
    expect(reported.filter((r) => r.startsWith('services/api/local.yaml'))).toEqual([]);
    expect(reported.filter((r) => r.startsWith('services/api/vendor.properties'))).toEqual([]);
    expect(reported.filter((r) => r.startsWith('vendor/') || r.startsWith('web/'))).toEqual([]);
    expect(reported.filter((r) => r.startsWith('docs/sdk.md'))).toEqual([]);
  });

  it('maps useDefault to the built-in rules, minus disabledRules', () => {
    expect(reported).toContain('src/gh.ts:1 github-pat');
    expect(reported.filter((r) => r.startsWith('src/oauth.ts'))).toEqual([]);
    expect(reported).toHaveLength(5);
  });

  it('says under --verbose which gitleaks rule ids have no equivalent', () => {
    expect(verbose.code).toBe(1);
    expect(verbose.stderr).toContain('.gitleaks.toml: rules not known here, ignored: generic-api-key');
  });

  it('is used by the hook too', () => {
    repo.write('src/new.ts', `export const t = "acme_test_${randomToken(32)}";\n`);
    repo.git('add', 'src/new.ts');
    const run = repo.run(['--staged', '--format', 'json']);
    expect(specific(findings(run)).map((f) => `${f.file} ${f.ruleId}`)).toEqual(['src/new.ts acme-internal-token']);
    repo.git('reset', '-q');
  });

  it('gives way to a config of ours, unless --config names it', () => {
    repo.write('.scan-secrets.yaml', 'disableRules: [github-pat]\n');
    const ours = repo.run(['src/gh.ts', 'src/client.ts', '--format', 'json']);
    // Ours has no acme rules and disables github-pat.
    expect(specific(findings(ours))).toEqual([]);
    const theirs = repo.run(['src/gh.ts', 'src/client.ts', '--format', 'json', '--config', '.gitleaks.toml']);
    expect(specific(findings(theirs)).map((f) => f.ruleId).sort()).toEqual(['acme-internal-token', 'github-pat']);
  });
});

describe('gitleaks configs that cannot be honoured', () => {
  let repo: TempRepo;
  afterAll(() => repo?.remove());

  const cases: [string, string, RegExp][] = [
    [
      'a pattern RE2 cannot run (look-ahead)',
      'title = "x"\n\n[[rules]]\nid = "acme-lookahead"\nregex = \'\'\'acme_(?=live)[a-z]+\'\'\'\nkeywords = ["acme_"]\n',
      /^scan-secrets: \.gitleaks\.toml:4: rules\[acme-lookahead\]\.regex: invalid or unsupported Perl syntax: `\(\?=` \(look-ahead is not supported/,
    ],
    [
      'a TOML syntax error',
      '[[rules]]\nid = "a"\nregex = "unterminated\n',
      /^scan-secrets: \.gitleaks\.toml:3: cannot parse TOML: /,
    ],
    [
      'an unknown condition',
      '[allowlist]\ncondition = "XOR"\npaths = [\'\'\'vendor\'\'\']\n',
      /^scan-secrets: \.gitleaks\.toml:1: allowlists\[0\]\.condition: expected "OR" or "AND", got "XOR"$/,
    ],
    [
      'a secret group the regex does not have',
      '[[rules]]\nid = "two"\nregex = \'\'\'(a)(b)\'\'\'\nsecretGroup = 3\n',
      /^scan-secrets: \.gitleaks\.toml:2: rules\[two\]\.regex: secret group 3 does not exist: the regex has 2 groups$/,
    ],
    [
      'extend.path',
      '[extend]\npath = "base.toml"\n',
      /^scan-secrets: \.gitleaks\.toml:1: extend\.path: extending another config file is not supported; merge its rules into this file$/,
    ],
  ];
  it.each(cases)('reports %s with the rule and line, exit 2', (_what, toml, message) => {
    repo?.remove();
    repo = new TempRepo();
    repo.write('.gitleaks.toml', toml).write('a.txt', 'hello\n');
    repo.commitAll();
    const run = repo.run(['--all-files']);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(message);
  });
});

describe('gitleaks fingerprints', () => {
  it('parse with and without a commit, and with colons in the file name', () => {
    expect(parseFingerprint('config/app.yaml:generic-api-key:12')).toEqual({ file: 'config/app.yaml', rule: 'generic-api-key', line: 12, commit: undefined });
    expect(parseFingerprint('0123456789abcdef0123456789abcdef01234567:src/a.ts:github-pat:3')).toEqual({ file: 'src/a.ts', rule: 'github-pat', line: 3, commit: '0123456789abcdef0123456789abcdef01234567' });
    expect(parseFingerprint('C:/odd:name.txt:aws-access-token:7')).toEqual({ file: 'C:/odd:name.txt', rule: 'aws-access-token', line: 7, commit: undefined });
    expect(parseFingerprint('not a fingerprint')).toBeUndefined();
  });
});
